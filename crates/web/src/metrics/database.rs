//! What the database says at scrape time: this server's connection pool, and the background
//! job queues by kind. The queues are shared, so every server reports the same numbers: in
//! Prometheus take `max` of them across servers, not `sum`.

use std::collections::HashMap;
use std::fmt::Write as _;

use withus_db::Backend;
use withus_db::sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};
use withus_db::{draw_jobs, import_jobs, outbox};

use crate::counters::{help, single};

/// Each kind of job: its label, its table, and its waiting and failed statuses.
const QUEUES: [(&str, &str, &str, &str); 3] = [
    ("mail", "outbox", outbox::PENDING, outbox::FAILED),
    (
        "import",
        "people_imports",
        import_jobs::QUEUED,
        import_jobs::FAILED,
    ),
    ("draw", "draw_jobs", draw_jobs::QUEUED, draw_jobs::FAILED),
];

struct Pool {
    open: u32,
    idle: usize,
}

fn pool(db: &DatabaseConnection) -> Pool {
    match withus_db::connect::backend_of(db) {
        Backend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            Pool {
                open: pool.size(),
                idle: pool.num_idle(),
            }
        }
        Backend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            Pool {
                open: pool.size(),
                idle: pool.num_idle(),
            }
        }
    }
}

struct Jobs {
    /// (kind, waiting, failed)
    queues: Vec<(&'static str, i64, i64)>,
    draws_running: i64,
}

/// Rows of `table` by status, for the statuses asked about (the outbox keeps every message ever
/// sent, so it is never counted whole).
async fn by_status(
    db: &DatabaseConnection,
    table: &str,
    statuses: &[&str],
) -> Result<HashMap<String, i64>, DbErr> {
    // The statuses are our own constants, never anything a person typed.
    let list = statuses
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT status, COUNT(*) AS n FROM {table} WHERE status IN ({list}) GROUP BY status"
    );
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    let mut counts = HashMap::new();
    for row in rows {
        let status: String = row.try_get("", "status")?;
        let n: i64 = row.try_get("", "n")?;
        counts.insert(status, n);
    }
    Ok(counts)
}

async fn jobs(db: &DatabaseConnection) -> Result<Jobs, DbErr> {
    let mut queues = Vec::new();
    let mut draws_running = 0;
    for (kind, table, waiting, failed) in QUEUES {
        let mut statuses = vec![waiting, failed];
        if kind == "draw" {
            statuses.push(draw_jobs::RUNNING);
        }
        let counts = by_status(db, table, &statuses).await?;
        let count = |status: &str| counts.get(status).copied().unwrap_or(0);
        if kind == "draw" {
            draws_running = count(draw_jobs::RUNNING);
        }
        queues.push((kind, count(waiting), count(failed)));
    }
    Ok(Jobs {
        queues,
        draws_running,
    })
}

/// The database's series, read now. If the database does not answer, says so and leaves the
/// queues out rather than failing the whole scrape.
pub async fn render(db: &DatabaseConnection, out: &mut String) {
    let pool = pool(db);
    single(
        out,
        "withus_db_pool_connections",
        "gauge",
        "Database connections this server's pool holds open, busy or idle.",
        pool.open,
    );
    single(
        out,
        "withus_db_pool_idle_connections",
        "gauge",
        "Open database connections waiting for work.",
        pool.idle,
    );
    let jobs = jobs(db).await;
    if let Err(e) = &jobs {
        tracing::warn!("metrics: could not count jobs: {e}");
    }
    single(
        out,
        "withus_database_up",
        "gauge",
        "1 when the database answered this scrape's questions, 0 when it did not.",
        u8::from(jobs.is_ok()),
    );
    let Ok(jobs) = jobs else {
        return;
    };
    help(
        out,
        "withus_jobs_waiting",
        "gauge",
        "Background jobs queued and not yet started, by kind (mail: messages still to send).",
    );
    for (kind, waiting, _) in &jobs.queues {
        let _ = writeln!(out, "withus_jobs_waiting{{kind=\"{kind}\"}} {waiting}");
    }
    help(
        out,
        "withus_jobs_failed",
        "gauge",
        "Background jobs that failed for good, by kind.",
    );
    for (kind, _, failed) in &jobs.queues {
        let _ = writeln!(out, "withus_jobs_failed{{kind=\"{kind}\"}} {failed}");
    }
    single(
        out,
        "withus_lottery_jobs_running",
        "gauge",
        "Fair lottery draws and checks claimed by a server and not yet finished.",
        jobs.draws_running,
    );
}
