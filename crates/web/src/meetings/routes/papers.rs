//! Meeting papers: each uploaded (or typed) in one or more formats, checked for plain
//! language where the words can be read, sent when ready, and downloaded by the people
//! expected in the format they asked for.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppState;
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::forms::papers::Typed;
use crate::meetings::views::member::paper_page;
use crate::meetings::views::papers::as_file;
use crate::meetings::{forms, load, queries, send, views};

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
    let mut u = forms::papers::read(multipart).await?;
    let errors = forms::papers::check(&mut u);
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

/// An uploaded paper as the file it was; a typed one as the page the people expected read.
pub async fn download(
    tenant: Tenant,
    page: Page,
    Path((id, paper_id)): Path<(String, String)>,
    as_pdf: bool,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let paper = queries::paper(&tenant.scope, loaded.meeting.id, parse_id(&paper_id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(file) = as_file(&paper, as_pdf)? {
        return Ok(file);
    }
    let back = format!("/meetings/{}#papers", loaded.meeting.id);
    let pdf = format!("/meetings/{}/papers/{}/pdf", loaded.meeting.id, paper.id);
    html(paper_page(page, &loaded, &paper, &back, &pdf))
}

/// Marks every paper not yet sent as sent now, and tells the people expected.
pub async fn send_all(
    State(state): State<AppState>,
    tenant: Tenant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    if queries::mark_papers_sent(&tenant.scope, m.id).await? == 0 {
        return Ok(Redirect::to(&format!("/meetings/{}#papers", m.id)).into_response());
    }
    let told = send::papers_ready(&state, &tenant, &loaded).await?;
    tenant
        .audit(
            "sent papers",
            "meeting",
            Some(m.id),
            Some(&told.emailed.to_string()),
        )
        .await?;
    let done = format!("/meetings/{}?{}", m.id, told.query("papers"));
    Ok(Redirect::to(&done).into_response())
}
