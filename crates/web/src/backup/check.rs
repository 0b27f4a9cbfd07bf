//! What `withus restore` checks in a backup before it replaces anything (after, on
//! PostgreSQL): the file is sound, it is a Withus database, this Withus knows every migration
//! in it, and what it holds, so the person restoring can see it is the backup they meant.

use withus_db::sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use withus_db::upgrade;

use super::{BackupError, refused};

/// What a checked backup holds.
#[derive(Debug)]
pub struct Summary {
    pub migrated_by: Option<String>,
    /// Migrations this Withus will still run on it when it starts (the backup is older).
    pub pending: usize,
    /// Each organisation's name, short name and how many people its register holds.
    pub organisations: Vec<(String, String, i64)>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(by) = &self.migrated_by {
            writeln!(f, "Last upgraded by Withus {by}.")?;
        }
        if self.pending > 0 {
            writeln!(
                f,
                "Withus {} will bring its schema up to date when it starts ({} migrations).",
                upgrade::VERSION,
                self.pending
            )?;
        }
        writeln!(f, "Organisations: {}", self.organisations.len())?;
        for (name, slug, people) in &self.organisations {
            writeln!(f, "  {name} ({slug}): {people} people")?;
        }
        Ok(())
    }
}

/// SQLite's own check of every page and index: it must answer exactly "ok".
pub async fn integrity(db: &DatabaseConnection, what: &str) -> Result<(), BackupError> {
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await
        .map_err(|e| refused(format!("{what} is not a database SQLite can read: {e}")))?;
    let answers: Vec<String> = rows
        .iter()
        .filter_map(|row| row.try_get_by_index::<String>(0).ok())
        .collect();
    if answers != ["ok"] {
        let shown: Vec<&str> = answers.iter().take(5).map(String::as_str).collect();
        return Err(refused(format!(
            "{what} failed SQLite's integrity check: {}",
            shown.join("; ")
        )));
    }
    Ok(())
}

/// The checks both databases share, on a connection to the restored data.
pub async fn contents(db: &DatabaseConnection, what: &str) -> Result<Summary, BackupError> {
    if upgrade::applied(db).await?.is_empty() {
        return Err(refused(format!(
            "{what} holds no Withus database (it records no migrations)"
        )));
    }
    upgrade::check(db).await?;
    let pending = upgrade::pending(db).await?.len();
    let migrated_by = upgrade::last_migrated_by(db).await?;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT o.name AS name, o.slug AS slug, \
             (SELECT COUNT(*) FROM people p WHERE p.organisation_id = o.id) AS people \
             FROM organisations o ORDER BY o.slug",
        ))
        .await?;
    let mut organisations = Vec::with_capacity(rows.len());
    for row in rows {
        organisations.push((
            row.try_get::<String>("", "name")?,
            row.try_get::<String>("", "slug")?,
            row.try_get::<i64>("", "people")?,
        ));
    }
    Ok(Summary {
        migrated_by,
        pending,
        organisations,
    })
}

/// How many organisations a database holds: 0 when it has no schema yet.
pub async fn organisations(db: &DatabaseConnection) -> Result<i64, BackupError> {
    if !upgrade::has_table(db, "organisations").await? {
        return Ok(0);
    }
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM organisations",
        ))
        .await?;
    Ok(match row {
        Some(row) => row.try_get::<i64>("", "n")?,
        None => 0,
    })
}
