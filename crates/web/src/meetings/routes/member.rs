//! An involved person's own meetings: when and where, the agenda (and a way to add to it while
//! it is open), papers in the format they asked for, and the notes once shared. Nothing here
//! shows anyone else's needs or the checks.

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;

use super::agenda;
use crate::kit::components::NotificationBanner;
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::queries::{self, Loaded};
use crate::meetings::views::member::{mine_page, paper_page, show_page};
use crate::meetings::views::papers::as_file;
use crate::people;

async fn me(tenant: &Tenant) -> AppResult<Uuid> {
    people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The meeting if this person is expected at it and has been invited.
async fn mine(tenant: &Tenant, id: &str) -> AppResult<(Loaded, Uuid)> {
    let person = me(tenant).await?;
    let loaded = queries::load(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let expected = queries::expects(&tenant.scope, loaded.meeting.id, person).await?;
    if !expected || loaded.meeting.invited_at.is_none() {
        return Err(AppError::NotFound);
    }
    Ok((loaded, person))
}

pub async fn list(tenant: Tenant, page: Page) -> AppResult<Response> {
    let person = me(&tenant).await?;
    let meetings = queries::invited_to(&tenant.scope, person).await?;
    html(mine_page(page, &meetings))
}

/// What the person just did, after a redirect.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    proposed: Option<String>,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let (loaded, person) = mine(&tenant, &id).await?;
    let mut shown = show_page(&tenant, page, &loaded, person, None, &Errors::default()).await?;
    if done.proposed.as_deref() == Some("yes") {
        shown.banner = Some(NotificationBanner::success(t("my-agenda-proposed")));
    }
    html(shown)
}

pub async fn propose(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let (loaded, person) = mine(&tenant, &id).await?;
    let m = &loaded.meeting;
    let open = m.cancelled_at.is_none() && m.agenda_closes_at.is_some_and(|c| c > Utc::now());
    if !open {
        return Ok(Redirect::to(&format!("/my/meetings/{}", m.id)).into_response());
    }
    let title = data.one("title");
    if title.is_empty() {
        let mut errors = Errors::default();
        errors.add("title", t("my-agenda-error"));
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            show_page(&tenant, page, &loaded, person, Some(&data), &errors).await?,
        );
    }
    let name = tenant.user.display_name.clone();
    agenda::insert(
        &tenant,
        m.id,
        &title,
        &data.one("detail"),
        &name,
        "proposed",
    )
    .await?;
    tenant
        .audit("proposed agenda item", "meeting", Some(m.id), None)
        .await?;
    Ok(Redirect::to(&format!("/my/meetings/{}?proposed=yes#agenda", m.id)).into_response())
}

pub async fn download(
    tenant: Tenant,
    page: Page,
    Path((id, paper_id)): Path<(String, String)>,
    as_pdf: bool,
) -> AppResult<Response> {
    let (loaded, _) = mine(&tenant, &id).await?;
    let paper = queries::paper(&tenant.scope, loaded.meeting.id, parse_id(&paper_id)?)
        .await?
        .filter(|p| p.sent_at.is_some())
        .ok_or(AppError::NotFound)?;
    if let Some(file) = as_file(&paper, as_pdf)? {
        return Ok(file);
    }
    let back = format!("/my/meetings/{}#papers", loaded.meeting.id);
    let pdf = format!("/my/meetings/{}/papers/{}/pdf", loaded.meeting.id, paper.id);
    html(paper_page(page, &loaded, &paper, &back, &pdf))
}
