//! Opens a connection pool for either backend and runs the migrations.
//! SQLite gets WAL, foreign keys and a busy timeout so it behaves like a server database.

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};

use crate::{DbError, DbResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> DbResult<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(DbError::UnsupportedUrl(url.to_owned()))
        }
    }
}

/// Connections a pool keeps: `WITHUS_DB_CONNECTIONS`, or 8 for SQLite and 16 for PostgreSQL.
/// Measured with scripts/load on two cores: fewer SQLite connections served less, not more.
fn pool_size(backend: Backend) -> u32 {
    std::env::var("WITHUS_DB_CONNECTIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(match backend {
            Backend::Sqlite => 8,
            Backend::Postgres => 16,
        })
}

/// Megabytes from an environment variable, or the default.
fn megabytes(name: &str, default: i64) -> i64 {
    std::env::var(name)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Connects without migrating. SQLite files and their folder are created when missing.
pub async fn connect(url: &str) -> DbResult<DatabaseConnection> {
    let backend = Backend::of(url)?;
    let mut url = url.to_owned();
    if backend == Backend::Sqlite {
        ensure_sqlite_folder(&url)?;
        if !url.contains("mode=") && !url.contains(":memory:") {
            url.push_str(if url.contains('?') {
                "&mode=rwc"
            } else {
                "?mode=rwc"
            });
        }
    }
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(pool_size(backend))
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        // Every statement and its time, for finding a slow page: WITHUS_LOG_SQL=1.
        .sqlx_logging(std::env::var_os("WITHUS_LOG_SQL").is_some());
    if backend == Backend::Sqlite {
        // Every pooled SQLite connection needs these, not just the first one.
        options.map_sqlx_sqlite_opts(|o| {
            o.foreign_keys(true)
                .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(5))
                // SQLite's page cache is per connection, 2 MB unless told (issue #10).
                .pragma(
                    "cache_size",
                    (-1024 * megabytes("WITHUS_SQLITE_CACHE_MB", 2)).to_string(),
                )
                .pragma(
                    "mmap_size",
                    (1024 * 1024 * megabytes("WITHUS_SQLITE_MMAP_MB", 256)).to_string(),
                )
        });
    }
    Ok(Database::connect(options).await?)
}

pub async fn connect_and_migrate(url: &str) -> DbResult<DatabaseConnection> {
    let db = connect(url).await?;
    // Refuses a schema newer than this binary before touching it, and records this version.
    crate::upgrade::migrate(&db).await?;
    Ok(db)
}

/// Answers whether the database is reachable, for the health check.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

pub fn backend_of(db: &DatabaseConnection) -> Backend {
    match db.get_database_backend() {
        DbBackend::Sqlite => Backend::Sqlite,
        _ => Backend::Postgres,
    }
}

/// The file an `sqlite:` address names; `None` for an in-memory database.
pub fn sqlite_file(url: &str) -> Option<&str> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then_some(path)
}

fn ensure_sqlite_folder(url: &str) -> DbResult<()> {
    let Some(path) = sqlite_file(url) else {
        return Ok(());
    };
    if let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).map_err(|source| DbError::DataFolder {
            path: parent.display().to_string(),
            source,
        })?;
    }
    Ok(())
}
