//! The agenda part of the meeting page: the items with the chair's buttons, the plain-language
//! findings, the form to add an item and the one to share the agenda.

use chrono::{Datelike, Duration};
use chrono_tz::Europe::London;
use withus_db::entities::{agenda_item, meeting};

use crate::kit::blocks::{heading, numbered, span, strong};
use crate::kit::components::{DateInput, Fieldset, Input, Textarea, render};
use crate::kit::error::AppResult;
use crate::kit::form_parts::{button, post_form, row_button};
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::paragraph;
use crate::kit::tenancy::Tenant;
use crate::meetings::{moment, queries};
use crate::plain;

pub const STATUSES: &[(&str, &str)] = &[
    ("proposed", "agenda-proposed"),
    ("accepted", "agenda-accepted"),
    ("declined", "agenda-declined"),
];

/// The agenda as text, for the plain-language checker and for emails.
pub fn as_text(items: &[agenda_item::Model]) -> String {
    items
        .iter()
        .filter(|i| i.status == "accepted")
        .map(|i| match &i.detail {
            Some(d) => format!("- {}\n\n{}\n", i.title, d),
            None => format!("- {}\n", i.title),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn decide_buttons(m: &meeting::Model, item: &agenda_item::Model, csrf: &str) -> String {
    let button = |to: &str, key: &str| {
        row_button(
            csrf,
            &format!("/meetings/{}/agenda/{}", m.id, item.id),
            &[("status", to)],
            &t(key),
            &item.title,
        )
    };
    match item.status.as_str() {
        "proposed" => format!(
            "{} {}",
            button("accepted", "agenda-accept"),
            button("declined", "agenda-decline")
        ),
        _ => String::new(),
    }
}

/// The agenda part of the meeting page; `closes` is a closing date typed into the share form
/// that was refused, with why, to show again.
pub async fn section(
    tenant: &Tenant,
    m: &meeting::Model,
    csrf: &str,
    closes: Option<(&[String; 3], &str)>,
) -> AppResult<String> {
    let items = queries::agenda(&tenant.scope, m.id).await?;
    let mut html = String::new();
    if items.is_empty() {
        html.push_str(&paragraph(&t("agenda-none")));
    } else {
        let listed: Vec<String> = items
            .iter()
            .map(|item| {
                let status = crate::kit::vocab::label(STATUSES, &item.status);
                let by = t_args(
                    "agenda-by",
                    &[("name", &item.proposer_name), ("status", &status)],
                );
                format!(
                    "{} {}{}{}",
                    strong(&item.title),
                    span("govuk-hint govuk-!-display-inline", &by),
                    item.detail.as_deref().map(paragraph).unwrap_or_default(),
                    decide_buttons(m, item, csrf)
                )
            })
            .collect();
        html.push_str(&numbered(&listed));
    }
    let report = plain::report(tenant, &as_text(&items)).await?;
    html.push_str(&plain::findings_html(&report, &t("agenda-title")));
    html.push_str(&post_form(
        csrf,
        &format!("/meetings/{}/agenda", m.id),
        &[
            render(&Input::new("title", t("agenda-item-title")).id("agenda-title")),
            render(
                &Textarea::new("detail", t("agenda-item-detail"))
                    .id("agenda-detail")
                    .rows(3),
            ),
        ]
        .concat(),
        &button(&t("agenda-add"), "govuk-button--secondary"),
    ));
    let shared = match (m.agenda_shared_at, m.agenda_closes_at) {
        (Some(s), Some(c)) => t_args(
            "agenda-shared",
            &[("shared", &moment(s)), ("closes", &moment(c))],
        ),
        _ => t("agenda-not-shared"),
    };
    let days = queries::days_ahead(&tenant.scope).await?;
    // Time to send papers about new items before the meeting, but never a day already gone.
    let suggested = (m.starts_at - Duration::days(days + 3))
        .with_timezone(&London)
        .date_naive()
        .max(crate::kit::dates::today())
        .min(m.starts_at.with_timezone(&London).date_naive());
    let shown = closes.map_or_else(
        || {
            [
                suggested.day().to_string(),
                suggested.month().to_string(),
                suggested.year().to_string(),
            ]
        },
        |(typed, _)| typed.clone(),
    );
    html.push_str(&heading(3, "s", &t("agenda-share-title")));
    html.push_str(&paragraph(&shared));
    html.push_str(&post_form(
        csrf,
        &format!("/meetings/{}/agenda/share", m.id),
        &render(
            &DateInput::new(
                "closes",
                Fieldset::legend(t("agenda-closes"), "govuk-fieldset__legend--s", false),
                &shown[0],
                &shown[1],
                &shown[2],
            )
            .hint(t("agenda-closes-hint"))
            .error(closes.map(|(_, why)| why)),
        ),
        &button(&t("agenda-share"), "govuk-button--secondary"),
    ));
    Ok(html)
}
