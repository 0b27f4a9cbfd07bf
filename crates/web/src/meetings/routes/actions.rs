//! What a coordinator does to a meeting from its page: acknowledge a warning, check the
//! invitation and then invite everyone, cancel.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use crate::AppState;
use crate::kit::components::ErrorSummary;
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::FormData;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::queries::{Attendee, Loaded};
use crate::meetings::{load, queries, send, views};

pub async fn acknowledge(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let rule = data.one("rule");
    let reason = data.one("reason");
    let attendees = queries::attendees(&tenant.scope, loaded.meeting.id).await?;
    let papers = queries::papers(&tenant.scope, loaded.meeting.id).await?;
    let checks = queries::checks(&tenant.scope, &loaded, &attendees, &papers, Utc::now()).await?;
    let Some(checked) = checks.iter().find(|c| c.check.rule == rule) else {
        return Err(crate::kit::error::AppError::BadRequest(
            "unknown rule".into(),
        ));
    };
    if reason.is_empty() {
        let errors = vec![(format!("reason-{rule}"), t("meeting-error-reason"))];
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::meeting_page(&tenant, page, &loaded, Some(ErrorSummary::of(&errors))).await?,
        );
    }
    let open: Vec<String> = checked
        .check
        .findings
        .iter()
        .zip(&checked.acknowledged)
        .filter(|(_, a)| a.is_none())
        .map(|(f, _)| f.clone())
        .collect();
    queries::acknowledge(
        &tenant.scope,
        loaded.meeting.id,
        &rule,
        &open,
        &reason,
        tenant.user.account_id,
    )
    .await?;
    tenant
        .audit(
            "acknowledged check",
            "meeting",
            Some(loaded.meeting.id),
            Some(&rule),
        )
        .await?;
    Ok(Redirect::to(&format!("/meetings/{}#checks", loaded.meeting.id)).into_response())
}

/// Why invitations cannot go yet, in words for the page: checks still open, or a cancelled
/// meeting; None when they can.
async fn refusal(
    tenant: &Tenant,
    loaded: &Loaded,
    attendees: &[Attendee],
) -> AppResult<Option<String>> {
    let m = &loaded.meeting;
    let papers = queries::papers(&tenant.scope, m.id).await?;
    let checks = queries::checks(&tenant.scope, loaded, attendees, &papers, Utc::now()).await?;
    let open = checks.iter().filter(|c| c.open()).count();
    Ok(if open > 0 {
        Some(t_args(
            "meeting-error-open-checks",
            &[("count", &open.to_string())],
        ))
    } else if m.cancelled_at.is_some() {
        Some(t("meeting-error-cancelled"))
    } else {
        None
    })
}

fn why(loaded: &Loaded) -> send::Why {
    if loaded.meeting.invited_at.is_some() {
        send::Why::Changed
    } else {
        send::Why::Invited
    }
}

/// The invitation as the first person written to will read it, who it goes to and who must be
/// phoned or written to instead, before anything is sent.
pub async fn preview(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let attendees = queries::attendees(&tenant.scope, loaded.meeting.id).await?;
    let why = why(&loaded);
    let first = attendees.iter().find(|a| a.email.is_some());
    let email = send::invitation(&state, &loaded, why, first);
    let refused = refusal(&tenant, &loaded, &attendees).await?;
    let sends_update = why == send::Why::Changed;
    html(views::invite::preview_page(
        page,
        &loaded,
        sends_update,
        &email,
        &attendees,
        refused,
    ))
}

pub async fn invite(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let attendees = queries::attendees(&tenant.scope, m.id).await?;
    if let Some(message) = refusal(&tenant, &loaded, &attendees).await? {
        let errors = vec![("checks".to_owned(), message)];
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::meeting_page(&tenant, page, &loaded, Some(ErrorSummary::of(&errors))).await?,
        );
    }
    let why = why(&loaded);
    queries::set_invited(&tenant.scope, m.id).await?;
    let sent = send::invitations(&state, &tenant, &loaded, why).await?;
    let (emailed, expected) = (sent.emailed, sent.emailed + sent.not);
    tenant
        .audit("invited", "meeting", Some(m.id), Some(&emailed.to_string()))
        .await?;
    let done = format!("/meetings/{}?invited={emailed}&of={expected}", m.id);
    Ok(Redirect::to(&done).into_response())
}

pub async fn cancel(
    State(state): State<AppState>,
    tenant: Tenant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    if m.cancelled_at.is_some() {
        return Ok(Redirect::to(&format!("/meetings/{}", m.id)).into_response());
    }
    queries::cancel(&tenant.scope, m.id, m.sequence + 1).await?;
    // Nobody hears of a meeting they were never invited to, so nobody is told it is off.
    let told = if m.invited_at.is_some() {
        let cancelled = load(&tenant, &id).await?;
        send::invitations(&state, &tenant, &cancelled, send::Why::Cancelled).await?
    } else {
        send::Told::default()
    };
    tenant
        .audit("cancelled meeting", "meeting", Some(m.id), None)
        .await?;
    let done = format!("/meetings/{}?{}", m.id, told.query("cancelled"));
    Ok(Redirect::to(&done).into_response())
}
