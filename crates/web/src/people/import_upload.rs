//! Receiving a spreadsheet of people: the upload itself, what went wrong with it in words, and
//! the file kept (as UTF-8) for the preview. Nothing is added to the register here.

use askama::Template;
use axum::extract::Multipart;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::import;
use super::import_columns::guess_mapping;
use super::import_read::Encoding;
use super::queries::{self, Upload};
use crate::kit::components::{ErrorMessage, ErrorSummary};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

#[derive(Template)]
#[template(path = "people/import.html")]
struct UploadPage {
    page: Page,
    errors: Option<ErrorSummary>,
    error: Option<String>,
}

fn upload_page(page: Page, error: Option<String>) -> UploadPage {
    UploadPage {
        page: page.titled(t("import-title")),
        errors: error
            .as_ref()
            .map(|e| ErrorSummary::of(&[("file".to_owned(), e.clone())])),
        error: error.map(|e| ErrorMessage::text(e).render_with_id("file-error")),
    }
}

pub async fn upload_form(page: Page) -> AppResult<Response> {
    html(upload_page(page, None))
}

/// Kept beside the columns in the stored mapping: the stored text is UTF-8, so it alone cannot
/// say that the upload had to be read as Windows-1252, which the preview must keep saying.
pub const READ_AS: &str = "read_as";
pub const WINDOWS_1252: &str = "windows-1252";

fn refuse(page: Page, message: String) -> AppResult<Response> {
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        upload_page(page, Some(message)),
    )
}

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
async fn received(
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

pub async fn upload(
    tenant: Tenant,
    page: Page,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let file = match received(multipart).await {
        Ok(file) => file,
        Err(message) => return refuse(page, message),
    };
    let Some((name, bytes)) = file.filter(|(name, bytes)| !(name.is_empty() && bytes.is_empty()))
    else {
        return refuse(page, t("import-error-missing"));
    };
    let upload = match import::read_upload(&bytes) {
        Ok(upload) => upload,
        Err(message) => return refuse(page, message),
    };
    let mut mapping = guess_mapping(&upload.sheet.headers);
    if upload.encoding == Encoding::Windows1252 {
        mapping.insert(READ_AS.to_owned(), WINDOWS_1252.to_owned());
    }
    let kept = Upload {
        file_name: name,
        content: upload.text,
        mapping: serde_json::to_string(&mapping).map_err(|e| AppError::Internal(e.to_string()))?,
        by: tenant.user.account_id,
    };
    let id = queries::keep_upload(&tenant.scope, kept).await?;
    Ok(Redirect::to(&format!("/people/import/{id}")).into_response())
}
