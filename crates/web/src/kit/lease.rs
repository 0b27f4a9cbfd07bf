//! A claimed job's lease kept while the job runs (imports, draws). The worker loop that
//! claims jobs is the app's (`jobs.rs`); features only keep their own job's lease.

use uuid::Uuid;
use withus_db::job_queue::HEARTBEAT;
use withus_db::sea_orm::DbErr;

/// Keeps a claimed job's lease while the job runs: a task of its own renews it every
/// `HEARTBEAT`, until this is dropped (the job ended, however it ended) or a renewal finds the
/// job is no longer this claim's. `renew` answers false then.
pub struct Heartbeat(tokio::task::JoinHandle<()>);

impl Heartbeat {
    pub fn start<F, Fut>(what: &'static str, id: Uuid, renew: F) -> Heartbeat
    where
        F: Fn() -> Fut + Send + 'static,
        Fut: std::future::Future<Output = Result<bool, DbErr>> + Send + 'static,
    {
        Heartbeat(tokio::spawn(async move {
            loop {
                tokio::time::sleep(HEARTBEAT).await;
                match renew().await {
                    Ok(true) => {}
                    // Finished, or taken over by another worker: nothing left to keep.
                    Ok(false) => return,
                    // SQLite refuses while an import's transaction holds its one writer; no
                    // other worker can claim the job then either.
                    Err(e) => tracing::warn!(%id, "could not renew the lease of {what}: {e}"),
                }
            }
        }))
    }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        self.0.abort();
    }
}
