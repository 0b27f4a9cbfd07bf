//! Sending feedback to everyone involved in an opportunity or one of its meetings: by email
//! through the outbox when that is how they want to hear from us, otherwise as a letter to
//! print, each in their format (easy read when they need it and it was written, large print
//! for letters). Who is owed what, and by when, comes from `owed`; the Feedback owed page lists
//! every activity whose people still wait for it, and sets the days the organisation promises.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::person;

use crate::impact::forms::{FeedbackForm, feedback_days};
use crate::impact::owed::{About, Owed};
use crate::impact::queries::{self, Recipient, Sending};
use crate::impact::views;
use crate::impact::views::feedback::form_page;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t_args;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::Full;
use crate::opportunities::load;

/// Everything owed and not yet sent across the organisation, the overdue first, with the
/// organisation's promise and the form to change it.
pub async fn owed_page(tenant: Tenant, page: Page) -> AppResult<Response> {
    views::feedback::owed_page(&tenant, page, None, &Errors::default()).await
}

#[derive(Deserialize, Default)]
pub struct AboutQuery {
    #[serde(default)]
    meeting: String,
}

/// What the feedback is about, from `?meeting=` (a meeting of this opportunity) or the
/// opportunity itself.
async fn about(tenant: &Tenant, full: &Full, meeting: &str) -> AppResult<(About, String)> {
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

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<AboutQuery>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let (about, title) = about(&tenant, &full, &q.meeting).await?;
    let owed = unsent(&tenant, &full, about).await?;
    form_page(
        &tenant,
        page,
        &full,
        (about, &title),
        ("", ""),
        &Errors::default(),
        &owed,
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
    let form = FeedbackForm::from_data(&data);
    let errors = form.errors();
    if !errors.is_empty() {
        let owed = unsent(&tenant, &full, about).await?;
        return form_page(
            &tenant,
            page,
            &full,
            (about, &title),
            (&form.message, &form.easy_read),
            &errors,
            &owed,
        )
        .await;
    }
    let FeedbackForm { message, easy_read } = form;
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
    views::feedback::letters(page, &full, &sent, &by_post, &names)
}

/// The organisation's promise: feedback within this many days of an activity.
pub async fn set_days(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let typed = data.one("days");
    match feedback_days(&typed) {
        Ok(days) => {
            queries::set_feedback_days(&tenant.scope, days).await?;
            tenant
                .audit("set feedback days", "organisation", None, Some(&typed))
                .await?;
            Ok(Redirect::to("/impact/feedback").into_response())
        }
        Err(errors) => views::feedback::owed_page(&tenant, page, Some(&typed), &errors).await,
    }
}
