//! "Try again" on an import's status page: an import that failed, or whose server stopped
//! renewing its lease (killed, or cut off from the database), goes back in the queue for the
//! next worker. Nothing of a stopped import was added, so trying again adds each person once.
//! An import that is waiting, done, or running with a live lease is left as it is.

use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use withus_db::entities::people_import;

use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::i18n::t_args;
use crate::kit::tenancy::Tenant;
use crate::people::queries;

/// Running, as the table says, but its server has stopped renewing the lease.
pub fn stalled(stored: &people_import::Model) -> bool {
    queries::stalled(stored, Utc::now())
}

/// What the status page says of a stalled import.
pub fn stalled_text(stored: &people_import::Model) -> String {
    let count = stored.to_import.unwrap_or_default().to_string();
    t_args(
        "import-stalled",
        &[("count", &count), ("file", &stored.file_name)],
    )
}

pub async fn retry(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let stored = queries::stored_import(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The update checks again, so two clicks, or a worker taking it over meanwhile, queue it once.
    if queries::can_retry(&stored, Utc::now())
        && queries::retry_import(&tenant.scope, stored.id, Utc::now()).await?
    {
        let detail = format!("{} ({})", stored.file_name, stored.status);
        tenant
            .audit("retried import", "people", None, Some(&detail))
            .await?;
    }
    Ok(Redirect::to(&format!("/people/import/{}", stored.id)).into_response())
}
