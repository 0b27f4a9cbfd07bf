//! Sending feedback to everyone involved in an opportunity or one of its meetings: by email
//! through the outbox when that is how they want to hear from us, otherwise as a letter to
//! print, each in their format (easy read when they need it and it was written, large print
//! for letters). Who is owed what, and by when, comes from `owed`.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::person;

use super::owed::{About, Owed};
use super::queries::{self, Recipient, Sending};
use super::tables::{owed_names, owed_table};
use crate::kit::blocks::letter;
use crate::kit::components::{Textarea, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::opportunities::Full;
use crate::opportunities::load;

#[derive(Deserialize, Default)]
pub struct AboutQuery {
    #[serde(default)]
    meeting: String,
}

/// What the feedback is about, from `?meeting=` (a meeting of this opportunity) or the
/// opportunity itself.
pub(super) async fn about(
    tenant: &Tenant,
    full: &Full,
    meeting: &str,
) -> AppResult<(About, String)> {
    if meeting.is_empty() {
        return Ok((
            About::Opportunity(full.opportunity.id),
            full.opportunity.title.clone(),
        ));
    }
    let id = Uuid::parse_str(meeting).map_err(|_| AppError::NotFound)?;
    let m = crate::meetings::by_ids(&tenant.scope, vec![id])
        .await?
        .into_iter()
        .find(|m| m.opportunity_id == full.opportunity.id)
        .ok_or(AppError::NotFound)?;
    Ok((About::Meeting(m.id), m.title))
}

async fn unsent(tenant: &Tenant, full: &Full, about: About) -> AppResult<Vec<Owed>> {
    Ok(queries::owed(
        &tenant.scope,
        Some(full.opportunity.id),
        queries::Owing::Unsent,
        Utc::now(),
    )
    .await?
    .into_iter()
    .filter(|w| w.about == about && w.sent_at.is_none())
    .collect())
}

fn action(full: &Full, about: About) -> String {
    match about {
        About::Opportunity(o) => format!("/opportunities/{o}/feedback"),
        About::Meeting(m) => format!(
            "/opportunities/{}/feedback?meeting={m}",
            full.opportunity.id
        ),
    }
}

async fn form_page(
    tenant: &Tenant,
    page: Page,
    full: &Full,
    (about, title): (About, &str),
    typed: (&str, &str),
    errors: &Errors,
) -> AppResult<Response> {
    let owed = unsent(tenant, full, about).await?;
    let (names, labels) = owed_names(tenant, &owed).await?;
    let sections = Sections::new(page, t_args("feedback-send-about", &[("about", title)]))
        .caption(full.opportunity.title.clone())
        .back(format!(
            "/opportunities/{}/evaluation#feedback",
            full.opportunity.id
        ))
        .errors(errors)
        .paragraph(&t("feedback-form-intro"));
    if owed.is_empty() {
        return sections.paragraph(&t("feedback-nobody-owed")).respond();
    }
    sections
        .block(owed_table(&owed, &names, &labels))
        .form(
            &action(full, about),
            &[
                render(
                    &Textarea::new("message", t("feedback-message"))
                        .value(typed.0)
                        .hint(t("feedback-message-hint"))
                        .rows(8)
                        .error(errors.get("message")),
                ),
                render(
                    &Textarea::new("easy_read", t("feedback-easy-read"))
                        .value(typed.1)
                        .hint(t("feedback-easy-read-hint"))
                        .rows(6),
                ),
            ],
            &t_args(
                "feedback-send-button",
                &[("count", &owed.len().to_string())],
            ),
        )
        .respond()
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<AboutQuery>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let (about, title) = about(&tenant, &full, &q.meeting).await?;
    form_page(
        &tenant,
        page,
        &full,
        (about, &title),
        ("", ""),
        &Errors::default(),
    )
    .await
}

/// How each person hears from us, and in which format.
fn route_for(
    p: &person::Model,
    needs: &[String],
    has_easy_read: bool,
) -> (&'static str, &'static str) {
    let channel = if p.contact_by_email && p.email.is_some() {
        "email"
    } else {
        "post"
    };
    let format = if has_easy_read && needs.iter().any(|n| n == "easy_read") {
        "easy_read"
    } else if channel == "post" && needs.iter().any(|n| n == "large_print") {
        "large_print"
    } else {
        "standard"
    };
    (channel, format)
}

pub async fn send(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<AboutQuery>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let (about, title) = about(&tenant, &full, &q.meeting).await?;
    let message = data.one("message").trim().to_owned();
    let easy_read = data.one("easy_read").trim().to_owned();
    if message.is_empty() {
        let mut errors = Errors::default();
        errors.add("message", t("feedback-error-message"));
        return form_page(
            &tenant,
            page,
            &full,
            (about, &title),
            (&message, &easy_read),
            &errors,
        )
        .await;
    }
    let owed = unsent(&tenant, &full, about).await?;
    let back = format!(
        "/opportunities/{}/evaluation?saved=feedback#feedback",
        full.opportunity.id
    );
    if owed.is_empty() {
        // Someone else sent it meanwhile: nothing more to send.
        return Ok(Redirect::to(&back).into_response());
    }
    let ids: Vec<Uuid> = owed.iter().map(|w| w.person_id).collect();
    let people = crate::people::by_ids(&tenant.scope, &ids).await?;
    let needs = queries::access_needs(&tenant.scope, ids).await?;
    let now = Utc::now();
    let subject = t_args("feedback-email-subject", &[("about", &title)]);
    let mut recipients = Vec::new();
    for p in &people {
        let (channel, format) = route_for(
            p,
            needs.get(&p.id).map_or(&[], Vec::as_slice),
            !easy_read.is_empty(),
        );
        let mut email = None;
        if let (Some(address), "email") = (&p.email, channel) {
            let name = p
                .preferred_name
                .clone()
                .unwrap_or_else(|| p.given_name.clone());
            let words = if format == "easy_read" {
                &easy_read
            } else {
                &message
            };
            let body = t_args(
                "feedback-email",
                &[("name", &name), ("about", &title), ("message", words)],
            );
            email = Some((address.as_str(), body));
        }
        recipients.push(Recipient {
            person_id: p.id,
            channel,
            format,
            email,
        });
    }
    let count = recipients.len();
    let sending = Sending {
        opportunity_id: full.opportunity.id,
        about,
        message: &message,
        easy_read: (!easy_read.is_empty()).then_some(easy_read.as_str()),
        sent_by: tenant.user.account_id,
        now,
    };
    queries::send_feedback(&tenant.scope, sending, &subject, &recipients).await?;
    tenant
        .audit(
            "sent feedback",
            "opportunity",
            Some(full.opportunity.id),
            Some(&count.to_string()),
        )
        .await?;
    Ok(Redirect::to(&back).into_response())
}

/// Letters to print for the people who hear from us by post, newest feedback first.
pub async fn letters(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let sent = queries::feedback_sent(&tenant.scope, full.opportunity.id).await?;
    let by_post = queries::recipients_by_post(&tenant.scope, &sent).await?;
    let names = crate::support::names_of_people(
        &tenant.scope,
        by_post.iter().map(|r| r.person_id).collect(),
    )
    .await?;
    let mut sections = Sections::new(page, t("letters-title"))
        .caption(full.opportunity.title.clone())
        .back(format!(
            "/opportunities/{}/evaluation#feedback",
            full.opportunity.id
        ))
        .paragraph(&t("letters-intro"));
    if by_post.is_empty() {
        sections = sections.paragraph(&t("letters-none"));
    }
    for f in &sent {
        for r in by_post.iter().filter(|r| r.feedback_id == f.id) {
            let words = match (r.format.as_str(), &f.easy_read) {
                ("easy_read", Some(easy)) => easy,
                _ => &f.message,
            };
            let name = names.get(&r.person_id).cloned().unwrap_or_default();
            sections = sections.block(letter(
                &t_args("letters-to", &[("name", &name)]),
                words,
                r.format == "large_print",
            ));
        }
    }
    sections.respond()
}
