//! The Feedback owed page: every activity whose people are still owed feedback, and the number
//! of days the organisation promises.

use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use super::queries;
use super::tables::{about_names, waiting_table};
use crate::kit::components::render;
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;

/// Everything owed and not yet sent across the organisation, the overdue first, with the
/// organisation's promise and the form to change it.
pub async fn owed_page(tenant: Tenant, page: Page) -> AppResult<Response> {
    owed_page_with(&tenant, page, None, &Errors::default()).await
}

async fn owed_page_with(
    tenant: &Tenant,
    page: Page,
    typed: Option<&str>,
    errors: &Errors,
) -> AppResult<Response> {
    let waiting = queries::waiting(&tenant.scope, None, Utc::now()).await?;
    let labels = about_names(tenant, waiting.iter().map(|w| (w.opportunity_id, w.about))).await?;
    let days = queries::feedback_days(&tenant.scope).await?.to_string();
    let mut sections = Sections::new(page, t("feedback-owed-title"))
        .back("/impact")
        .errors(errors)
        .paragraph(&t_args("feedback-promise", &[("days", &days)]));
    sections = if waiting.is_empty() {
        sections.paragraph(&t("feedback-all-sent"))
    } else {
        sections
            .paragraph(&t("feedback-owed-intro"))
            .block(waiting_table(&waiting, &labels))
    };
    if tenant.user.has_any(&[
        crate::kit::auth::Role::Administrator,
        crate::kit::auth::Role::Coordinator,
    ]) {
        sections = sections
            .heading_m(&t("feedback-days-heading"), "promise")
            .form(
                "/impact/feedback/settings",
                &[render(
                    &crate::kit::components::Input::new("days", t("feedback-days"))
                        .value(typed.unwrap_or(&days))
                        .hint(t("feedback-days-hint"))
                        .classes("govuk-input--width-3")
                        .kind("number")
                        .error(errors.get("days")),
                )],
                &t("save"),
            );
    }
    sections.respond()
}

/// The organisation's promise: feedback within this many days of an activity.
pub async fn set_days(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let typed = data.one("days");
    match typed
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|d| (1..=90).contains(d))
    {
        Some(days) => {
            queries::set_feedback_days(&tenant.scope, days).await?;
            tenant
                .audit("set feedback days", "organisation", None, Some(&typed))
                .await?;
            Ok(Redirect::to("/impact/feedback").into_response())
        }
        None => {
            let mut errors = Errors::default();
            errors.add("days", t("feedback-days-error"));
            owed_page_with(&tenant, page, Some(&typed), &errors).await
        }
    }
}
