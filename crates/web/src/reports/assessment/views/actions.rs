//! The action plan's page: the actions with how far each has got, a small form each to move it
//! on, and the form for a new one.

use axum::response::Response;
use chrono::Utc;

use crate::kit::components::{Select, render};
use crate::kit::dates::day;
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Sections, TypedDate, borrowed, input, select, textarea};
use crate::kit::tenancy::Tenant;
use crate::reports::assessment::forms::{statements, status_label, statuses};
use crate::reports::assessment::queries;

/// The action plan that follows a self-assessment: what will be done, by whom, by when, and
/// how far it has got.
pub async fn page(
    tenant: &Tenant,
    page: Page,
    saved: bool,
    data: Option<&FormData>,
    errors: &Errors,
) -> AppResult<Response> {
    let today = crate::kit::dates::london_day(Utc::now());
    let actions = queries::actions(&tenant.scope).await?;
    let rows: Vec<Vec<String>> = actions
        .iter()
        .map(|a| {
            let late = a.status != "done" && a.due_on < today;
            vec![
                a.title.clone(),
                a.owner.clone(),
                if late {
                    format!("{} ({})", day(a.due_on), t("action-late"))
                } else {
                    day(a.due_on)
                },
                status_label(&a.status),
            ]
        })
        .collect();
    let csrf = page.csrf.clone();
    let mut sections = Sections::new(page, t("actions-title"))
        .back("/assessment")
        .wide()
        .banner(saved.then(|| t("action-saved")))
        .errors(errors);
    if rows.is_empty() {
        sections = sections.paragraph(&t("actions-none"));
    } else {
        sections = sections.block(
            crate::reports::views::document::Grid::new(
                "actions",
                t("actions-title"),
                vec![
                    t("col-action"),
                    t("col-owner"),
                    t("col-due"),
                    t("col-status"),
                ],
                rows,
            )
            .words()
            .html(),
        );
        // One small form an action, to move it on; each select has its own id, so each
        // action's title labels its own status.
        let choices = statuses();
        let items = borrowed(&choices);
        let mut forms = String::new();
        for a in &actions {
            let id = format!("status-{}", a.id);
            let status = Select::new("status", a.title.clone(), &items, &a.status).id(&id);
            forms.push_str(&crate::kit::sections::form(
                &csrf,
                &format!("/assessment/actions/{}", a.id),
                &[render(&status)],
                &t("action-update"),
            ));
        }
        sections = sections.block(crate::kit::sections::details(&t("actions-update"), &forms));
    }
    let value = |name: &str| data.map(|d| d.one(name)).unwrap_or_default();
    let due = data.map_or_else(TypedDate::default, |d| TypedDate::from_data(d, "due"));
    sections
        .heading_m(&t("action-new"), "new")
        .form(
            "/assessment/actions",
            &[
                textarea("title", "action-what", &value("title"), errors),
                input("owner", t("action-owner"), None, &value("owner"), errors),
                due.field("due", t("action-due"), errors),
                select(
                    "statement",
                    t("action-statement"),
                    &statements(),
                    &value("statement"),
                    errors,
                ),
            ],
            &t("action-add"),
        )
        .respond()
}
