//! The agenda: staff add items, the chair accepts or declines what attendees propose, and
//! sharing the agenda opens it for proposals until a closing date.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use crate::kit::components::ErrorSummary;
use crate::kit::error::{AppResult, html_status};
use crate::kit::forms::FormData;
use crate::kit::forms::parse_id;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::{forms, load, queries, views};

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
    let why = match forms::agenda::closes(&data, m) {
        Ok(closes) => {
            queries::share_agenda(&tenant.scope, m.id, closes).await?;
            tenant
                .audit("shared agenda", "meeting", Some(m.id), None)
                .await?;
            return Ok(Redirect::to(&format!("/meetings/{}#agenda", m.id)).into_response());
        }
        Err(key) => t(key),
    };
    let errors = vec![("closes-day".to_owned(), why.clone())];
    let typed = forms::agenda::closes_typed(&data);
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
