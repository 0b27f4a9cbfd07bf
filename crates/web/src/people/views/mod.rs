//! The register's pages. Here the words and parts that both staff and the person themselves
//! see: staff read "their"; the person reads "your" — `Voice` picks the words. The record's
//! summary, access needs, times and status are in `record.rs`, the person form's fields in
//! `fields.rs`, a person's page as staff see it in `show.rs`, the list and the form in
//! `list.rs`, and the pages of consents, erasure, export, everything held and the import in
//! files of their own.

pub mod consents;
pub mod erasure;
pub mod export;
pub mod fields;
pub mod held;
pub mod import;
pub mod list;
mod record;
pub mod show;

pub use record::{Links, Record, Typed, record};

use withus_db::entities::person;

use crate::kit::components::{Tag, render};
use crate::kit::i18n::{has, t};
use crate::kit::vocab::{self, Vocab};
use crate::people::forms::PersonForm;
use crate::people::queries::Details;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    /// A member of staff reading about someone.
    Staff,
    /// The person reading about themselves.
    Own,
}

/// The words for `key` in this voice: `own-…` when the person reads about themselves.
pub fn label(voice: Voice, key: &str) -> String {
    let own = format!("own-{key}");
    if voice == Voice::Own && has(&own) {
        t(&own)
    } else {
        t(key)
    }
}

pub fn display_name(p: &person::Model) -> String {
    if p.erased_at.is_some() {
        return t("person-erased");
    }
    format!("{} {}", p.given_name, p.family_name)
}

/// The chosen values in the list's own order, whatever order the database returned them in.
pub fn labels(vocab: Vocab, values: &[String]) -> String {
    let chosen: Vec<String> = vocab
        .iter()
        .filter(|(v, _)| values.iter().any(|c| c == v))
        .map(|(_, key)| t(key))
        .collect();
    if chosen.is_empty() {
        t("none-recorded")
    } else {
        chosen.join(", ")
    }
}

pub fn status_tag(p: &person::Model) -> String {
    let colour = match p.status.as_str() {
        "active" => "green",
        "break" => "yellow",
        _ => "grey",
    };
    render(&Tag::new(vocab::label(vocab::STATUSES, &p.status), colour))
}

pub(crate) fn pairs<'a>(options: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    options.iter().map(|(v, l)| (*v, l.as_str())).collect()
}

/// The form as it stands for a stored person.
pub fn form_from(details: &Details) -> PersonForm {
    let p = &details.person;
    let contact = [
        (p.contact_by_email, "email"),
        (p.contact_by_phone, "phone"),
        (p.contact_by_text, "text"),
        (p.contact_by_post, "post"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, c)| (*c).to_owned())
    .collect();
    PersonForm {
        given_name: p.given_name.clone(),
        family_name: p.family_name.clone(),
        preferred_name: p.preferred_name.clone().unwrap_or_default(),
        pronouns: p.pronouns.clone().unwrap_or_default(),
        email: p.email.clone().unwrap_or_default(),
        phone: p.phone.clone().unwrap_or_default(),
        postcode: p.postcode.clone().unwrap_or_default(),
        involvement_role: p.involvement_role.clone(),
        contact,
        ways: details.chosen("way"),
        topics: details.chosen("topic"),
        access_needs: details.chosen("access_need"),
        areas: details.chosen("area"),
        roles: details.chosen("role"),
        levels: details.chosen("level"),
        access_notes: p.access_notes.clone().unwrap_or_default(),
        paid_preference: p.paid_preference.clone(),
        time_commitment: p.time_commitment.clone().unwrap_or_default(),
        named_contact: p
            .named_contact_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
    }
}
