//! The import journey: upload a CSV, check which column holds what and which rows have
//! problems, then confirm. Nothing is added to the register before the confirmation; a
//! confirmed import runs as a job (`import_jobs.rs`), and one that failed or stalled can be
//! tried again.

use std::collections::BTreeMap;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use withus_db::entities::people_import;
use withus_db::import_state::{IMPORTING, QUEUED};

use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::{FormData, parse_id};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::forms::upload::received;
use crate::people::import::{self, Sheet};
use crate::people::import_columns::{FIELDS, READ_AS, WINDOWS_1252, guess_mapping};
use crate::people::import_jobs::stalled;
use crate::people::import_read::Encoding;
use crate::people::queries::{self, Upload};
use crate::people::views::import::{preview_page, progress_page, progress_text, upload_page};

pub async fn upload_form(page: Page) -> AppResult<Response> {
    html(upload_page(page, None))
}

fn refuse(page: Page, message: String) -> AppResult<Response> {
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        upload_page(page, Some(message)),
    )
}

/// Receives a spreadsheet of people and keeps the file (as UTF-8) for the preview, with a
/// guess at which column holds what. Nothing is added to the register here.
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

async fn find(tenant: &Tenant, id: &str) -> AppResult<people_import::Model> {
    let id = parse_id(id)?;
    queries::stored_import(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)
}

fn parse(stored: &people_import::Model) -> AppResult<(Sheet, BTreeMap<String, String>)> {
    let sheet = import::read(stored.content.as_bytes()).map_err(AppError::Internal)?;
    let mapping = serde_json::from_str(&stored.mapping).unwrap_or_default();
    Ok((sheet, mapping))
}

async fn load(
    tenant: &Tenant,
    id: &str,
) -> AppResult<(people_import::Model, Sheet, BTreeMap<String, String>)> {
    let stored = find(tenant, id).await?;
    let (sheet, mapping) = parse(&stored)?;
    Ok((stored, sheet, mapping))
}

pub async fn preview(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let stored = find(&tenant, &id).await?;
    if let Some(text) = progress_text(&stored) {
        return html(progress_page(page, &stored, text));
    }
    let (sheet, mapping) = parse(&stored)?;
    let existing = queries::existing_keys(&tenant.scope).await?;
    let preview = import::check(&sheet, &mapping, &existing);
    html(preview_page(page, &stored, &sheet, &mapping, &preview))
}

/// For the page's script: where the import has got to, and whether to reload.
pub async fn progress(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let stored = find(&tenant, &id).await?;
    let text = progress_text(&stored).unwrap_or_default();
    // A stalled import is finished for the script too: the page reloads to offer "Try again".
    let finished = !matches!(stored.status.as_str(), QUEUED | IMPORTING) || stalled(&stored);
    Ok(axum::Json(serde_json::json!({ "text": text, "finished": finished })).into_response())
}

pub async fn set_columns(
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let (stored, sheet, before) = load(&tenant, &id).await?;
    let mut mapping: BTreeMap<String, String> = FIELDS
        .iter()
        .filter_map(|(field, _, _)| {
            let header = data.one(&format!("column_{field}"));
            (!header.is_empty() && sheet.headers.contains(&header))
                .then(|| ((*field).to_owned(), header))
        })
        .collect();
    if let Some(read_as) = before.get(READ_AS) {
        mapping.insert(READ_AS.to_owned(), read_as.clone());
    }
    let mapping = serde_json::to_string(&mapping).map_err(|e| AppError::Internal(e.to_string()))?;
    queries::set_import_columns(&tenant.scope, stored.id, mapping).await?;
    Ok(Redirect::to(&format!("/people/import/{}", stored.id)).into_response())
}

pub async fn confirm(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let (stored, sheet, mapping) = load(&tenant, &id).await?;
    let existing = queries::existing_keys(&tenant.scope).await?;
    let count = import::check(&sheet, &mapping, &existing).good.len();
    let queued = queries::queue_import(&tenant.scope, stored.id, count).await?;
    if queued && count > 0 {
        let detail = format!("{count} people from {}", stored.file_name);
        tenant
            .audit("confirmed import", "people", None, Some(&detail))
            .await?;
    }
    Ok(Redirect::to(&format!("/people/import/{}", stored.id)).into_response())
}

/// "Try again" on an import's status page: an import that failed, or whose server stopped
/// renewing its lease (killed, or cut off from the database), goes back in the queue for the
/// next worker. Nothing of a stopped import was added, so trying again adds each person once.
/// An import that is waiting, done, or running with a live lease is left as it is.
pub async fn retry(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let stored = queries::stored_import(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The update checks again, so two clicks, or a worker taking it over meanwhile, queue it once.
    if queries::can_retry(&stored, Utc::now())
        && queries::retry_import(&tenant.scope, stored.id, Utc::now()).await?
    {
        let detail = format!("{} ({})", stored.file_name, stored.status);
        tenant
            .audit("retried import", "people", None, Some(&detail))
            .await?;
    }
    Ok(Redirect::to(&format!("/people/import/{}", stored.id)).into_response())
}
