//! `withus backup` and `withus restore` (issue 27). On SQLite the whole installation is one
//! file (uploaded receipts and papers are rows too), copied online with `VACUUM INTO`; on
//! PostgreSQL `pg_dump` and `pg_restore` do the work. Either can be sealed with `backup_key`.

mod check;
mod crypt;
mod files;
mod postgres;
mod sqlite;

use std::path::{Path, PathBuf};

use withus_db::Backend;

use crate::config::Config;
pub use crate::config::Secret;
pub use check::Summary;
use crypt::{Key, Kind};
use files::Temporary;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Said to the person running the command as it stands.
    #[error("{0}")]
    Refused(String),
    #[error("{what}: {source}")]
    Io {
        what: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Data(#[from] withus_db::DbError),
    #[error(transparent)]
    Database(#[from] withus_db::sea_orm::DbErr),
}

pub(crate) fn refused(message: impl Into<String>) -> BackupError {
    BackupError::Refused(message.into())
}

pub(crate) fn io_error(what: String) -> impl FnOnce(std::io::Error) -> BackupError {
    move |source| BackupError::Io { what, source }
}

/// What `withus backup` was asked for.
#[derive(Clone, Debug, Default)]
pub struct Request {
    pub to: Option<PathBuf>,
    pub keep: Option<usize>,
    pub encrypt: bool,
}

/// What `withus backup` made.
#[derive(Debug)]
pub struct Made {
    pub path: PathBuf,
    pub bytes: u64,
    /// Older backups removed by `--keep`.
    pub pruned: Vec<PathBuf>,
    /// Unfinished files of an interrupted backup, removed.
    pub leftovers: usize,
}

/// The folder backups go to when `--to` is not given: `backups` beside an SQLite database,
/// `./backups` for PostgreSQL.
pub fn default_folder(config: &Config) -> Result<PathBuf, BackupError> {
    Ok(match Backend::of(&config.database_url)? {
        Backend::Sqlite => {
            let db = sqlite::database_path(&config.database_url)?;
            match db.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.join("backups"),
                _ => PathBuf::from("backups"),
            }
        }
        Backend::Postgres => PathBuf::from("backups"),
    })
}

/// Makes a backup named for the time now, without stopping the server.
pub async fn backup(config: &Config, request: &Request) -> Result<Made, BackupError> {
    let backend = Backend::of(&config.database_url)?;
    let key = if request.encrypt {
        Some(Key::from_config(config.backup_key.as_ref())?)
    } else {
        None
    };
    let dir = match &request.to {
        Some(dir) => dir.clone(),
        None => default_folder(config)?,
    };
    std::fs::create_dir_all(&dir)
        .map_err(io_error(format!("could not create {}", dir.display())))?;
    let _lock = files::lock(&dir.join(".withus-backup.lock"))?;
    let leftovers = files::remove_partials(&dir)?;

    let ext = match (backend, key.is_some()) {
        (Backend::Sqlite, false) => "sqlite",
        (Backend::Sqlite, true) => "sqlite.enc",
        (Backend::Postgres, false) => "pgdump",
        (Backend::Postgres, true) => "pgdump.enc",
    };
    // Two backups in one second would share a name: the second waits for the next second.
    let final_path = loop {
        let path = dir.join(files::name(chrono::Utc::now(), ext));
        if !path.exists() {
            break path;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let partial = files::partial(&final_path);
    // Removes the unfinished file if anything below fails; after the rename nothing is there.
    let _unfinished = Temporary(partial.clone());

    match backend {
        Backend::Sqlite => {
            // An encrypted backup is first copied in the clear beside the database (never in
            // the backup folder, which may be copied elsewhere), so it is no more exposed than
            // the database itself, under a lock of its own so two backups never share it.
            let mut _db_lock = None;
            let plain = match &key {
                None => partial.clone(),
                Some(_) => {
                    let db = sqlite::database_path(&config.database_url)?;
                    _db_lock = Some(files::lock(&files::with_suffix(&db, ".backup-lock"))?);
                    files::with_suffix(&db, ".backup.partial")
                }
            };
            // Removes the clear copy once sealed, and first the one a killed backup left (ours
            // now that we hold the lock). Unsealed, the copy is the backup itself.
            let plain_copy = key.is_some().then(|| {
                drop(Temporary(plain.clone()));
                Temporary(plain.clone())
            });
            // Made empty and private first: VACUUM INTO fills an empty file and keeps its mode.
            files::create_private(&plain)?;
            sqlite::copy_online(&config.database_url, &plain).await?;
            if let Some(key) = &key {
                crypt::encrypt_file(&plain, &partial, key)?;
            }
            drop(plain_copy);
        }
        Backend::Postgres => {
            files::create_private(&partial)?;
            postgres::dump(&config.database_url, &partial, key.as_ref())?;
        }
    }
    files::finish(&partial, &final_path)?;

    let pruned = match request.keep {
        Some(keep) => files::prune(&dir, keep)?,
        None => Vec::new(),
    };
    let bytes = std::fs::metadata(&final_path)
        .map(|m| m.len())
        .map_err(io_error(format!("could not read {}", final_path.display())))?;
    Ok(Made {
        path: final_path,
        bytes,
        pruned,
        leftovers,
    })
}

/// Replaces the configured database with the backup at `file`, after checking it. Prints
/// what the backup holds before anything is replaced.
pub async fn restore(config: &Config, file: &Path, force: bool) -> Result<Summary, BackupError> {
    if !file.is_file() {
        return Err(refused(format!("There is no backup at {}", file.display())));
    }
    let what = file.display().to_string();
    let kind = crypt::sniff(file)?;
    let key = match kind {
        Kind::Encrypted => Some(Key::from_config(config.backup_key.as_ref())?),
        _ => None,
    };
    let backend = Backend::of(&config.database_url)?;
    let (wanted, wanted_words) = match backend {
        Backend::Sqlite => (Kind::Sqlite, "an SQLite"),
        Backend::Postgres => (Kind::PgDump, "a PostgreSQL (pg_dump custom format)"),
    };
    if kind != Kind::Encrypted && kind != wanted {
        return Err(wrong_kind(&what, wanted_words));
    }
    match backend {
        Backend::Sqlite => {
            let target = sqlite::database_path(&config.database_url)?;
            if let Some(parent) = target.parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent)
                    .map_err(io_error(format!("could not create {}", parent.display())))?;
            }
            // The copy sits beside the database, so the last step is a rename on one disk.
            let restoring = Temporary(files::with_suffix(&target, ".restoring"));
            drop(Temporary(restoring.0.clone()));
            open_into(file, kind, key.as_ref(), &restoring.0)?;
            files::owner_only(&restoring.0)?;
            if crypt::sniff(&restoring.0)? != wanted {
                return Err(wrong_kind(&what, wanted_words));
            }
            let summary = sqlite::check_copy(&restoring.0, &what).await?;
            println!("{what} passed its checks.\n{summary}");
            sqlite::replace(&target, &restoring.0, force).await?;
            Ok(summary)
        }
        Backend::Postgres => {
            let opened = Temporary(std::env::temp_dir().join(format!(
                "withus-restore-{}.pgdump",
                uuid::Uuid::new_v4().simple()
            )));
            let dump = match kind {
                Kind::Encrypted => {
                    open_into(file, kind, key.as_ref(), &opened.0)?;
                    files::owner_only(&opened.0)?;
                    opened.0.clone()
                }
                _ => file.to_path_buf(),
            };
            if crypt::sniff(&dump)? != wanted {
                return Err(wrong_kind(&what, wanted_words));
            }
            let summary = postgres::restore(&config.database_url, &dump, force, &what).await?;
            println!("{what} passed its checks.\n{summary}");
            Ok(summary)
        }
    }
}

/// Decrypts or copies the backup to `dest`.
fn open_into(file: &Path, kind: Kind, key: Option<&Key>, dest: &Path) -> Result<(), BackupError> {
    match (kind, key) {
        (Kind::Encrypted, Some(key)) => crypt::decrypt_file(file, dest, key),
        _ => {
            let mut output = files::create_private(dest)?;
            let copy = |output: &mut std::fs::File| -> std::io::Result<()> {
                let mut input = std::fs::File::open(file)?;
                std::io::copy(&mut input, output)?;
                output.sync_all()
            };
            copy(&mut output).map_err(io_error(format!("could not copy {}", file.display())))
        }
    }
}

fn wrong_kind(what: &str, wanted: &str) -> BackupError {
    refused(format!(
        "{what} is not {wanted} backup, which is what the configured database needs \
         (check DATABASE_URL)"
    ))
}
