//! Carries out a confirmed import away from the coordinator's request, so a large file
//! neither times out nor ties up a browser tab. The rows are checked again (someone may have
//! been added since the preview) and added in one transaction that also marks the job done:
//! a worker that dies part way leaves nothing behind, and its lease lets another take over.

use std::collections::BTreeMap;

use chrono::{Duration, Utc};
use withus_db::OrgScope;
use withus_db::entities::people_import::{self, Column};
use withus_db::import_jobs::{self, DONE, IMPORTING};
use withus_db::sea_orm::{ColumnTrait, DbErr, QueryFilter, TransactionTrait, sea_query::Expr};

use super::{import, queries};
use crate::{AppState, audit};

/// Long enough for a million-row file on a slow disk; a stalled job is retried after it.
const LEASE_MINUTES: i64 = 30;

/// Runs one queued import, if there is one. Answers whether there was, so callers can drain.
pub async fn run_one(state: &AppState) -> Result<bool, DbErr> {
    let Some(job) =
        import_jobs::claim(&state.db, Utc::now(), Duration::minutes(LEASE_MINUTES)).await?
    else {
        return Ok(false);
    };
    let scope = OrgScope::new(state.db.clone(), job.organisation_id);
    if let Err(e) = run(&scope, &job).await {
        tracing::warn!(id = %job.id, "import failed: {e}");
        import_jobs::fail(&state.db, job.id, &e.to_string()).await?;
    }
    Ok(true)
}

#[derive(Debug, thiserror::Error)]
enum ImportError {
    #[error("the stored file can no longer be read: {0}")]
    File(String),
    #[error(transparent)]
    Database(#[from] DbErr),
}

async fn run(scope: &OrgScope, job: &people_import::Model) -> Result<(), ImportError> {
    let sheet = import::read(job.content.as_bytes()).map_err(ImportError::File)?;
    let mapping: BTreeMap<String, String> = serde_json::from_str(&job.mapping).unwrap_or_default();
    let existing = queries::existing_keys(scope).await?;
    let inputs: Vec<_> = import::check(&sheet, &mapping, &existing)
        .good
        .into_iter()
        .map(|(_, input)| input)
        .collect();
    let txn = scope.db().begin().await?;
    queries::import_in(scope, &txn, &inputs, job.created_by).await?;
    let marked = scope
        .update_many::<people_import::Entity>()
        .col_expr(Column::Status, Expr::value(DONE))
        .col_expr(Column::ImportedAt, Expr::value(Utc::now()))
        .col_expr(Column::ImportedCount, Expr::value(inputs.len() as i32))
        .filter(Column::Id.eq(job.id))
        .filter(Column::Status.eq(IMPORTING))
        .filter(Column::LeaseUntil.eq(job.lease_until))
        .exec(&txn)
        .await?;
    if marked.rows_affected == 0 {
        // Our lease ran out and another worker took the job over: let that one finish it.
        txn.rollback().await?;
        return Ok(());
    }
    txn.commit().await?;
    let detail = format!("{} people from {}", inputs.len(), job.file_name);
    audit::record(
        scope,
        job.created_by,
        "imported",
        "people",
        None,
        Some(&detail),
    )
    .await?;
    Ok(())
}
