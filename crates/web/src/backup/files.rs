//! Backup files on disk: their names, the lock that keeps two backups apart, leftovers of an
//! interrupted run, finishing a file so it is whole before it gets its name, and pruning.
//!
//! A backup is written as `<name>.partial` and renamed only once it is complete and synced,
//! so a backup killed half way (even with `kill -9`) never leaves a broken file under a
//! backup's name, and never touches the backups already there.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::{BackupError, io_error, refused};

pub const PREFIX: &str = "withus-";
const SUFFIXES: [&str; 4] = [".sqlite", ".sqlite.enc", ".pgdump", ".pgdump.enc"];
pub const PARTIAL: &str = ".partial";

/// `withus-YYYYMMDD-HHMMSSZ.<ext>`: names sort in the order the backups were made.
pub fn name(at: DateTime<Utc>, ext: &str) -> String {
    format!("{PREFIX}{}.{ext}", at.format("%Y%m%d-%H%M%SZ"))
}

/// Whether `name` is one of our finished backups.
pub fn is_backup(name: &str) -> bool {
    let Some(rest) = name.strip_prefix(PREFIX) else {
        return false;
    };
    // YYYYMMDD-HHMMSSZ is 16 characters.
    let (Some(stamp), Some(suffix)) = (rest.get(..16), rest.get(16..)) else {
        return false;
    };
    let shape_ok = stamp.char_indices().all(|(i, c)| match i {
        8 => c == '-',
        15 => c == 'Z',
        _ => c.is_ascii_digit(),
    });
    shape_ok && SUFFIXES.contains(&suffix)
}

/// Holds an exclusive lock on `path` (created when missing) until dropped; the operating
/// system lets go of it when the process dies, however it dies.
pub struct Lock {
    _file: File,
}

pub fn lock(path: &Path) -> Result<Lock, BackupError> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(io_error(format!("could not open {}", path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(Lock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(refused(format!(
            "Another backup is running (it holds {}). Try again when it has finished.",
            path.display()
        ))),
        Err(TryLockError::Error(e)) => {
            Err(io_error(format!("could not lock {}", path.display()))(e))
        }
    }
}

/// Removes what interrupted backups left in `dir`. Call only while holding the lock, so no
/// backup still running can own them. Answers how many it removed.
pub fn remove_partials(dir: &Path) -> Result<usize, BackupError> {
    let entries =
        std::fs::read_dir(dir).map_err(io_error(format!("could not read {}", dir.display())))?;
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(PREFIX) && name.ends_with(PARTIAL) {
            std::fs::remove_file(entry.path())
                .map_err(io_error(format!("could not remove {name}")))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// `path` with `.partial` after its name.
pub fn partial(path: &Path) -> PathBuf {
    with_suffix(path, PARTIAL)
}

pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut text = path.as_os_str().to_owned();
    text.push(suffix);
    PathBuf::from(text)
}

/// A new file (emptied if it was there) that only its owner may read, from the first byte.
pub fn create_private(path: &Path) -> Result<File, BackupError> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(path)
        .map_err(io_error(format!("could not create {}", path.display())))?;
    // An existing file keeps its old mode when opened: set it again.
    owner_only(path)?;
    Ok(file)
}

/// Only the owner may read a backup: it holds everyone's personal data.
pub fn owner_only(path: &Path) -> Result<(), BackupError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(
            io_error(format!("could not set who may read {}", path.display())),
        )?;
    }
    Ok(())
}

/// Syncs a finished file to disk, then gives it its final name, then syncs the folder so the
/// new name survives a power cut too.
pub fn finish(partial: &Path, final_path: &Path) -> Result<(), BackupError> {
    owner_only(partial)?;
    File::open(partial)
        .and_then(|f| f.sync_all())
        .map_err(io_error(format!("could not sync {}", partial.display())))?;
    std::fs::rename(partial, final_path).map_err(io_error(format!(
        "could not rename {} to {}",
        partial.display(),
        final_path.display()
    )))?;
    sync_folder_of(final_path)
}

pub fn sync_folder_of(path: &Path) -> Result<(), BackupError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    File::open(&folder)
        .and_then(|f| f.sync_all())
        .map_err(io_error(format!("could not sync {}", folder.display())))
}

/// Deletes the oldest backups in `dir` beyond the newest `keep`; answers which it deleted.
pub fn prune(dir: &Path, keep: usize) -> Result<Vec<PathBuf>, BackupError> {
    let entries =
        std::fs::read_dir(dir).map_err(io_error(format!("could not read {}", dir.display())))?;
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| is_backup(name))
        .collect();
    names.sort_unstable_by(|a, b| b.cmp(a));
    let mut removed = Vec::new();
    for name in names.into_iter().skip(keep) {
        let path = dir.join(&name);
        std::fs::remove_file(&path).map_err(io_error(format!("could not remove {name}")))?;
        removed.push(path);
    }
    Ok(removed)
}

/// Removes a file when dropped (a temporary copy), with SQLite's companions beside it.
pub struct Temporary(pub PathBuf);

impl Drop for Temporary {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(with_suffix(&self.0, suffix));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_by_time_and_only_ours_count() {
        let at = DateTime::parse_from_rfc3339("2027-03-04T05:06:07Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(name(at, "sqlite"), "withus-20270304-050607Z.sqlite");
        assert!(is_backup("withus-20270304-050607Z.sqlite"));
        assert!(is_backup("withus-20270304-050607Z.sqlite.enc"));
        assert!(is_backup("withus-20270304-050607Z.pgdump"));
        assert!(!is_backup("withus-20270304-050607Z.sqlite.partial"));
        assert!(!is_backup("withus-2027034-050607Z.sqlite"));
        assert!(!is_backup("notes.sqlite"));
        assert!(!is_backup("withus-"));
    }

    #[test]
    fn pruning_keeps_the_newest() {
        let dir = std::env::temp_dir().join(format!("withus-prune-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "withus-20270101-000000Z.sqlite",
            "withus-20270102-000000Z.sqlite.enc",
            "withus-20270103-000000Z.sqlite",
            "keep-me.txt",
        ] {
            std::fs::write(dir.join(name), b"x").unwrap();
        }
        let removed = prune(&dir, 2).unwrap();
        assert_eq!(removed, vec![dir.join("withus-20270101-000000Z.sqlite")]);
        assert!(dir.join("keep-me.txt").exists());
        assert!(dir.join("withus-20270102-000000Z.sqlite.enc").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
