//! The agenda: staff add items, the chair accepts or declines what attendees propose, and
//! sharing the agenda opens it for proposals until a closing date.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use chrono_tz::Europe::London;
use uuid::Uuid;

use super::{load, queries, views};
use crate::kit::components::ErrorSummary;
use crate::kit::dates::uk_time;
use crate::kit::error::{AppResult, html_status};
use crate::kit::forms::FormData;
use crate::kit::forms::parse_id;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

pub async fn insert(
    tenant: &Tenant,
    meeting_id: Uuid,
    title: &str,
    detail: &str,
    proposer: &str,
    status: &str,
) -> AppResult<()> {
    let position = queries::agenda(&tenant.scope, meeting_id).await?.len() as i32;
    let by = Some(tenant.user.account_id);
    queries::insert_agenda_item(
        &tenant.scope,
        meeting_id,
        title,
        detail,
        by,
        proposer,
        status,
        position,
    )
    .await?;
    Ok(())
}

pub async fn add(tenant: Tenant, Path(id): Path<String>, data: FormData) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let title = data.one("title");
    if !title.is_empty() {
        let name = tenant.user.display_name.clone();
        insert(
            &tenant,
            loaded.meeting.id,
            &title,
            &data.one("detail"),
            &name,
            "accepted",
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}#agenda", loaded.meeting.id)).into_response())
}

pub async fn decide(
    tenant: Tenant,
    Path((id, item_id)): Path<(String, String)>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let item_id = parse_id(&item_id)?;
    let status = data.one("status");
    if matches!(status.as_str(), "accepted" | "declined") {
        queries::decide_agenda_item(&tenant.scope, loaded.meeting.id, item_id, &status).await?;
        tenant
            .audit(
                "decided agenda item",
                "meeting",
                Some(loaded.meeting.id),
                Some(&status),
            )
            .await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}#agenda", loaded.meeting.id)).into_response())
}

/// Shares the agenda: attendees can propose items until the end of the closing day.
pub async fn share(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let date = crate::kit::dates::typed(
        &data.one("closes-day"),
        &data.one("closes-month"),
        &data.one("closes-year"),
    );
    let meeting_day = m.starts_at.with_timezone(&London).date_naive();
    let refused = match date {
        None => Some("agenda-error-closes"),
        Some(d) if d < crate::kit::dates::today() => Some("agenda-error-closes-past"),
        Some(d) if d > meeting_day => Some("agenda-error-closes-late"),
        Some(_) => None,
    };
    // The end of the closing day, but no later than the meeting's start.
    let closes = date
        .filter(|_| refused.is_none())
        .and_then(|d| uk_time(d, 23 * 60 + 59).ok())
        .map(|c| c.min(m.starts_at))
        .filter(|c| *c > Utc::now());
    if let Some(closes) = closes {
        queries::share_agenda(&tenant.scope, m.id, closes).await?;
        tenant
            .audit("shared agenda", "meeting", Some(m.id), None)
            .await?;
        return Ok(Redirect::to(&format!("/meetings/{}#agenda", m.id)).into_response());
    }
    // A date that passed every test but still closes before now: the meeting began today.
    let why = t(refused.unwrap_or("agenda-error-closes-past"));
    let errors = vec![("closes-day".to_owned(), why.clone())];
    let typed = [
        data.one("closes-day"),
        data.one("closes-month"),
        data.one("closes-year"),
    ];
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        views::meeting_page_with(
            &tenant,
            page,
            &loaded,
            Some(ErrorSummary::of(&errors)),
            Some(views::Kept::Closes(typed, why)),
        )
        .await?,
    )
}
