//! PostgreSQL: `pg_dump --format=custom` for a backup (one consistent snapshot while servers
//! run), `pg_restore` in one transaction for restoring, then the same checks as SQLite. The
//! programs run to completion while the command waits: this is the CLI, nothing else runs.

use std::path::Path;
use std::process::{Command, Stdio};

use withus_db::sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, Statement,
};

use super::check::{self, Summary};
use super::crypt::{self, Key};
use super::{BackupError, io_error, refused};

/// Where the README explains the other ways to back up PostgreSQL.
const README: &str = "see \"Backups and restoring\" in the README (pg_dump and pg_restore, \
                      or a base backup with WAL archiving)";

/// A libpq program for the database at `url`. The password goes in PGPASSWORD, not on the
/// command line, where anyone on the machine could read it.
fn command(program: &str, url: &str) -> Result<Command, BackupError> {
    let mut parsed = url::Url::parse(url)
        .map_err(|e| refused(format!("The database address is not valid: {e}")))?;
    let mut command = Command::new(program);
    command.stdin(Stdio::null()).arg("--no-password");
    if let Some(password) = parsed.password().map(percent_decode) {
        command.env("PGPASSWORD", password);
        let _ = parsed.set_password(None);
    }
    command.arg("--dbname").arg(parsed.as_str());
    Ok(command)
}

fn not_started(program: &str, e: std::io::Error) -> BackupError {
    if e.kind() == std::io::ErrorKind::NotFound {
        refused(format!(
            "{program} is not installed here (it is not on PATH). Install PostgreSQL's \
             client programs (Debian: postgresql-client), or {README}."
        ))
    } else {
        io_error(format!("could not run {program}"))(e)
    }
}

fn run(mut command: Command, program: &str) -> Result<(), BackupError> {
    let output = command.output().map_err(|e| not_started(program, e))?;
    if !output.status.success() {
        return Err(refused(format!(
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(())
}

/// Writes a custom-format dump of the database to `dest`; with a key, pg_dump's output is
/// sealed as it arrives, so no unencrypted copy touches the disk.
pub fn dump(url: &str, dest: &Path, key: Option<&Key>) -> Result<(), BackupError> {
    let mut command = command("pg_dump", url)?;
    command.arg("--format=custom");
    let Some(key) = key else {
        command.arg("--file").arg(dest);
        return run(command, "pg_dump");
    };
    // Its messages go straight to the terminal: read from a pipe they could fill it and stall.
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| not_started("pg_dump", e))?;
    let sealed = match child.stdout.take() {
        Some(mut output) => crypt::encrypt(&mut output, "pg_dump's output", dest, key),
        None => Err(refused("could not read pg_dump's output")),
    };
    let status = child
        .wait()
        .map_err(io_error("could not wait for pg_dump".to_owned()))?;
    sealed?;
    if !status.success() {
        return Err(refused("pg_dump failed (its message is above)"));
    }
    Ok(())
}

async fn single(url: &str) -> Result<DatabaseConnection, BackupError> {
    let mut options = ConnectOptions::new(url);
    options.max_connections(1).sqlx_logging(false);
    Ok(Database::connect(options).await?)
}

/// Connections to this database other than ours: a running Withus keeps some open.
async fn others_connected(db: &DatabaseConnection) -> Result<i64, BackupError> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() \
             AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        ))
        .await?;
    Ok(match row {
        Some(row) => row.try_get::<i64>("", "n")?,
        None => 0,
    })
}

/// Restores the dump at `dump` into the configured database, then checks what it holds.
/// pg_restore runs in one transaction: if it fails, the database is as it was.
pub async fn restore(
    url: &str,
    dump: &Path,
    force: bool,
    what: &str,
) -> Result<Summary, BackupError> {
    let db = single(url).await?;
    let others = others_connected(&db).await;
    let held = check::organisations(&db).await;
    db.close().await?;
    let (others, held) = (others?, held?);
    if others > 0 && !force {
        return Err(refused(format!(
            "The database is in use ({others} other connections): stop every Withus server \
             that uses it, then restore again. Add --force only if you are sure."
        )));
    }
    if held > 0 && !force {
        return Err(refused(format!(
            "The database holds {held} organisations. Restoring replaces everything in it: \
             add --force to do that, or restore into a new empty database (createdb) and \
             point DATABASE_URL at it."
        )));
    }
    let mut command = command("pg_restore", url)?;
    command
        .args([
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
        ])
        .arg(dump);
    run(command, "pg_restore")?;

    let db = single(url).await?;
    let checked = check::contents(&db, what).await;
    db.close().await?;
    checked.map_err(|e| {
        refused(format!(
            "{e}\npg_restore has already put the backup's data in the database: restore a \
             backup this Withus can read, or run the Withus that made it."
        ))
    })
}

/// `%40` back to `@`: URL passwords are percent-encoded, PGPASSWORD is not.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
            .then(|| std::str::from_utf8(&bytes[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn passwords_are_decoded() {
        assert_eq!(percent_decode("p%40ss%2Fw%20rd"), "p@ss/w rd");
        assert_eq!(percent_decode("plain%"), "plain%");
        assert_eq!(percent_decode("100%zz"), "100%zz");
    }
}
