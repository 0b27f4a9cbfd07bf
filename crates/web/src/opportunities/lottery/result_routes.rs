//! A stored draw: everyone's chance, the panel and reserves, offering the places, and asking
//! for the draw to be checked again (run by the worker, like the draw itself).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::{person, selection_draw};

use super::problem::{Outcome, chance_words};
use super::queries::{self, CHECK, NewJob};
use crate::kit::components::{Cell, NotificationBanner, SummaryList, Table};
use crate::kit::dates::london;
use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::parse_id;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::routes::load;
use crate::people::display_name;

#[derive(Template)]
#[template(path = "opportunities/draw_result.html")]
struct ResultPage {
    page: Page,
    id: Uuid,
    draw_id: Uuid,
    title: String,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    panel: Table,
    reserves: Option<Table>,
    irreplaceable: Option<String>,
    everyone: Table,
    can_apply: bool,
}

#[derive(Deserialize, Default)]
pub struct ResultQuery {
    #[serde(default)]
    checked: String,
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> AppResult<T> {
    serde_json::from_str(text)
        .map_err(|e| AppError::Internal(format!("stored draw unreadable: {e}")))
}

async fn stored(
    tenant: &Tenant,
    id: &str,
    draw_id: &str,
) -> AppResult<(crate::opportunities::queries::Full, selection_draw::Model)> {
    let full = load(tenant, id).await?;
    let draw = queries::draw(&tenant.scope, full.opportunity.id, parse_id(draw_id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((full, draw))
}

fn percent(p: f64) -> String {
    format!("{:.1}%", p * 100.0)
}

pub async fn result(
    tenant: Tenant,
    page: Page,
    Path((id, draw_id)): Path<(String, String)>,
    Query(q): Query<ResultQuery>,
) -> AppResult<Response> {
    let (full, draw) = stored(&tenant, &id, &draw_id).await?;
    let o = &full.opportunity;
    let outcome: Outcome = parse(&draw.result)?;
    let ids: Vec<Uuid> = outcome.probabilities.iter().map(|(id, _)| *id).collect();
    let people: HashMap<Uuid, person::Model> = crate::people::by_ids(&tenant.scope, &ids)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let chance: HashMap<Uuid, f64> = outcome.probabilities.iter().copied().collect();
    let name = |id: &Uuid| {
        people
            .get(id)
            .map_or_else(|| t("lottery-someone"), display_name)
    };
    let row = |id: &Uuid| {
        let p = chance.get(id).copied().unwrap_or(0.0);
        vec![
            Cell::text(name(id)),
            Cell::text(chance_words(p)),
            Cell::text(percent(p)),
        ]
    };
    let head = || {
        vec![
            Cell::text(t("field-name")),
            Cell::text(t("lottery-chance")),
            Cell::text(t("lottery-chance-percent")),
        ]
    };
    let table = |caption: &str, rows: Vec<Vec<Cell>>| Table {
        caption: Some(t(caption)),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: head(),
        rows,
        ..Table::default()
    };
    let banner = match q.checked.as_str() {
        "same" => Some(NotificationBanner::success(t("lottery-checked-same"))),
        "different" => Some(NotificationBanner::important(t(
            "lottery-checked-different",
        ))),
        _ => draw
            .applied_at
            .map(|_| NotificationBanner::success(t("lottery-applied"))),
    };
    let summary = SummaryList::default()
        .row(t("lottery-seed"), draw.seed.clone())
        .row(t("lottery-drawn-at"), london(draw.drawn_at))
        .row(
            t("lottery-lowest"),
            format!(
                "{} ({})",
                chance_words(outcome.min_probability),
                percent(outcome.min_probability)
            ),
        )
        .row(t("lottery-bound"), percent(outcome.dual_bound))
        .row(
            t("lottery-panel-number"),
            t_args(
                "lottery-panel-of",
                &[
                    ("number", &outcome.panel_number.to_string()),
                    ("count", &outcome.panels_in_support.to_string()),
                ],
            ),
        )
        .row(
            t("lottery-checked-at"),
            draw.checked_at
                .map_or_else(|| t("lottery-not-checked"), london),
        );
    let mut everyone: Vec<&(Uuid, f64)> = outcome.probabilities.iter().collect();
    everyone.sort_by(|a, b| {
        a.1.total_cmp(&b.1)
            .then_with(|| name(&a.0).cmp(&name(&b.0)))
    });
    let irreplaceable = (!outcome.irreplaceable.is_empty()).then(|| {
        let names: Vec<String> = outcome.irreplaceable.iter().map(name).collect();
        t_args("lottery-irreplaceable", &[("names", &names.join(", "))])
    });
    html(ResultPage {
        page: page.titled(t("lottery-result-title")),
        id: o.id,
        draw_id: draw.id,
        title: o.title.clone(),
        banner,
        summary,
        panel: table("lottery-panel", outcome.panel.iter().map(row).collect()),
        reserves: (!outcome.reserves.is_empty()).then(|| {
            table(
                "lottery-reserve-order",
                outcome.reserves.iter().map(row).collect(),
            )
        }),
        irreplaceable,
        everyone: table(
            "lottery-everyone",
            everyone.into_iter().map(|(id, _)| row(id)).collect(),
        ),
        can_apply: draw.applied_at.is_none(),
    })
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
