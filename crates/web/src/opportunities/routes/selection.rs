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

/// Those of `people` an invitation would go to now: they take email and were not invited yet.
async fn recipients(
    tenant: &Tenant,
    full: &Full,
    people: Vec<person::Model>,
) -> AppResult<Vec<person::Model>> {
    let invited = queries::invited(&tenant.scope, full.opportunity.id).await?;
    Ok(people
        .into_iter()
        .filter(|p| can_email(p) && !invited.contains(&p.id))
        .collect())
}

async fn send_invitations(
    tenant: &Tenant,
    full: &Full,
    people: Vec<person::Model>,
    base: &str,
) -> AppResult<usize> {
    let o = &full.opportunity;
    let mut sent = 0;
    for p in recipients(tenant, full, people).await? {
        let Some(to) = &p.email else { continue };
        let (subject, body) = invitation::email(&p, o, base);
        queries::queue_email(&tenant.scope, to, &subject, &body).await?;
        queries::record_invitation(&tenant.scope, o.id, p.id).await?;
        sent += 1;
    }
    Ok(sent)
}

/// Who an invitation goes to: those whose choices match, or every active member.
async fn audience(tenant: &Tenant, full: &Full, everyone: bool) -> AppResult<Vec<person::Model>> {
    let people = if everyone {
        crate::people::active_members(&tenant.scope).await?
    } else {
        queries::matches(&tenant.scope, full).await?
    };
    recipients(tenant, full, people).await
}

/// The invitation as it will read, and who it goes to, before anything is sent.
pub async fn preview(
    tenant: Tenant,
    page: Page,
    State(state): State<AppState>,
    Path(id): Path<String>,
    everyone: bool,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    if !takes_interest(&full.opportunity.status) {
        return Ok(
            Redirect::to(&format!("/opportunities/{}", full.opportunity.id)).into_response(),
        );
    }
    let people = audience(&tenant, &full, everyone).await?;
    preview_page(
        page,
        &full.opportunity,
        &people,
        everyone,
        &state.config.public_url,
    )
}

pub async fn invite(
    tenant: Tenant,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    if !takes_interest(&full.opportunity.status) {
        return Ok(
            Redirect::to(&format!("/opportunities/{}", full.opportunity.id)).into_response(),
        );
    }
    let found = queries::matches(&tenant.scope, &full).await?;
    let sent = send_invitations(&tenant, &full, found, &state.config.public_url).await?;
    tenant
        .audit(
            "invited",
            "opportunity",
            Some(full.opportunity.id),
            Some(&format!("{sent} people")),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/matches?sent={sent}",
        full.opportunity.id
    ))
    .into_response())
}

pub async fn publish(
    tenant: Tenant,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    if !takes_interest(&full.opportunity.status) {
        return Ok(
            Redirect::to(&format!("/opportunities/{}", full.opportunity.id)).into_response(),
        );
    }
    let everyone = crate::people::active_members(&tenant.scope).await?;
    let sent = send_invitations(&tenant, &full, everyone, &state.config.public_url).await?;
    tenant
        .audit(
            "published",
            "opportunity",
            Some(full.opportunity.id),
            Some(&format!("{sent} people")),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/matches?sent={sent}",
        full.opportunity.id
    ))
    .into_response())
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
