//! SQLite: an online copy with `VACUUM INTO` while the server runs, and a restore that checks
//! the copy, refuses a database in use or holding data, and swaps the files with one rename.

use std::path::{Path, PathBuf};
use std::time::Duration;

use withus_db::sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};

use super::check::{self, Summary};
use super::files;
use super::{BackupError, io_error, refused};

/// The file an `sqlite:` address names.
pub fn database_path(url: &str) -> Result<PathBuf, BackupError> {
    let path = withus_db::connect::sqlite_file(url).ok_or_else(|| {
        refused("An in-memory database has nothing on disk to back up or restore")
    })?;
    Ok(PathBuf::from(path))
}

fn text_of(path: &Path) -> Result<&str, BackupError> {
    path.to_str().ok_or_else(|| {
        refused(format!(
            "{} is not a path Withus can hand to SQLite (it is not UTF-8)",
            path.display()
        ))
    })
}

/// Copies the live database to `dest` inside one read transaction: a consistent snapshot,
/// while the server goes on reading and writing (in WAL mode writers carry on past a reader).
pub async fn copy_online(url: &str, dest: &Path) -> Result<(), BackupError> {
    let path = database_path(url)?;
    if !path.is_file() {
        return Err(refused(format!(
            "There is no database at {} to back up",
            path.display()
        )));
    }
    let dest = text_of(dest)?.replace('\'', "''");
    let db = withus_db::connect(url).await?;
    let copied = db
        .execute_unprepared(&format!("VACUUM INTO '{dest}'"))
        .await;
    db.close().await?;
    copied?;
    Ok(())
}

/// Checks a copy made for restoring: SQLite's integrity check, then what both databases
/// check. Leaves it as one file (its write-ahead log folded in), ready to be renamed.
pub async fn check_copy(path: &Path, what: &str) -> Result<Summary, BackupError> {
    let db = withus_db::connect(&format!("sqlite://{}", text_of(path)?))
        .await
        .map_err(|e| refused(format!("{what} is not a database SQLite can open: {e}")))?;
    let checked = async {
        check::integrity(&db, what).await?;
        let summary = check::contents(&db, what).await?;
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await?;
        Ok::<_, BackupError>(summary)
    }
    .await;
    db.close().await?;
    checked
}

/// One connection holding SQLite's exclusive lock on `path`, or why it could not have it.
/// A running Withus keeps connections open, and any open connection stops this, so it
/// tells a database in use from one that is not; holding it also stops a server starting
/// on the old file while it is replaced.
async fn exclusive(path: &Path) -> Result<Result<DatabaseConnection, String>, BackupError> {
    let mut options = ConnectOptions::new(format!("sqlite://{}?mode=rw", text_of(path)?));
    options
        .max_connections(1)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    options.map_sqlx_sqlite_opts(|o| {
        o.busy_timeout(Duration::from_millis(500))
            .pragma("locking_mode", "EXCLUSIVE")
    });
    let db = match Database::connect(options).await {
        Ok(db) => db,
        Err(e) => return Ok(Err(e.to_string())),
    };
    // One call, so BEGIN and COMMIT run on the same connection; in exclusive locking mode
    // the lock stays after the COMMIT, until the connection closes.
    match db.execute_unprepared("BEGIN EXCLUSIVE; COMMIT").await {
        Ok(_) => Ok(Ok(db)),
        Err(e) => {
            let _ = db.close().await;
            Ok(Err(e.to_string()))
        }
    }
}

/// Puts the checked copy at `restoring` in the place of the database at `target`.
pub async fn replace(target: &Path, restoring: &Path, force: bool) -> Result<(), BackupError> {
    let has_file = target.metadata().map(|m| m.len() > 0).unwrap_or(false);
    if has_file {
        match exclusive(target).await? {
            Ok(db) => {
                let held = check::organisations(&db).await;
                let refusal = match held {
                    Ok(0) => None,
                    Ok(n) => Some(format!(
                        "The database at {} holds {n} organisations. Restoring replaces \
                         everything in it: add --force to do that.",
                        target.display()
                    )),
                    Err(e) => Some(format!(
                        "{} is not a Withus database this can read ({e}). Add --force to \
                         replace it anyway.",
                        target.display()
                    )),
                };
                if let (Some(refusal), false) = (refusal, force) {
                    let _ = db.close().await;
                    return Err(refused(refusal));
                }
                // Folds the old write-ahead log in, so removing it below loses nothing.
                db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                    .await?;
                db.close().await?;
            }
            Err(why) if !force => {
                return Err(refused(format!(
                    "The database at {} is in use: stop the Withus server that uses it, \
                     then restore again ({why}). Add --force only if you are sure nothing \
                     is using it.",
                    target.display()
                )));
            }
            Err(_) => {}
        }
    }
    // A log or journal left beside the old file would be replayed into the restored one.
    for suffix in ["-wal", "-shm", "-journal"] {
        let companion = files::with_suffix(target, suffix);
        if companion.exists() {
            std::fs::remove_file(&companion).map_err(io_error(format!(
                "could not remove {}",
                companion.display()
            )))?;
        }
    }
    std::fs::rename(restoring, target).map_err(io_error(format!(
        "could not rename {} to {}",
        restoring.display(),
        target.display()
    )))?;
    files::sync_folder_of(target)
}
