//! Recruitment: invitations through the outbox (whose choices match is `matches`), reviewing
//! interest, choosing with recorded reasons, reserves, and who has been involved most and least.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use withus_db::entities::person;

use crate::AppState;
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::t_args;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::lifecycle::takes_interest;
use crate::opportunities::queries::{self, Full};
use crate::opportunities::routes::load;
use crate::opportunities::told::{self, can_email};
use crate::opportunities::views::selection::{fairness_page, interest_page};

async fn send_invitations(
    tenant: &Tenant,
    full: &Full,
    people: &[person::Model],
    base: &str,
) -> AppResult<usize> {
    let o = &full.opportunity;
    let invited = queries::invited(&tenant.scope, o.id).await?;
    let mut sent = 0;
    for p in people
        .iter()
        .filter(|p| can_email(p) && !invited.contains(&p.id))
    {
        let Some(email) = &p.email else { continue };
        let body = t_args(
            "opp-invite-email",
            &[
                ("name", p.preferred_name.as_deref().unwrap_or(&p.given_name)),
                ("title", &o.title),
                ("summary", &o.summary),
                ("link", &format!("{base}/my/opportunities/{}", o.id)),
            ],
        );
        let subject = t_args("opp-invite-subject", &[("title", &o.title)]);
        queries::queue_email(&tenant.scope, email, &subject, &body).await?;
        queries::record_invitation(&tenant.scope, o.id, p.id).await?;
        sent += 1;
    }
    Ok(sent)
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
    let sent = send_invitations(&tenant, &full, &found, &state.config.public_url).await?;
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
    let sent = send_invitations(&tenant, &full, &everyone, &state.config.public_url).await?;
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
