//! Training's pages (seed 002: shared by and with service users and carers): the hub with
//! what is running out, and the list of courses and checks with the form to add one.

use axum::response::Response;

use super::standing_tag;
use crate::kit::components::{Cell, Table, render};
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Sections, link};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::support::forms::CourseForm;
use crate::support::{AUDIENCES, COURSE_KINDS, queries};

/// The hub: what is running out, and the way to mentoring and training.
pub fn hub(page: Page, running_out: &[queries::RunningOut]) -> AppResult<Response> {
    Sections::new(page, t("support-hub-title"))
        .paragraph(&t("support-hub-intro"))
        .links(&[
            ("/training".into(), t("training-title")),
            ("/mentoring".into(), t("mentoring-title")),
        ])
        .heading_m(&t("training-running-out-title"), "running-out")
        .block(running_out_table(running_out))
        .respond()
}

pub fn running_out_table(items: &[queries::RunningOut]) -> String {
    if items.is_empty() {
        return crate::kit::sections::paragraph(&t("training-nothing-running-out"));
    }
    let now = today();
    render(&Table {
        head: [
            "training-who",
            "training-course",
            "training-expires-on",
            "training-standing",
        ]
        .iter()
        .map(|k| Cell::text(t(k)))
        .collect(),
        rows: items
            .iter()
            .map(|r| {
                let who = match r.person_id {
                    Some(id) => Cell::html(link(&format!("/people/{id}/support#training"), &r.who)),
                    None => Cell::text(r.who.clone()),
                };
                vec![
                    who,
                    Cell::text(r.course.clone()),
                    Cell::text(day(r.expires_on)),
                    Cell::html(standing_tag(Some(r.expires_on), now)),
                ]
            })
            .collect(),
        ..Table::default()
    })
}

pub async fn index_page(
    tenant: &Tenant,
    page: Page,
    form: &CourseForm,
    errors: &Errors,
    saved: bool,
) -> AppResult<Response> {
    let courses = queries::courses(&tenant.scope).await?;
    let mut sections = Sections::new(page, t("training-title"))
        .back("/support")
        .errors(errors)
        .banner(saved.then(|| t("course-saved")))
        .paragraph(&t("training-intro"));
    sections = if courses.is_empty() {
        sections.paragraph(&t("training-no-courses"))
    } else {
        sections.block(render(&Table {
            head: [
                "course-name",
                "course-kind",
                "course-audience",
                "course-months",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows: courses
                .iter()
                .map(|c| {
                    vec![
                        Cell::html(link(&format!("/training/{}", c.id), &c.name)),
                        Cell::text(label(COURSE_KINDS, &c.kind)),
                        Cell::text(label(AUDIENCES, &c.audience)),
                        Cell::text(
                            c.valid_months
                                .map(|m| m.to_string())
                                .unwrap_or_else(|| t("course-no-limit")),
                        ),
                    ]
                })
                .collect(),
            ..Table::default()
        }))
    };
    if sections.page.may_send("/training") {
        sections = sections.heading_m(&t("course-new"), "new").form(
            "/training",
            &form.fields(errors),
            &t("course-add"),
        );
    }
    sections.respond()
}
