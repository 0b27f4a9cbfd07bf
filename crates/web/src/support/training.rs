//! Training for involved people and staff (seed 002: shared by and with service users and
//! carers): the hub with what is running out, and the list of courses and checks with the form
//! to add one. One course's page, with its sessions and who holds it, is `course.rs`.

use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};

use super::mine::standing_tag;
use super::{AUDIENCES, COURSE_KINDS, queries};
use crate::kit::components::{Cell, Input, Table, Textarea, render};
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, link, radios};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::{contains, label};

/// The hub: what is running out, and the way to mentoring and training.
pub async fn hub(tenant: Tenant, page: Page) -> AppResult<Response> {
    let (_, running_out) = queries::running_out(&tenant.scope, today(), None).await?;
    Sections::new(page, t("support-hub-title"))
        .paragraph(&t("support-hub-intro"))
        .links(&[
            ("/training".into(), t("training-title")),
            ("/mentoring".into(), t("mentoring-title")),
        ])
        .heading_m(&t("training-running-out-title"), "running-out")
        .block(running_out_table(&running_out))
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

#[derive(Default)]
struct CourseForm {
    name: String,
    kind: String,
    audience: String,
    months: String,
    description: String,
}

impl CourseForm {
    fn from_data(data: &FormData) -> Self {
        CourseForm {
            name: data.one("name").trim().to_owned(),
            kind: data.one("kind"),
            audience: data.one("audience"),
            months: data.one("months").trim().to_owned(),
            description: data.one("description").trim().to_owned(),
        }
    }

    fn months(&self) -> Result<Option<i32>, ()> {
        if self.months.is_empty() {
            return Ok(None);
        }
        self.months
            .parse::<i32>()
            .ok()
            .filter(|m| (1..=120).contains(m))
            .map(Some)
            .ok_or(())
    }

    fn errors(&self, taken: bool) -> Errors {
        let mut errors = Errors::default();
        if self.name.is_empty() {
            errors.add("name", t("course-error-name"));
        } else if taken {
            errors.add("name", t("course-error-taken"));
        }
        if !contains(COURSE_KINDS, &self.kind) {
            errors.add("kind", t("course-error-kind"));
        }
        if !contains(AUDIENCES, &self.audience) {
            errors.add("audience", t("course-error-audience"));
        }
        if self.months().is_err() {
            errors.add("months", t("course-error-months"));
        }
        errors
    }

    fn fields(&self, errors: &Errors) -> Vec<String> {
        vec![
            render(
                &Input::new("name", t("course-name"))
                    .value(&self.name)
                    .error(errors.get("name")),
            ),
            radios("kind", "course-kind", COURSE_KINDS, &self.kind, errors),
            radios(
                "audience",
                "course-audience",
                AUDIENCES,
                &self.audience,
                errors,
            ),
            render(
                &Input::new("months", t("course-months"))
                    .value(&self.months)
                    .hint(t("course-months-hint"))
                    .classes("govuk-input--width-3")
                    .kind("number")
                    .error(errors.get("months")),
            ),
            render(
                &Textarea::new("description", t("course-description"))
                    .value(&self.description)
                    .rows(3),
            ),
        ]
    }
}

async fn index_page(
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

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<Saved>) -> AppResult<Response> {
    index_page(
        &tenant,
        page,
        &CourseForm::default(),
        &Errors::default(),
        q.saved(),
    )
    .await
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = CourseForm::from_data(&data);
    let taken = queries::courses(&tenant.scope)
        .await?
        .iter()
        .any(|c| c.name.eq_ignore_ascii_case(&form.name));
    let errors = form.errors(taken);
    if !errors.is_empty() {
        return index_page(&tenant, page, &form, &errors, false).await;
    }
    let id = queries::add_course(
        &tenant.scope,
        &form.name,
        &form.kind,
        &form.audience,
        form.months().ok().flatten(),
        &form.description,
    )
    .await?;
    tenant
        .audit("added course", "course", Some(id), Some(&form.name))
        .await?;
    Ok(Redirect::to(&format!("/training/{id}")).into_response())
}
