//! Encrypted backups: ChaCha20-Poly1305 (ring, already built for TLS) over the file in 1 MiB
//! chunks, so a backup of any size is sealed without holding it in memory.
//!
//! File: a 36-byte header, then the chunks. Header: `WITHUSBK`, format 1, the chunk size (u32,
//! big-endian), a random 16-byte salt and a random 7-byte nonce prefix. Each file gets its own
//! key, HKDF-SHA256 of the configured key and the salt, so nonces never repeat across files.
//! Chunk `i` is sealed with the nonce `prefix ‖ i (u32) ‖ last (0 or 1)` and the whole header as
//! associated data: reordering, dropping or cutting off chunks, or changing the header, makes
//! opening fail. The last chunk is always shorter than a full one (empty when the file is an
//! exact number of chunks), which is how a reader knows it has the end.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::Path;

use base64::Engine;
use ring::aead::{self, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::hkdf;

use super::files;
use super::{BackupError, io_error, refused};
use crate::config::Secret;

const MAGIC: &[u8; 8] = b"WITHUSBK";
const FORMAT: u8 = 1;
const CHUNK: usize = 1 << 20;
const TAG: usize = 16;
const SALT: usize = 16;
const PREFIX: usize = 7;
const HEADER: usize = MAGIC.len() + 1 + 4 + SALT + PREFIX;
const INFO: &[u8] = b"withus backup 1";

/// The 32 bytes of `backup_key`.
pub struct Key([u8; 32]);

impl Key {
    /// Reads `backup_key`: 64 hex digits, or base64 of 32 bytes.
    pub fn from_config(secret: Option<&Secret>) -> Result<Key, BackupError> {
        let Some(text) = secret.map(Secret::expose) else {
            return Err(refused(
                "Set backup_key in the configuration file, or WITHUS_BACKUP_KEY, to the key \
                 for encrypted backups (32 bytes: 64 hex digits, or base64). \
                 Make one with: openssl rand -hex 32",
            ));
        };
        decode(text.trim()).map(Key).ok_or_else(|| {
            refused("backup_key must be 32 bytes, written as 64 hex digits or as base64")
        })
    }

    /// This file's own key, from its salt.
    fn for_file(&self, salt: &[u8]) -> Result<LessSafeKey, BackupError> {
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(&self.0);
        let info = [INFO];
        let okm = prk
            .expand(&info, &aead::CHACHA20_POLY1305)
            .map_err(|_| refused("could not derive the backup's key"))?;
        Ok(LessSafeKey::new(UnboundKey::from(okm)))
    }
}

fn decode(text: &str) -> Option<[u8; 32]> {
    let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        hex::decode(text).ok()?
    } else {
        use base64::engine::general_purpose::{
            STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD,
        };
        [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
            .iter()
            .find_map(|engine| engine.decode(text).ok())?
    };
    bytes.try_into().ok()
}

/// What a file holds, from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Encrypted,
    Sqlite,
    PgDump,
    Other,
}

pub fn sniff(path: &Path) -> Result<Kind, BackupError> {
    let mut file =
        File::open(path).map_err(io_error(format!("could not open {}", path.display())))?;
    let mut start = [0u8; 16];
    let n = fill(&mut file, &mut start)
        .map_err(io_error(format!("could not read {}", path.display())))?;
    let start = &start[..n];
    Ok(if start.starts_with(MAGIC) {
        Kind::Encrypted
    } else if start.starts_with(b"SQLite format 3\0") {
        Kind::Sqlite
    } else if start.starts_with(b"PGDMP") {
        Kind::PgDump
    } else {
        Kind::Other
    })
}

