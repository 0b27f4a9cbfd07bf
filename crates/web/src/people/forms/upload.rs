//! The uploaded file of an import: the file field's name and bytes, or what went wrong with
//! the upload in words.

use axum::extract::Multipart;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::http::StatusCode;

use crate::kit::i18n::t;

/// Only a body over the limit is too big; anything else (a body cut short, a missing or wrong
/// boundary) is an upload that broke on the way.
fn upload_error(error: &MultipartError) -> String {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        t("import-error-too-big")
    } else {
        t("import-error-broken")
    }
}

/// The file field's name and bytes, if the form had one.
pub async fn received(
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Option<(String, Vec<u8>)>, String> {
    let mut multipart = multipart.map_err(|_| t("import-error-broken"))?;
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(|e| upload_error(&e))? {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or("people.csv").to_owned();
        let bytes = field.bytes().await.map_err(|e| upload_error(&e))?;
        file = Some((name, bytes.to_vec()));
    }
    Ok(file)
}
