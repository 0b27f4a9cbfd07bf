//! The signed-in person's own record: found from their account, never from an address, and
//! saved with a note of who changed what. Every page of theirs that changes it uses these.

use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::{AppError, AppResult};
use crate::kit::tenancy::Tenant;
use crate::people::{self, Details};

/// The signed-in person's own record; a friendly 404 when the team has not linked one yet.
pub(super) async fn own(tenant: &Tenant) -> AppResult<Details> {
    let id = people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    people::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Saves the person's own record, notes who changed what, and goes back to their details
/// saying what was saved.
pub(super) async fn save_own(
    tenant: &Tenant,
    details: &Details,
    input: &people::PersonInput,
    what: &str,
    saved: &str,
) -> AppResult<Response> {
    people::update(&tenant.scope, details.person.id, input).await?;
    tenant
        .audit("changed", "person", Some(details.person.id), Some(what))
        .await?;
    Ok(Redirect::to(&format!("/my/details?saved={saved}")).into_response())
}
