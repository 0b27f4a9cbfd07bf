//! Carries out a confirmed import away from the coordinator's request, so a large file
//! neither times out nor ties up a browser tab. The rows are checked again (someone may have
//! been added since the preview) and added in one transaction that also marks the job done,
//! but only while the job is still this claim's: a worker that dies part way leaves nothing
//! behind, another takes the job over once the lease it stopped renewing runs out, and a
//! worker whose job was taken over adds nobody. So each person goes in exactly once.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use withus_db::OrgScope;
use withus_db::entities::people_import;

use crate::AppState;
use crate::kit::audit;
use crate::kit::lease::Heartbeat;
use crate::people::import;
use crate::people::queries::{self, Claim, DbErr, LEASE, Owner};

/// A file whose server stopped this many times while importing it is given up, so a file that
/// brings its server down does not bring every server down in turn; the coordinator can try
/// it again from its page.
const MAX_ATTEMPTS: i32 = 3;

/// Running, as the table says, but its server has stopped renewing the lease.
pub fn stalled(stored: &people_import::Model) -> bool {
    queries::stalled(stored, Utc::now())
}

/// Runs one queued import, if there is one. Answers whether there was, so callers can drain.
pub async fn run_one(state: &AppState) -> Result<bool, DbErr> {
    run_one_as(state, Owner::this_process(), Utc::now()).await
}

/// `run_one` as the worker process `owner`, claiming at `now`: tests play two servers and a
/// clock with it.
pub async fn run_one_as(
    state: &AppState,
    owner: &Owner,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(job) = queries::claim_import(&state.db, owner, now, LEASE).await? else {
        return Ok(false);
    };
    run_claimed(state, &job).await?;
    Ok(true)
}

/// Runs an import this worker has claimed, renewing its lease while it works. A test uses it
/// to play a worker that carries on after its job was taken over: it adds nobody.
pub async fn run_claimed(state: &AppState, job: &people_import::Model) -> Result<(), DbErr> {
    let claim = Claim::of(job);
    if job.attempts > MAX_ATTEMPTS {
        let reason = format!("the import stopped {MAX_ATTEMPTS} times before it finished");
        tracing::warn!(id = %job.id, "import given up: {reason}");
        queries::fail_import(&state.db, &claim, &reason).await?;
        return Ok(());
    }
    // Stops renewing when dropped, at the end of this function whatever happens.
    let _heartbeat = Heartbeat::start("an import", job.id, {
        let (db, claim) = (state.db.clone(), claim.clone());
        move || {
            let (db, claim) = (db.clone(), claim.clone());
            async move { queries::renew_import(&db, &claim, Utc::now() + LEASE).await }
        }
    });
    let scope = OrgScope::new(state.db.clone(), job.organisation_id);
    if let Err(e) = run(&scope, job, &claim).await {
        tracing::warn!(id = %job.id, "import failed: {e}");
        queries::fail_import(&state.db, &claim, &e.to_string()).await?;
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
enum ImportError {
    #[error("the stored file can no longer be read: {0}")]
    File(String),
    #[error(transparent)]
    Database(#[from] DbErr),
}

async fn run(
    scope: &OrgScope,
    job: &people_import::Model,
    claim: &Claim,
) -> Result<(), ImportError> {
    let sheet = import::read(job.content.as_bytes()).map_err(ImportError::File)?;
    let mapping: BTreeMap<String, String> = serde_json::from_str(&job.mapping).unwrap_or_default();
    let existing = queries::existing_keys(scope).await?;
    let inputs: Vec<_> = import::check(&sheet, &mapping, &existing)
        .good
        .into_iter()
        .map(|(_, input)| input)
        .collect();
    if !queries::finish_import(scope, claim, &inputs, job.created_by).await? {
        return Ok(());
    }
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
