//! Recruitment: invitations through the outbox (whose choices match is `matches`), reviewing
//! interest, choosing with recorded reasons, reserves, and who has been involved most and least.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use withus_db::entities::person;

use crate::AppState;
use crate::kit::error::{AppResult, html};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::invitation;
use crate::opportunities::lifecycle::takes_interest;
use crate::opportunities::queries::{self, Full};
use crate::opportunities::routes::load;
use crate::opportunities::told::{self, can_email};
use crate::opportunities::views::selection::{fairness_page, interest_page, preview_page};

/// Emails the invitation to `people` (already found by `audience`) and records each.
async fn send_invitations(
    tenant: &Tenant,
    full: &Full,
    people: Vec<person::Model>,
    base: &str,
) -> AppResult<usize> {
    let o = &full.opportunity;
    let mut sent = 0;
    for p in people {
        let Some(to) = &p.email else { continue };
        let (subject, body) = invitation::email(&p, o, base);
        queries::queue_email(&tenant.scope, to, &subject, &body).await?;
        queries::record_invitation(&tenant.scope, o.id, p.id).await?;
        sent += 1;
    }
    Ok(sent)
}

/// Who an invitation goes to now: those whose choices match, or every active member, who take
/// email and were not invited yet.
async fn audience(tenant: &Tenant, full: &Full, everyone: bool) -> AppResult<Vec<person::Model>> {
    let people = if everyone {
        crate::people::active_members(&tenant.scope).await?
    } else {
        queries::matches(&tenant.scope, full).await?
    };
    let invited = queries::invited(&tenant.scope, full.opportunity.id).await?;
    Ok(people
        .into_iter()
        .filter(|p| can_email(p) && !invited.contains(&p.id))
        .collect())
}

/// The opportunity, while it takes interest; otherwise the way back to its page.
async fn taking_interest(tenant: &Tenant, id: &str) -> AppResult<Result<Full, Response>> {
    let full = load(tenant, id).await?;
    if takes_interest(&full.opportunity.status) {
        Ok(Ok(full))
    } else {
        let back = format!("/opportunities/{}", full.opportunity.id);
        Ok(Err(Redirect::to(&back).into_response()))
    }
}

/// The invitation as it will read, and who it goes to, before anything is sent.
pub async fn preview(
    tenant: Tenant,
    page: Page,
    State(state): State<AppState>,
    Path(id): Path<String>,
    everyone: bool,
) -> AppResult<Response> {
    let full = match taking_interest(&tenant, &id).await? {
        Ok(full) => full,
        Err(back) => return Ok(back),
    };
    let people = audience(&tenant, &full, everyone).await?;
    preview_page(
        page,
        &full.opportunity,
        &people,
        everyone,
        &state.config.public_url,
    )
}

/// Sends the invitation checked on the preview: to the matches, or to `everyone` active.
pub async fn send(
    tenant: Tenant,
    State(state): State<AppState>,
    Path(id): Path<String>,
    everyone: bool,
) -> AppResult<Response> {
    let full = match taking_interest(&tenant, &id).await? {
        Ok(full) => full,
        Err(back) => return Ok(back),
    };
    let people = audience(&tenant, &full, everyone).await?;
    let sent = send_invitations(&tenant, &full, people, &state.config.public_url).await?;
    let what = if everyone { "published" } else { "invited" };
    let id = full.opportunity.id;
    tenant
        .audit(
            what,
            "opportunity",
            Some(id),
            Some(&format!("{sent} people")),
        )
        .await?;
    Ok(Redirect::to(&format!("/opportunities/{id}/matches?sent={sent}")).into_response())
}

pub async fn interest(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(decided): Query<told::Decided>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let rows = queries::interests(&tenant.scope, o.id).await?;
    let banner = told::banner(&decided, &rows);
    let first_reserve = queries::first_reserve(&tenant.scope, o.id).await?;
    tenant
        .audit("viewed", "opportunity interest", Some(o.id), None)
        .await?;
    html(interest_page(page, o, &rows, first_reserve, banner))
}

pub async fn fairness(tenant: Tenant, page: Page) -> AppResult<Response> {
    let counts = queries::involvement_counts(&tenant.scope, Utc::now()).await?;
    tenant
        .audit("viewed", "involvement over 12 months", None, None)
        .await?;
    html(fairness_page(page, &counts))
}
