//! Erasure: removing a person's personal data at their request, keeping an anonymous row so
//! that counts still add up. What goes and what stays is the one map of personal data
//! (`withus_db::personal`); `queries::erase` runs it in one transaction with what erasure
//! means for what is still to come (they stop taking part) and the recount of feedback owed,
//! so a failure half-way leaves the person as they were. Here, staff confirm it.

use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::parse_id;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::queries;
use crate::people::views::erasure::confirm_page;

pub async fn confirm_erase(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let person = queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    html(confirm_page(page, id, &person))
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
