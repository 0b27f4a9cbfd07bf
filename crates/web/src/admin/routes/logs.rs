//! What Withus has sent and done: the outbox of messages and the audit trail.

use axum::extract::Path;
use axum::response::Response;
use uuid::Uuid;

use crate::admin::queries;
use crate::admin::views::logs::{audit_page, message_page, outbox_page};
use crate::kit::error::{AppError, AppResult, html};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

pub async fn outbox(tenant: Tenant, page: Page) -> AppResult<Response> {
    let messages = queries::latest_messages(&tenant.scope).await?;
    html(outbox_page(page, &messages))
}

pub async fn message(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let message = queries::message(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tenant
        .audit(
            "viewed",
            "outbox message",
            Some(id),
            Some(&message.to_address),
        )
        .await?;
    html(message_page(page, &message))
}

pub async fn audit(tenant: Tenant, page: Page) -> AppResult<Response> {
    let events = queries::latest_events(&tenant.scope).await?;
    let actor_ids: Vec<Uuid> = events.iter().filter_map(|e| e.account_id).collect();
    let actors = queries::accounts_among(&tenant.scope, actor_ids).await?;
    html(audit_page(page, &events, &actors))
}
