//! The background worker every server runs: it sends due mail, carries out confirmed
//! imports, works out fair lottery draws, reminds people of meetings two days ahead, tells
//! and erases people under each organisation's retention choice, and now and then clears out
//! ended sessions. Work is claimed from the database, so any number of servers can run it
//! side by side.
//!
//! Each process is one lease owner (`withus_db::job_queue::Owner`). While it works on an
//! import or a draw it renews the job's short lease (`Heartbeat`); a job whose lease ran out
//! is due again on every poll, so when a server is killed, the restarted server or any other
//! takes its jobs over within a minute.

use std::time::{Duration, Instant};

use chrono::Utc;
use withus_db::job_queue::Owner;
use withus_db::sea_orm::DatabaseConnection;

use crate::AppState;
use crate::{mail, opportunities, people};

pub async fn worker(state: AppState) {
    let owner = Owner::this_process();
    tracing::info!(%owner, "worker started");
    // A draw can take minutes: it has a loop of its own, so mail and imports never wait on it.
    tokio::spawn(draws(state.db.clone(), owner));
    let mut last_prune = Instant::now() - Duration::from_secs(3600);
    let mut last_reminders = Instant::now() - Duration::from_secs(3600);
    // Retention tells and erases people by the day; every hour is soon enough, and cheap.
    let mut last_retention = Instant::now() - Duration::from_secs(3600);
    loop {
        let mail = mail::deliver_one(&state).await.unwrap_or_else(|e| {
            tracing::error!("outbox worker: {e}");
            false
        });
        let import = people::run_one_import(&state, owner, Utc::now())
            .await
            .unwrap_or_else(|e| {
                tracing::error!("import worker: {e}");
                false
            });
        if mail || import {
            continue;
        }
        if last_reminders.elapsed() > Duration::from_secs(60) {
            if let Err(e) = crate::meetings::reminders(&state).await {
                tracing::error!("meeting reminders: {e}");
            }
            last_reminders = Instant::now();
        }
        if last_retention.elapsed() > Duration::from_secs(3600) {
            if let Err(e) = people::run_retention(&state.db, Utc::now()).await {
                tracing::error!("retention: {e}");
            }
            last_retention = Instant::now();
        }
        if last_prune.elapsed() > Duration::from_secs(600) {
            if let Err(e) = withus_db::installation::prune(&state.db, Utc::now()).await {
                tracing::error!("pruning sessions: {e}");
            }
            last_prune = Instant::now();
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Draws and checks of draws, one at a time, oldest first.
async fn draws(db: DatabaseConnection, owner: &'static Owner) {
    loop {
        let ran = opportunities::run_one_draw(&db, owner, Utc::now())
            .await
            .unwrap_or_else(|e| {
                tracing::error!("draw worker: {e}");
                false
            });
        if !ran {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}
