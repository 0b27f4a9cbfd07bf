//! A stored draw: its page, offering the places, and asking for the draw to be checked again
//! (run by the worker, like the draw itself).

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::{person, selection_draw};

use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::parse_id;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;
use crate::opportunities::lottery::forms::ResultQuery;
use crate::opportunities::lottery::problem::Outcome;
use crate::opportunities::lottery::queries::{self, CHECK, NewJob};
use crate::opportunities::lottery::views::result::result_page;

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> AppResult<T> {
    serde_json::from_str(text)
        .map_err(|e| AppError::Internal(format!("stored draw unreadable: {e}")))
}

async fn stored(
    tenant: &Tenant,
    id: &str,
    draw_id: &str,
) -> AppResult<(crate::opportunities::Full, selection_draw::Model)> {
    let full = load(tenant, id).await?;
    let draw = queries::draw(&tenant.scope, full.opportunity.id, parse_id(draw_id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((full, draw))
}

pub async fn result(
    tenant: Tenant,
    page: Page,
    Path((id, draw_id)): Path<(String, String)>,
    Query(q): Query<ResultQuery>,
) -> AppResult<Response> {
    let (full, draw) = stored(&tenant, &id, &draw_id).await?;
    let outcome: Outcome = parse(&draw.result)?;
    let ids: Vec<Uuid> = outcome.probabilities.iter().map(|(id, _)| *id).collect();
    let people: HashMap<Uuid, person::Model> = crate::people::by_ids(&tenant.scope, &ids)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    html(result_page(
        page,
        &full.opportunity,
        &draw,
        &outcome,
        &people,
        &q.checked,
    ))
}

/// Offers places to the panel, makes the reserves reserves in their order, and tells
/// everyone else in the pool why not this time. Once only, whoever clicks first.
pub async fn apply(
    tenant: Tenant,
    Path((id, draw_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (full, draw) = stored(&tenant, &id, &draw_id).await?;
    let o = &full.opportunity;
    let outcome: Outcome = parse(&draw.result)?;
    let reasons = queries::Reasons {
        drawn: t("lottery-reason-drawn"),
        reserve: t("lottery-reason-reserve"),
        not_drawn: t("lottery-reason-not-drawn"),
    };
    let people = (outcome.panel.as_slice(), outcome.reserves.as_slice());
    if queries::apply_draw(
        &tenant.scope,
        o,
        draw.id,
        people,
        &reasons,
        tenant.user.account_id,
    )
    .await?
    {
        tenant
            .audit("applied draw", "opportunity", Some(o.id), Some(&draw.seed))
            .await?;
    }
    Ok(Redirect::to(&format!("/opportunities/{}/draws/{}", o.id, draw.id)).into_response())
}

/// Asks the worker to run the stored problem again with the stored seed (the same panel and
/// reserves must come out), and sends the coordinator to its progress page. A check already
/// waiting is not asked for twice.
pub async fn check(
    tenant: Tenant,
    Path((id, draw_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (full, draw) = stored(&tenant, &id, &draw_id).await?;
    let o = full.opportunity.id;
    let job = match queries::check_under_way(&tenant.scope, draw.id).await? {
        Some(under_way) => under_way.id,
        None => {
            let asked = NewJob {
                kind: CHECK,
                opportunity_id: o,
                draw_id: Some(draw.id),
                seed: &draw.seed,
                by: tenant.user.account_id,
            };
            queries::queue(&tenant.scope, asked, Utc::now()).await?
        }
    };
    Ok(Redirect::to(&format!("/opportunities/{o}/draws/jobs/{job}")).into_response())
}
