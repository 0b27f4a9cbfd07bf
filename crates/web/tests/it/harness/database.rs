//! A database of its own for each test: an SQLite file, or a PostgreSQL database created for
//! the test and dropped after it.

use uuid::Uuid;
use withus_db::sea_orm::{ConnectionTrait, Database};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

fn postgres_admin_url() -> String {
    std::env::var("WITHUS_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A database for one test, removed again by `TestDb::drop_now`.
pub struct TestDb {
    pub url: String,
    backend: Backend,
    name: String,
}

impl TestDb {
    /// None when PostgreSQL is not reachable and we are not in CI; in CI that is a failure.
    pub async fn create(backend: Backend) -> Option<TestDb> {
        let name = format!("withus_test_{}", Uuid::new_v4().simple());
        match backend {
            Backend::Sqlite => {
                let path = std::env::temp_dir().join(format!("{name}.db"));
                Some(TestDb {
                    url: format!("sqlite://{}", path.display()),
                    backend,
                    name,
                })
            }
            Backend::Postgres => {
                let admin = match Database::connect(postgres_admin_url()).await {
                    Ok(db) => db,
                    Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
                        eprintln!("skipped on PostgreSQL: not reachable ({e})");
                        return None;
                    }
                    Err(e) => panic!("PostgreSQL is required when CI=true: {e}"),
                };
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create test database");
                let base = postgres_admin_url();
                let server = base.rsplit_once('/').map(|(s, _)| s).unwrap_or(&base);
                Some(TestDb {
                    url: format!("{server}/{name}"),
                    backend,
                    name,
                })
            }
        }
    }

    pub async fn drop_now(self) {
        match self.backend {
            Backend::Sqlite => {
                let path = self.url.trim_start_matches("sqlite://").to_owned();
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{path}{suffix}"));
                }
            }
            Backend::Postgres => {
                if let Ok(admin) = Database::connect(postgres_admin_url()).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                            self.name
                        ))
                        .await;
                }
            }
        }
    }
}
