//! The fees page of a meeting, with the travel asked for, and the travel finance still has to
//! book.

use askama::Template;
use std::collections::HashMap;
use uuid::Uuid;

use chrono_tz::Europe::London;
use withus_db::entities::claim;

use crate::kit::auth::Role;
use crate::kit::blocks::{row_link, summary_card};
use crate::kit::components::{Cell, ErrorSummary, Select, Table, Textarea, escape, render};
use crate::kit::error::AppResult;
use crate::kit::form_parts::{button_for, post_form};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{link, paragraph};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::meetings::ATTENDEE_KINDS as KINDS;
use crate::meetings::{attendees, load, when};
use crate::payments::forms::claim::fee_words;
use crate::payments::{queries, reference, status_tag, to_policy};

#[derive(Template)]
#[template(path = "payments/fees.html")]
pub struct FeesPage {
    page: Page,
    errors: Option<ErrorSummary>,
    id: Uuid,
    title: String,
    when: String,
    fees: Option<Table>,
    no_policy: bool,
    travel: Vec<(String, String, bool)>,
    /// Coordinators claim for people and ask for travel; other staff only look.
    may_act: bool,
    request: Vec<String>,
}

pub async fn fees_page(
    tenant: &Tenant,
    page: Page,
    meeting_id: &str,
    typed: &FormData,
    errors: &Errors,
) -> AppResult<FeesPage> {
    let loaded = load(tenant, meeting_id).await?;
    let m = &loaded.meeting;
    let attendees = attendees(&tenant.scope, m.id).await?;
    let bookings = queries::travel_for(&tenant.scope, m.id).await?;
    // One policy for the meeting's day, and its claims, read once for everyone listed.
    let day = m.starts_at.with_timezone(&London).date_naive();
    let policies = queries::policies(&tenant.scope).await?;
    let policy = queries::in_force(&policies, day).map(to_policy);
    let no_policy = policy.is_none();
    let claims: HashMap<Uuid, claim::Model> = queries::claims_of_meeting(&tenant.scope, m.id)
        .await?
        .into_iter()
        .map(|c| (c.person_id, c))
        .collect();
    let mut rows = Vec::new();
    let may_act = tenant
        .user
        .has_any(&[Role::Administrator, Role::Coordinator]);
    for a in attendees.iter().filter(|a| a.person.is_some()) {
        let Some(person_id) = a.row.person_id else {
            continue;
        };
        let attended = a.row.attendance.as_deref() == Some("attended");
        let minutes = i64::from(a.row.minutes.unwrap_or(0).max(0));
        let fee = match (&policy, attended) {
            (_, false) => t("fees-not-attended"),
            (Some(p), true) => fee_words(p, &a.row.kind, &m.activity, minutes),
            (None, true) => String::new(),
        };
        let claim = match claims.get(&person_id) {
            // Staff see that a claim exists; only finance and coordinators can open it.
            Some(c) if !tenant.user.may(crate::kit::access::CLAIMS) => {
                format!("{} {}", escape(&reference(c.id)), status_tag(&c.status))
            }
            Some(c) => format!(
                "{} {}",
                link(&format!("/payments/claims/{}", c.id), &reference(c.id)),
                status_tag(&c.status)
            ),
            None if attended && !no_policy && may_act => row_link(
                &format!("/meetings/{}/claims/{}", m.id, person_id),
                &t("fees-claim-for-them"),
                &a.name,
            ),
            None => String::new(),
        };
        rows.push(vec![
            Cell::text(a.name.clone()),
            Cell::text(label(KINDS, &a.row.kind)),
            Cell::text(fee),
            Cell::html(claim),
        ]);
    }
    let fees = (!rows.is_empty()).then(|| Table {
        head: vec![
            Cell::text(t("fees-person")),
            Cell::text(t("fees-role")),
            Cell::text(t("fees-fee")),
            Cell::text(t("fees-claim")),
        ],
        rows,
        ..Table::default()
    });
    let name_of = |id: Uuid| {
        attendees
            .iter()
            .find(|a| a.row.person_id == Some(id))
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let mut people: Vec<(String, String)> = vec![(String::new(), t("travel-choose"))];
    people.extend(
        attendees
            .iter()
            .filter_map(|a| a.row.person_id.map(|id| (id.to_string(), a.name.clone()))),
    );
    let people: Vec<(&str, &str)> = people
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    Ok(FeesPage {
        page: page.titled(t_args("fees-title", &[("title", &m.title)])),
        errors: errors.summary(),
        id: m.id,
        title: m.title.clone(),
        when: when(m.starts_at, m.ends_at),
        fees,
        no_policy,
        may_act,
        travel: bookings
            .iter()
            .map(|b| {
                (
                    name_of(b.person_id),
                    b.details.clone(),
                    b.booked_at.is_some(),
                )
            })
            .collect(),
        request: vec![
            render(
                &Select::new("person", t("travel-person"), &people, &typed.one("person"))
                    .error(errors.get("person")),
            ),
            render(
                &Textarea::new("details", t("travel-details"))
                    .value(&typed.one("details"))
                    .rows(3)
                    .hint(t("travel-details-hint"))
                    .error(errors.get("details")),
            ),
        ],
    })
}

/// Travel asked for and not yet booked, each with a button to say it is booked.
pub async fn to_book(tenant: &Tenant, page: &Page) -> AppResult<Vec<String>> {
    let mut out = Vec::new();
    for (b, person, m) in queries::travel_to_book(&tenant.scope).await? {
        let name = crate::people::display_name(&person);
        let booked = post_form(
            &page.csrf,
            &format!("/payments/travel/{}/booked", b.id),
            "",
            &button_for(&t("travel-booked-button"), "govuk-button--secondary", &name),
        );
        out.push(summary_card(
            &name,
            &format!(
                "{}{}{booked}",
                paragraph(&format!("{}: {}", m.title, when(m.starts_at, m.ends_at))),
                paragraph(&b.details)
            ),
        ));
    }
    Ok(out)
}
