//! Safe upgrades: the schema records which Withus last migrated it (`withus_version`), and a
//! binary refuses to touch a schema that has migrations it does not know, because that schema
//! was made by a newer Withus whose data this one could misread or damage.
//!
//! Migrations are additive (new tables, new columns with defaults), so a server that was
//! already running when another, newer one migrated keeps working until it is restarted;
//! on restart it stops here with the message.

use std::collections::HashSet;

use sea_orm::sea_query::{Alias, OnConflict, Query};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sea_orm_migration::{MigrationName, MigratorTrait};

use crate::migrations::Migrator;
use crate::{DbError, DbResult};

/// The version of this Withus: every crate of the workspace shares it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const MIGRATIONS_TABLE: &str = "seaql_migrations";
const VERSION_TABLE: &str = "withus_version";

/// Migrations that can take minutes on a large installation, with why, so `withus migrate
/// --dry-run` can warn before an upgrade. Add a migration here when it rewrites rows one by one.
pub const SLOW: &[(&str, &str)] = &[(
    "m20261121_000015_owed_counts",
    "recounts feedback owed for every meeting and opportunity, and writes every person's \
     choices onto their row one statement a person: minutes for a million people",
)];

/// A migration this binary would run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub name: String,
    /// Why it may be slow, when it is on `SLOW`.
    pub slow: Option<&'static str>,
}

/// The names of this binary's migrations, in order.
pub fn known() -> Vec<String> {
    Migrator::migrations()
        .iter()
        .map(|m| MigrationName::name(m.as_ref()).to_owned())
        .collect()
}

/// Whether a table exists in the current schema; `table` is one of our own names, never input.
pub async fn has_table(db: &impl ConnectionTrait, table: &str) -> DbResult<bool> {
    let backend = db.get_database_backend();
    // Only our own constant names reach this text.
    let sql = match backend {
        DbBackend::Sqlite => format!(
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
        ),
        _ => format!(
            "SELECT COUNT(*) AS n FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_name = '{table}'"
        ),
    };
    let row = db
        .query_one_raw(Statement::from_string(backend, sql))
        .await?;
    let n: i64 = match row {
        Some(row) => row.try_get("", "n")?,
        None => 0,
    };
    Ok(n > 0)
}

/// The migrations the database says it has, without creating anything (none on a new database).
pub async fn applied(db: &impl ConnectionTrait) -> DbResult<Vec<String>> {
    if !has_table(db, MIGRATIONS_TABLE).await? {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            format!("SELECT version FROM {MIGRATIONS_TABLE} ORDER BY version"),
        ))
        .await?;
    rows.iter()
        .map(|row| row.try_get::<String>("", "version").map_err(DbError::from))
        .collect()
}

/// The Withus that last migrated the database, when it recorded one.
pub async fn last_migrated_by(db: &impl ConnectionTrait) -> DbResult<Option<String>> {
    if !has_table(db, VERSION_TABLE).await? {
        return Ok(None);
    }
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT version FROM {VERSION_TABLE} WHERE id = 1"),
        ))
        .await?;
    match row {
        Some(row) => Ok(Some(row.try_get("", "version")?)),
        None => Ok(None),
    }
}

/// Migrations in the database that this binary does not have: a newer Withus made them.
pub async fn unknown(db: &impl ConnectionTrait) -> DbResult<Vec<String>> {
    let known: HashSet<String> = known().into_iter().collect();
    Ok(applied(db)
        .await?
        .into_iter()
        .filter(|name| !known.contains(name))
        .collect())
}

/// Refuses a database whose schema is newer than this binary.
pub async fn check(db: &impl ConnectionTrait) -> DbResult<()> {
    let unknown = unknown(db).await?;
    if unknown.is_empty() {
        return Ok(());
    }
    let by = last_migrated_by(db)
        .await?
        .unwrap_or_else(|| "a later version".to_owned());
    Err(DbError::NewerSchema(format!(
        "This database was upgraded by Withus {by}, newer than this Withus ({VERSION}). \
         Run the newer version, or restore a backup made before the upgrade.\n\
         Changes to the database that this Withus does not know: {}",
        unknown.join(", ")
    )))
}

/// What `Migrator::up` would run, in order, with a warning for slow ones. Reads only.
pub async fn pending(db: &impl ConnectionTrait) -> DbResult<Vec<Pending>> {
    let applied: HashSet<String> = applied(db).await?.into_iter().collect();
    Ok(known()
        .into_iter()
        .filter(|name| !applied.contains(name))
        .map(|name| Pending {
            slow: SLOW.iter().find(|(n, _)| *n == name).map(|(_, why)| *why),
            name,
        })
        .collect())
}

/// Records this binary as the one that last migrated the schema.
pub async fn record(db: &impl ConnectionTrait) -> DbResult<()> {
    let column = |name: &str| Alias::new(name);
    db.execute(
        Query::insert()
            .into_table(column(VERSION_TABLE))
            .columns([column("id"), column("version"), column("migrated_at")])
            .values_panic([1i32.into(), VERSION.into(), chrono::Utc::now().into()])
            .on_conflict(
                OnConflict::column(column("id"))
                    .update_columns([column("version"), column("migrated_at")])
                    .to_owned(),
            ),
    )
    .await?;
    Ok(())
}

/// Checks the schema is not newer than this binary, runs what is pending, and records this
/// version when it changed anything (or nothing was recorded yet).
pub async fn migrate(db: &sea_orm::DatabaseConnection) -> DbResult<()> {
    check(db).await?;
    let changed = !pending(db).await?.is_empty();
    Migrator::up(db, None).await?;
    if changed || last_migrated_by(db).await?.is_none() {
        record(db).await?;
    }
    Ok(())
}
