//! Feedback's pages: everything owed across the organisation with the days promised, the form
//! that sends it to everyone still owed it about one activity, and the letters to print for
//! those who hear from us by post.

use std::collections::HashMap;

use axum::response::Response;
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::{feedback, feedback_recipient};

use crate::impact::owed::{About, Owed};
use crate::impact::queries;
use crate::impact::views::tables::{about_names, owed_names, owed_table, waiting_table};
use crate::kit::blocks::letter;
use crate::kit::components::{Textarea, render};
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::opportunities::Full;

/// The Feedback owed page; `typed` and `errors` are the days form's when it needs fixing.
pub async fn owed_page(
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

fn action(full: &Full, about: About) -> String {
    match about {
        About::Opportunity(o) => format!("/opportunities/{o}/feedback"),
        About::Meeting(m) => format!(
            "/opportunities/{}/feedback?meeting={m}",
            full.opportunity.id
        ),
    }
}

/// The form to send feedback about one activity to `owed`, the people still waiting for it.
pub async fn form_page(
    tenant: &Tenant,
    page: Page,
    full: &Full,
    (about, title): (About, &str),
    typed: (&str, &str),
    errors: &Errors,
    owed: &[Owed],
) -> AppResult<Response> {
    let (names, labels) = owed_names(tenant, owed).await?;
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
        .block(owed_table(owed, &names, &labels))
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

/// Letters to print for the people who hear from us by post, newest feedback first.
pub fn letters(
    page: Page,
    full: &Full,
    sent: &[feedback::Model],
    by_post: &[feedback_recipient::Model],
    names: &HashMap<Uuid, String>,
) -> AppResult<Response> {
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
    for f in sent {
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
