//! Meeting papers: each uploaded (or typed) in one or more formats, checked for plain
//! language where the words can be read, sent when ready, and downloaded by the people
//! expected in the format they asked for.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use withus_db::entities::meeting_paper;

use super::views::papers::{FORMATS, Typed};
use super::{load, queries, send, views};
use crate::AppState;
use crate::kit::error::{AppError, AppResult, html_status};
use crate::kit::forms::Errors;
use crate::kit::forms::parse_id;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

pub const MAX_BYTES: usize = 10 * 1024 * 1024;

struct Upload {
    title: String,
    format: String,
    filename: String,
    content_type: String,
    data: Vec<u8>,
    text: String,
}

async fn read_upload(mut multipart: Multipart) -> AppResult<Upload> {
    let mut upload = Upload {
        title: String::new(),
        format: String::new(),
        filename: String::new(),
        content_type: String::new(),
        data: Vec::new(),
        text: String::new(),
    };
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(AppError::BadRequest(e.to_string())),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            upload.filename = field.file_name().unwrap_or_default().to_owned();
            upload.content_type = field
                .content_type()
                .unwrap_or("application/octet-stream")
                .to_owned();
            upload.data = field
                .bytes()
                .await
                .map_err(|e| AppError::BadRequest(e.to_string()))?
                .to_vec();
        } else {
            let value = field
                .text()
                .await
                .map_err(|e| AppError::BadRequest(e.to_string()))?;
            crate::kit::forms::refuse_what_no_field_keeps(&[(name.clone(), value.clone())], None)?;
            match name.as_str() {
                "title" => upload.title = value.trim().to_owned(),
                "format" => upload.format = value.trim().to_owned(),
                "text" => upload.text = value.trim().to_owned(),
                _ => {}
            }
        }
    }
    Ok(upload)
}

fn slug(title: &str) -> String {
    let s: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

pub async fn upload(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    // Whose meeting it is comes first: another organisation's id is "not found" whatever
    // was sent.
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let multipart = multipart.map_err(|e| AppError::BadRequest(e.to_string()))?;
    let mut u = read_upload(multipart).await?;
    let mut errors = Errors::default();
    if u.title.is_empty() {
        errors.add("paper-title", t("paper-error-title"));
    }
    if !FORMATS.iter().any(|(f, _)| *f == u.format) {
        u.format = "standard".into();
    }
    if u.data.is_empty() && u.filename.is_empty() && !u.text.is_empty() {
        // Typed papers are kept as Markdown files, so everyone downloads the same thing.
        u.filename = format!("{}.md", slug(&u.title));
        u.content_type = "text/markdown; charset=utf-8".into();
        u.data = u.text.clone().into_bytes();
    }
    if u.data.is_empty() {
        errors.add("file", t("paper-error-file"));
    }
    if u.data.len() > MAX_BYTES {
        errors.add("file", t("paper-error-size"));
    }
    if !errors.is_empty() {
        let typed = Typed {
            title: u.title,
            format: u.format,
            text: u.text,
        };
        let summary = errors.summary();
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::meeting_page_with(
                &tenant,
                page,
                &loaded,
                summary,
                Some(views::Kept::Paper(&typed, &errors)),
            )
            .await?,
        );
    }
    let paper = queries::NewPaper {
        title: &u.title,
        format: &u.format,
        filename: &u.filename,
        content_type: &u.content_type,
        data: u.data,
        sent_at: None,
    };
    queries::insert_paper(&tenant.scope, m.id, paper).await?;
    tenant
        .audit("added paper", "meeting", Some(m.id), Some(&u.title))
        .await?;
    Ok(Redirect::to(&format!("/meetings/{}#papers", m.id)).into_response())
}

pub fn file_response(p: &meeting_paper::Model) -> Response {
    let safe: String = p
        .filename
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    (
        [
            (header::CONTENT_TYPE, p.content_type.clone()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            ),
        ],
        p.data.clone(),
    )
        .into_response()
}

pub async fn download(
    tenant: Tenant,
    Path((id, paper_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let paper = queries::paper(&tenant.scope, loaded.meeting.id, parse_id(&paper_id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(file_response(&paper))
}

/// Marks every paper not yet sent as sent now, and tells the people expected.
pub async fn send_all(
    State(state): State<AppState>,
    tenant: Tenant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    if queries::mark_papers_sent(&tenant.scope, m.id).await? > 0 {
        let written = send::papers_ready(&state, &tenant, &loaded).await?;
        tenant
            .audit(
                "sent papers",
                "meeting",
                Some(m.id),
                Some(&written.to_string()),
            )
            .await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}#papers", m.id)).into_response())
}
