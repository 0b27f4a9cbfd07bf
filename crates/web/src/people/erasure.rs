//! Erasure: removing a person's personal data at their request, keeping an anonymous row so
//! that counts still add up. What goes and what stays is the one map of personal data
//! (`withus_db::personal`); `queries::erase` runs it in one transaction with what erasure
//! means for what is still to come (they stop taking part) and the recount of feedback owed,
//! so a failure half-way leaves the person as they were. Here, staff confirm it.

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::components::Button;
use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::parse_id;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::queries;
use crate::people::views::display_name;

#[derive(Template)]
#[template(path = "people/erase.html")]
pub struct ErasePage {
    pub page: Page,
    pub heading: String,
    pub body: String,
    pub action: String,
    pub back: String,
    /// "No, keep their details", or "your" on the person's own page.
    pub keep: String,
    pub button: Button,
}

pub async fn confirm_erase(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let person = queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    html(ErasePage {
        page: page.titled(t("erase-title")),
        heading: t_args("erase-heading", &[("name", &display_name(&person))]),
        body: t("erase-body"),
        action: format!("/people/{id}/erase"),
        keep: t("erase-keep"),
        back: format!("/people/{id}"),
        button: Button::submit(t("erase-button")).warning(),
    })
}

pub async fn erase_confirmed(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::erase(&tenant.scope, id).await?;
    tenant.audit("erased", "person", Some(id), None).await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=erased")).into_response())
}
