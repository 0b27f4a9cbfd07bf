//! Receipts sent with a claim: read from the form, known by their first bytes (never by what
//! the browser says), and checked against the limits.

use axum::extract::Multipart;

use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::payments::queries::NewReceipt;

pub const MAX_RECEIPT_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_RECEIPTS: usize = 5;
/// The largest body a claim form can send: its receipts and the typed fields.
pub const MAX_BODY: usize = MAX_RECEIPTS * MAX_RECEIPT_BYTES + 64 * 1024;

/// A file sent with a form.
pub struct Upload {
    pub filename: String,
    pub data: Vec<u8>,
}

/// Reads a multipart form: its fields, as a plain form would give them, and its files.
pub async fn read(mut multipart: Multipart) -> AppResult<(FormData, Vec<Upload>)> {
    let bad = |e: axum::extract::multipart::MultipartError| AppError::BadRequest(e.to_string());
    let mut fields = Vec::new();
    let mut files = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or_default().to_owned();
        match field.file_name().map(str::to_owned) {
            Some(filename) => {
                let data = field.bytes().await.map_err(bad)?.to_vec();
                if !data.is_empty() {
                    files.push(Upload { filename, data });
                }
            }
            None => fields.push((name, field.text().await.map_err(bad)?)),
        }
    }
    crate::kit::forms::refuse_what_no_field_keeps(&fields, None)?;
    Ok((FormData(fields), files))
}

/// What a receipt really is, from its first bytes; whatever the browser said is ignored.
pub fn receipt_type(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if data.len() > 12 && &data[..4] == b"RIFF" && &data[8..12] == b"WEBP" {
        Some("image/webp")
    } else if data.len() > 12 && matches!(&data[4..12], b"ftypheic" | b"ftypheix" | b"ftypmif1") {
        Some("image/heic")
    } else {
        None
    }
}

/// Checks the receipts; on success, the receipts ready to record.
pub fn checked_receipts(files: Vec<Upload>, errors: &mut Errors) -> Vec<NewReceipt> {
    if files.len() > MAX_RECEIPTS {
        errors.add("receipts", t("claim-error-receipts-many"));
        return vec![];
    }
    let mut rows = Vec::new();
    for f in files {
        let Some(content_type) = receipt_type(&f.data) else {
            errors.add(
                "receipts",
                t_args("claim-error-receipt-type", &[("file", &f.filename)]),
            );
            continue;
        };
        if f.data.len() > MAX_RECEIPT_BYTES {
            errors.add(
                "receipts",
                t_args("claim-error-receipt-size", &[("file", &f.filename)]),
            );
            continue;
        }
        rows.push(NewReceipt {
            filename: f.filename,
            content_type,
            data: f.data,
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::receipt_type;

    #[test]
    fn receipts_are_known_by_their_first_bytes() {
        assert_eq!(receipt_type(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(receipt_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(receipt_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(receipt_type(b"<html><script>"), None);
        assert_eq!(receipt_type(b"MZ\x90\x00"), None);
    }
}
