//! The fair lottery for one opportunity: draw from a published seed, read everyone's
//! chance, offer the places, and check a stored draw again.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use sea_orm::ActiveValue::Set;
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::{person, selection_draw};
use withus_db::sea_orm;
use withus_selection::SelectionError;

use super::problem::{Outcome, Problem, chance_words, problem};
use super::queries;
use crate::components::{
    Cell, ErrorSummary, Input, NotificationBanner, SummaryList, Table, render,
};
use crate::error::{AppError, AppResult, html, html_status};
use crate::forms::{Errors, FormData};
use crate::i18n::{t, t_args};
use crate::opportunities::routes::load;
use crate::page::Page;
use crate::people::routes::parse_id;
use crate::people::views::display_name;
use crate::tenancy::Tenant;

#[derive(Template)]
#[template(path = "opportunities/draw.html")]
struct DrawPage {
    page: Page,
    id: Uuid,
    title: String,
    errors: Option<ErrorSummary>,
    summary: SummaryList,
    seed: String,
    earlier: Option<Table>,
}

fn london(at: chrono::DateTime<Utc>) -> String {
    crate::admin::routes::london(at)
}

async fn draw_page(
    tenant: &Tenant,
    page: Page,
    id: &str,
    seed: &str,
    errors: &Errors,
) -> AppResult<DrawPage> {
    let full = load(tenant, id).await?;
    let o = &full.opportunity;
    let pool = queries::pool(&tenant.scope, o.id).await?;
    let quotas = queries::quotas(&tenant.scope, o.id).await?;
    let free = queries::free_places(&tenant.scope, o).await?;
    let draws = queries::draws(&tenant.scope, o.id).await?;
    let summary = SummaryList::default()
        .row(t("lottery-places"), free.to_string())
        .row(t("lottery-pool"), pool.people.len().to_string())
        .row(t("lottery-reserves"), o.reserves.max(0).to_string())
        .html_row(
            t("lottery-quotas"),
            format!(
                "{} <a class=\"govuk-link\" href=\"/opportunities/{}/quotas\">{}</a>",
                crate::components::escape(&t_args(
                    "lottery-quota-count",
                    &[("count", &quotas.len().to_string())]
                )),
                o.id,
                crate::components::escape(&t("lottery-change-quotas"))
            ),
        );
    let earlier = (!draws.is_empty()).then(|| Table {
        caption: Some(t("lottery-earlier")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("lottery-drawn-at")),
            Cell::text(t("lottery-seed")),
        ],
        rows: draws
            .iter()
            .map(|d| {
                vec![
                    Cell::html(format!(
                        "<a class=\"govuk-link\" href=\"/opportunities/{}/draws/{}\">{}</a>",
                        o.id,
                        d.id,
                        crate::components::escape(&london(d.drawn_at))
                    )),
                    Cell::text(d.seed.clone()),
                ]
            })
            .collect(),
        ..Table::default()
    });
    Ok(DrawPage {
        page: page.titled(t("lottery-title")),
        id: o.id,
        title: o.title.clone(),
        errors: errors.summary(),
        summary,
        seed: render(
            &Input::new("seed", t("lottery-seed"))
                .hint(t("lottery-seed-hint"))
                .value(seed)
                .spellcheck(false)
                .error(errors.get("seed")),
        ),
        earlier,
    })
}

pub async fn show(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    html(draw_page(&tenant, page, &id, "", &Errors::default()).await?)
}

pub async fn create(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let seed = data.one("seed").trim().to_owned();
    let mut errors = Errors::default();
    let pool = queries::pool(&tenant.scope, o.id).await?;
    let quotas = queries::quotas(&tenant.scope, o.id).await?;
    let free = queries::free_places(&tenant.scope, o).await?;
    if seed.is_empty() {
        errors.add("seed", t("lottery-error-seed"));
    } else if free == 0 {
        errors.add("seed", t("lottery-error-no-places"));
    }
    if errors.is_empty() {
        let size = free.min(pool.people.len().max(1));
        let problem = problem(&pool, &quotas, size);
        let reserves = o.reserves.max(0) as usize;
        let (run, seed_used) = (problem.clone(), seed.clone());
        let solved = tokio::task::spawn_blocking(move || run.solve(&seed_used, reserves))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        match solved {
            Ok(outcome) => {
                let draw_id = Uuid::now_v7();
                queries::save_draw(
                    &tenant.scope,
                    selection_draw::ActiveModel {
                        id: Set(draw_id),
                        organisation_id: Set(tenant.scope.organisation_id()),
                        opportunity_id: Set(o.id),
                        seed: Set(seed.clone()),
                        size: Set(size as i32),
                        reserves: Set(reserves as i32),
                        problem: Set(to_json(&problem)?),
                        result: Set(to_json(&outcome)?),
                        min_probability: Set(outcome.min_probability),
                        panels_in_support: Set(outcome.panels_in_support as i32),
                        drawn_by: Set(Some(tenant.user.account_id)),
                        drawn_at: Set(Utc::now()),
                        applied_at: Set(None),
                        checked_at: Set(None),
                    },
                )
                .await?;
                tenant
                    .audit("drew", "opportunity", Some(o.id), Some(&seed))
                    .await?;
                return Ok(
                    Redirect::to(&format!("/opportunities/{}/draws/{draw_id}", o.id))
                        .into_response(),
                );
            }
            Err(SelectionError::Infeasible(conflicts)) => {
                for conflict in &conflicts {
                    errors.add("seed", problem.explain(conflict));
                }
            }
            Err(other) => errors.add(
                "seed",
                t_args("lottery-error-solver", &[("reason", &other.to_string())]),
            ),
        }
    }
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        draw_page(&tenant, page, &id, &seed, &errors).await?,
    )
}

fn to_json<T: serde::Serialize>(value: &T) -> AppResult<String> {
    serde_json::to_string(value).map_err(|e| AppError::Internal(e.to_string()))
}

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
    let people: HashMap<Uuid, person::Model> = crate::people::queries::by_ids(&tenant.scope, &ids)
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

/// Runs the stored problem again with the stored seed: the same panel and reserves must
/// come out.
pub async fn check(
    tenant: Tenant,
    Path((id, draw_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (full, draw) = stored(&tenant, &id, &draw_id).await?;
    let problem: Problem = parse(&draw.problem)?;
    let outcome: Outcome = parse(&draw.result)?;
    let (seed, reserves) = (draw.seed.clone(), draw.reserves.max(0) as usize);
    let again = tokio::task::spawn_blocking(move || problem.solve(&seed, reserves))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let same = again.is_ok_and(|a| a.panel == outcome.panel && a.reserves == outcome.reserves);
    if same {
        queries::mark_checked(&tenant.scope, draw.id).await?;
    }
    tenant
        .audit(
            "checked draw",
            "opportunity",
            Some(full.opportunity.id),
            Some(if same { "same" } else { "different" }),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/draws/{}?checked={}",
        full.opportunity.id,
        draw.id,
        if same { "same" } else { "different" }
    ))
    .into_response())
}