/// Reads until `buf` is full or the file ends; how many bytes it read.
fn fill(input: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

fn nonce(prefix: &[u8], counter: u32, last: bool) -> Nonce {
    let mut bytes = [0u8; 12];
    bytes[..PREFIX].copy_from_slice(prefix);
    bytes[PREFIX..PREFIX + 4].copy_from_slice(&counter.to_be_bytes());
    bytes[11] = u8::from(last);
    Nonce::assume_unique_for_key(bytes)
}

/// Seals `src` into a new file at `dst`, synced to disk.
pub fn encrypt_file(src: &Path, dst: &Path, key: &Key) -> Result<(), BackupError> {
    let mut input =
        File::open(src).map_err(io_error(format!("could not read {}", src.display())))?;
    encrypt(&mut input, &src.display().to_string(), dst, key)
}

/// Seals everything `input` gives (`what` names it in errors) into a new file at `dst`,
/// readable only by its owner, synced to disk.
pub fn encrypt(
    input: &mut impl Read,
    what: &str,
    dst: &Path,
    key: &Key,
) -> Result<(), BackupError> {
    let reading = |e: std::io::Error| io_error(format!("could not read {what}"))(e);
    let writing = |e: std::io::Error| io_error(format!("could not write {}", dst.display()))(e);
    let mut output = BufWriter::new(files::create_private(dst)?);

    let salt: [u8; SALT] = rand::random();
    let prefix: [u8; PREFIX] = rand::random();
    let mut header = Vec::with_capacity(HEADER);
    header.extend_from_slice(MAGIC);
    header.push(FORMAT);
    header.extend_from_slice(&(CHUNK as u32).to_be_bytes());
    header.extend_from_slice(&salt);
    header.extend_from_slice(&prefix);
    output.write_all(&header).map_err(writing)?;

    let sealing = key.for_file(&salt)?;
    let mut buf = vec![0u8; CHUNK];
    let mut chunk = Vec::with_capacity(CHUNK + TAG);
    let mut counter: u32 = 0;
    loop {
        let n = fill(input, &mut buf).map_err(reading)?;
        let last = n < CHUNK;
        chunk.clear();
        chunk.extend_from_slice(&buf[..n]);
        sealing
            .seal_in_place_append_tag(
                nonce(&prefix, counter, last),
                Aad::from(&header[..]),
                &mut chunk,
            )
            .map_err(|_| refused("could not encrypt the backup"))?;
        output.write_all(&chunk).map_err(writing)?;
        if last {
            break;
        }
        counter = counter
            .checked_add(1)
            .ok_or_else(|| refused("the database is too large to encrypt in this format"))?;
    }
    let file = output.into_inner().map_err(|e| writing(e.into_error()))?;
    file.sync_all().map_err(writing)
}

/// Opens `src` (made by `encrypt_file`) into a new file at `dst`, synced to disk. Fails,
/// leaving `dst` to the caller to remove, when the key is wrong or the file was changed.
pub fn decrypt_file(src: &Path, dst: &Path, key: &Key) -> Result<(), BackupError> {
    let reading = |e: std::io::Error| io_error(format!("could not read {}", src.display()))(e);
    let writing = |e: std::io::Error| io_error(format!("could not write {}", dst.display()))(e);
    let damaged = || {
        refused(format!(
            "{} is damaged or cut short: it cannot be decrypted",
            src.display()
        ))
    };
    let mut input = File::open(src).map_err(reading)?;
    let mut header = [0u8; HEADER];
    if fill(&mut input, &mut header).map_err(reading)? < HEADER || !header.starts_with(MAGIC) {
        return Err(damaged());
    }
    if header[MAGIC.len()] != FORMAT {
        return Err(refused(format!(
            "{} was encrypted by a newer Withus (format {}): restore it with that version",
            src.display(),
            header[MAGIC.len()]
        )));
    }
    let at = MAGIC.len() + 1;
    let chunk_size =
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]) as usize;
    if chunk_size == 0 || chunk_size > 64 * CHUNK {
        return Err(damaged());
    }
    let salt = &header[at + 4..at + 4 + SALT];
    let prefix = &header[at + 4 + SALT..HEADER];
    let opening = key.for_file(salt)?;

    let mut output = BufWriter::new(files::create_private(dst)?);
    let mut buf = vec![0u8; chunk_size + TAG];
    let mut counter: u32 = 0;
    loop {
        let n = fill(&mut input, &mut buf).map_err(reading)?;
        if n < TAG {
            return Err(damaged());
        }
        let last = n < chunk_size + TAG;
        let plain = opening
            .open_in_place(
                nonce(prefix, counter, last),
                Aad::from(&header[..]),
                &mut buf[..n],
            )
            .map_err(|_| {
                if counter == 0 {
                    refused(format!(
                        "{} could not be decrypted: backup_key is not the key it was made \
                         with, or the file was changed",
                        src.display()
                    ))
                } else {
                    damaged()
                }
            })?;
        output.write_all(plain).map_err(writing)?;
        if last {
            break;
        }
        counter = counter.checked_add(1).ok_or_else(damaged)?;
    }
    // Anything after the last chunk was added by someone else.
    let mut extra = [0u8; 1];
    if fill(&mut input, &mut extra).map_err(reading)? > 0 {
        return Err(damaged());
    }
    let file = output.into_inner().map_err(|e| writing(e.into_error()))?;
    file.sync_all().map_err(writing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Key {
        Key::from_config(Some(&Secret::from("00".repeat(31) + "2a"))).unwrap()
    }

    fn round_trip(len: usize) {
        let dir = std::env::temp_dir().join(format!("withus-crypt-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let plain: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
        std::fs::write(dir.join("plain"), &plain).unwrap();
        encrypt_file(&dir.join("plain"), &dir.join("sealed"), &key()).unwrap();
        assert_eq!(sniff(&dir.join("sealed")).unwrap(), Kind::Encrypted);
        decrypt_file(&dir.join("sealed"), &dir.join("opened"), &key()).unwrap();
        assert_eq!(std::fs::read(dir.join("opened")).unwrap(), plain);

        // A changed byte, a cut-off end and another key are all refused.
        let sealed = std::fs::read(dir.join("sealed")).unwrap();
        let mut changed = sealed.clone();
        let last = changed.len() - 1;
        changed[last] ^= 1;
        std::fs::write(dir.join("changed"), &changed).unwrap();
        assert!(decrypt_file(&dir.join("changed"), &dir.join("x"), &key()).is_err());
        std::fs::write(dir.join("cut"), &sealed[..sealed.len() - TAG - 1]).unwrap();
        assert!(decrypt_file(&dir.join("cut"), &dir.join("x"), &key()).is_err());
        let other = Key::from_config(Some(&Secret::from("11".repeat(32)))).unwrap();
        assert!(decrypt_file(&dir.join("sealed"), &dir.join("x"), &other).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_of_every_shape_come_back_the_same() {
        for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK] {
            round_trip(len);
        }
    }

    #[test]
    fn a_whole_chunk_dropped_from_the_end_is_refused() {
        let dir = std::env::temp_dir().join(format!("withus-crypt-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("plain"), vec![5u8; 2 * CHUNK + 10]).unwrap();
        encrypt_file(&dir.join("plain"), &dir.join("sealed"), &key()).unwrap();
        let sealed = std::fs::read(dir.join("sealed")).unwrap();
        std::fs::write(dir.join("cut"), &sealed[..HEADER + 2 * (CHUNK + TAG)]).unwrap();
        assert!(decrypt_file(&dir.join("cut"), &dir.join("x"), &key()).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn keys_are_read_as_hex_or_base64() {
        let hex = "ab".repeat(32);
        let b64 = base64::engine::general_purpose::STANDARD.encode([0xabu8; 32]);
        assert_eq!(decode(&hex), Some([0xab; 32]));
        assert_eq!(decode(&b64), Some([0xab; 32]));
        assert_eq!(decode("too short"), None);
        assert_eq!(decode(&"ab".repeat(31)), None);
        assert!(Key::from_config(None).is_err());
        assert_eq!(format!("{:?}", Secret::from(hex)), "Secret(…)");
    }
}
