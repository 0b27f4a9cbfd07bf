//! The action plan that follows a self-assessment: what will be done, by whom, by when, and
//! how far it has got.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use super::frameworks::{FRAMEWORKS, statement_key};
use super::queries;
use crate::kit::components::{Select, render};
use crate::kit::dates::day;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, TypedDate, borrowed, input, select, textarea};
use crate::kit::tenancy::Tenant;

pub const STATUSES: &[(&str, &str)] = &[
    ("not_started", "action-not-started"),
    ("in_progress", "action-in-progress"),
    ("done", "action-done"),
];

pub fn status_label(status: &str) -> String {
    STATUSES
        .iter()
        .find(|(s, _)| *s == status)
        .map_or_else(|| status.to_owned(), |(_, k)| t(k))
}

fn statements() -> Vec<(String, String)> {
    let mut items = vec![(String::new(), t("action-no-statement"))];
    for f in FRAMEWORKS {
        for p in f.parts {
            for s in p.statements {
                items.push((statement_key(f, p, s), format!("{}: {}", p.name, s.text)));
            }
        }
    }
    items
}

fn statuses() -> Vec<(String, String)> {
    STATUSES
        .iter()
        .map(|(v, k)| ((*v).to_owned(), t(k)))
        .collect()
}

async fn index_page(
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
            crate::reports::document::Grid::new(
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

pub async fn index(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    index_page(&tenant, page, saved.saved(), None, &Errors::default()).await
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let mut errors = Errors::default();
    let title = data.one("title").trim().to_owned();
    let owner = data.one("owner").trim().to_owned();
    let due = TypedDate::from_data(&data, "due").date();
    let statement = data.one("statement");
    if title.is_empty() {
        errors.add("title", t("action-what-error"));
    }
    if owner.is_empty() {
        errors.add("owner", t("action-owner-error"));
    }
    if due.is_none() {
        errors.add("due", t("action-due-error"));
    }
    if !statement.is_empty() && !statements().iter().any(|(k, _)| *k == statement) {
        errors.add("statement", t("action-statement-error"));
    }
    let (Some(due), true) = (due, errors.is_empty()) else {
        return index_page(&tenant, page, false, Some(&data), &errors).await;
    };
    queries::add_action(
        &tenant.scope,
        title,
        Some(statement).filter(|s| !s.is_empty()),
        owner,
        due,
    )
    .await?;
    Ok(Redirect::to("/assessment/actions?saved=1").into_response())
}

pub async fn update(tenant: Tenant, Path(id): Path<String>, data: FormData) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let status = data.one("status");
    if !STATUSES.iter().any(|(s, _)| *s == status) {
        return Err(AppError::NotFound);
    }
    if !queries::set_action_status(&tenant.scope, id, status).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/assessment/actions?saved=1").into_response())
}
