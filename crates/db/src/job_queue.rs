//! The one query behind every job with a lease (imports, draws): the oldest queued job, or a
//! running one whose owner stopped renewing its lease, locked on PostgreSQL so two servers
//! never claim the same row. Also who holds a lease, and how long a lease lasts.

use std::sync::OnceLock;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType, Query, SelectStatement};
use sea_orm::{ColumnTrait, DatabaseConnection, DbBackend, EntityTrait};
use uuid::Uuid;

/// How long a claim lasts without a heartbeat. Short, so a job whose server was killed is
/// taken over within a minute of its last renewal, by a restarted server or by any other.
pub const LEASE: Duration = Duration::seconds(30);
/// How often a worker renews the lease of the job it is working on: three times a lease, so
/// one slow or missed renewal does not lose the job.
pub const HEARTBEAT: StdDuration = StdDuration::from_secs(10);

/// Who holds a lease: one worker process. The random part tells a restarted process from the
/// one it replaced; the host's name and the process id are there for people reading the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner(String);

impl Owner {
    pub fn new() -> Owner {
        Owner(format!(
            "{}/{}/{}",
            hostname(),
            std::process::id(),
            Uuid::now_v7()
        ))
    }

    /// This process's owner, made the first time it is asked for.
    pub fn this_process() -> &'static Owner {
        static OWNER: OnceLock<Owner> = OnceLock::new();
        OWNER.get_or_init(Owner::new)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Owner {
    fn default() -> Self {
        Owner::new()
    }
}

impl std::fmt::Display for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The machine's name, for reading only: nothing depends on it being right or unique.
fn hostname() -> String {
    let read = |path: &str| std::fs::read_to_string(path).ok();
    let name = read("/proc/sys/kernel/hostname")
        .or_else(|| read("/etc/hostname"))
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_default();
    let name: String = name
        .trim()
        .chars()
        .filter(|c| c.is_ascii_graphic() && *c != '/')
        .take(64)
        .collect();
    if name.is_empty() {
        "unknown-host".to_owned()
    } else {
        name
    }
}

/// The columns a leased job table has, and what its statuses are called.
pub struct Queue<C> {
    pub id: C,
    pub status: C,
    pub lease_until: C,
    pub queued_at: C,
    pub queued: &'static str,
    pub running: &'static str,
}

/// `SELECT id … LIMIT 1` of the job to claim next, for `UPDATE … WHERE id IN (…)`. A running
/// job whose lease has run out is due like a queued one: its owner died or lost its database.
pub fn next_due<E: EntityTrait>(
    db: &DatabaseConnection,
    entity: E,
    queue: &Queue<E::Column>,
    now: DateTime<Utc>,
) -> SelectStatement
where
    E::Column: ColumnTrait,
{
    let mut due = Query::select();
    due.column(queue.id)
        .from(entity)
        .and_where(
            Expr::col(queue.status)
                .eq(queue.queued)
                .or(Expr::col(queue.status)
                    .eq(queue.running)
                    .and(Expr::col(queue.lease_until).lt(now))),
        )
        .order_by(queue.queued_at, sea_orm::Order::Asc)
        .limit(1);
    skip_locked(db, &mut due);
    due
}

/// On PostgreSQL, lets two workers pick different rows at once; SQLite has one writer anyway.
pub(crate) fn skip_locked(db: &DatabaseConnection, due: &mut SelectStatement) {
    if db.get_database_backend() == DbBackend::Postgres {
        due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_differ_and_name_the_process() {
        let (a, b) = (Owner::new(), Owner::new());
        assert_ne!(a, b);
        let pid = format!("/{}/", std::process::id());
        assert!(a.as_str().contains(&pid), "{a}");
        assert_eq!(Owner::this_process(), Owner::this_process());
        assert!(HEARTBEAT.as_secs() * 3 <= LEASE.num_seconds() as u64);
    }
}
