//! A person's page as staff see it: their record, consents and history, with the forms that
//! change them. The handlers that change something show it again when what was typed is wrong.

use askama::Template;
use uuid::Uuid;

use super::{Links, Typed, Voice, consents, display_name};
use crate::kit::components::{Button, ErrorSummary, NotificationBanner, SummaryList, Table};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::people::queries::Details;

#[derive(Template)]
#[template(path = "people/show.html")]
pub struct ShowPage {
    page: Page,
    id: Uuid,
    name: String,
    errors: Option<ErrorSummary>,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    access: SummaryList,
    times: Option<Table>,
    time_fields: Vec<String>,
    time_button: Button,
    status_fields: Vec<String>,
    status_button: Button,
    history: Table,
    consents: Option<Table>,
    consent_fields: Vec<String>,
    consent_button: Button,
    /// When their details were erased: the page then offers nothing to change.
    erased: Option<String>,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Saved {
    #[serde(default)]
    pub saved: String,
}

/// The banner after a change was saved, from the `saved` the redirect carried.
pub fn saved_banner(saved: &str) -> Option<NotificationBanner> {
    match saved {
        "added" => Some(NotificationBanner::success(t("person-added"))),
        "changed" => Some(NotificationBanner::success(t("person-changed"))),
        "access" => Some(NotificationBanner::success(t("my-access-saved"))),
        "my-contact" | "my-ways" | "my-choices" => {
            Some(NotificationBanner::success(t(&format!("{saved}-saved"))))
        }
        "erased" => Some(NotificationBanner::success(t("person-erased-banner"))),
        _ => None,
    }
}

pub fn show_page(
    page: Page,
    details: &Details,
    consents: &[withus_db::entities::consent::Model],
    typed: &Typed<'_>,
    saved: &str,
) -> ShowPage {
    let page_csrf = page.csrf.clone();
    let id = details.person.id;
    let links = Links {
        pages: Vec::new(),
        change: format!("/people/{id}/edit"),
        times: format!("/people/{id}/unavailable"),
    };
    let record = super::record(details, typed, &page.csrf, Voice::Staff, &links);
    ShowPage {
        page: page.titled(display_name(&details.person)),
        id,
        name: display_name(&details.person),
        errors: typed.errors.summary(),
        banner: saved_banner(saved),
        summary: record.summary,
        access: record.access,
        times: record.times,
        time_fields: record.time_fields,
        time_button: Button::submit(t("times-add-button")).secondary(),
        status_fields: record.status_fields,
        status_button: Button::submit(t("status-button")).secondary(),
        history: record.history,
        consents: consents::table(consents, id, &page_csrf),
        consent_fields: consents::fields(typed.errors),
        consent_button: Button::submit(t("consent-record")).secondary(),
        erased: details.person.erased_at.map(crate::kit::dates::london),
    }
}
