//! The self-assessment's handlers: rating a framework, its results, the action plan and the
//! strategy with its objectives.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};

use super::forms::{self, STATUSES, YearQuery};
use super::frameworks::{Framework, framework};
use super::results::{means, year_figures};
use super::{queries, rated_as, this_year, views};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::sections::Saved;
use crate::kit::tenancy::Tenant;

/// The frameworks, to rate (everyone) and to see the results of (staff).
pub async fn index(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    let staff = rated_as(&tenant.user) == "staff";
    views::frameworks(page, staff, saved.saved())
}

async fn mine(tenant: &Tenant, f: &Framework) -> AppResult<HashMap<String, (String, String)>> {
    Ok(
        queries::ratings_by(&tenant.scope, tenant.user.account_id, this_year(), f)
            .await?
            .into_iter()
            .map(|r| (r.statement, (r.rating, r.evidence)))
            .collect(),
    )
}

/// Rating a framework. One rating per person, statement and year; rating again changes it.
pub async fn show(tenant: Tenant, page: Page, Path(key): Path<String>) -> AppResult<Response> {
    let f = framework(&key).ok_or(AppError::NotFound)?;
    let current = mine(&tenant, f).await?;
    views::rating(
        rated_as(&tenant.user) == "staff",
        page,
        f,
        &current,
        None,
        &Errors::default(),
    )
}

pub async fn save(
    tenant: Tenant,
    page: Page,
    Path(key): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let f = framework(&key).ok_or(AppError::NotFound)?;
    let (chosen, errors) = forms::ratings(f, &data);
    if !errors.is_empty() {
        let current = mine(&tenant, f).await?;
        let staff = rated_as(&tenant.user) == "staff";
        return views::rating(staff, page, f, &current, Some(&data), &errors);
    }
    queries::save_ratings(
        &tenant.scope,
        tenant.user.account_id,
        rated_as(&tenant.user),
        this_year(),
        chosen,
    )
    .await?;
    Ok(Redirect::to("/assessment?saved=1").into_response())
}

/// A framework's ratings, side by side, for the year asked.
pub async fn results(
    tenant: Tenant,
    page: Page,
    Path(key): Path<String>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let f = framework(&key).ok_or(AppError::NotFound)?;
    let year = query.year.parse().unwrap_or_else(|_| this_year());
    let rows = queries::ratings(&tenant.scope, f).await?;
    let means = means(rows.iter().filter(|r| r.year == year));
    let figures = year_figures(&tenant.scope, year).await?;
    views::results(page, f, year, &rows, &means, &figures)
}

/// The action plan.
pub async fn actions(
    tenant: Tenant,
    page: Page,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    views::actions::page(&tenant, page, saved.saved(), None, &Errors::default()).await
}

pub async fn add_action(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let (action, errors) = forms::action(&data);
    let (Some(due), true) = (action.due, errors.is_empty()) else {
        return views::actions::page(&tenant, page, false, Some(&data), &errors).await;
    };
    queries::add_action(
        &tenant.scope,
        action.title,
        Some(action.statement).filter(|s| !s.is_empty()),
        action.owner,
        due,
    )
    .await?;
    Ok(Redirect::to("/assessment/actions?saved=1").into_response())
}

pub async fn update_action(
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let status = data.one("status");
    if !STATUSES.iter().any(|(s, _)| *s == status) {
        return Err(AppError::NotFound);
    }
    if !queries::set_action_status(&tenant.scope, id, status).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/assessment/actions?saved=1").into_response())
}

/// The involvement strategy, for the coordinator to write.
pub async fn strategy(
    tenant: Tenant,
    page: Page,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    views::strategy::edit(&tenant, page, saved.saved(), None, &Errors::default()).await
}

pub async fn save_strategy(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let errors = forms::strategy(&data);
    if !errors.is_empty() {
        return views::strategy::edit(&tenant, page, false, Some(&data), &errors).await;
    }
    queries::save_strategy(&tenant.scope, |c| data.one(c).trim().to_owned()).await?;
    tenant
        .audit("strategy.save", "strategy", None, None)
        .await?;
    Ok(Redirect::to("/strategy?saved=1").into_response())
}

pub async fn add_objective(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let (sent, errors) = forms::objective(&data);
    if !errors.is_empty() {
        return views::strategy::edit(&tenant, page, false, Some(&data), &errors).await;
    }
    queries::add_objective(
        &tenant.scope,
        sent.objective,
        Some(sent.measure).filter(|m| !m.is_empty()),
        sent.target,
    )
    .await?;
    Ok(Redirect::to("/strategy?saved=1#objectives").into_response())
}

pub async fn remove_objective(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    if !queries::remove_objective(&tenant.scope, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/strategy?saved=1#objectives").into_response())
}

/// The easy-read strategy, for everyone signed in, with a link to the full one.
pub async fn easy_read(tenant: Tenant, page: Page) -> AppResult<Response> {
    let strategy = queries::strategy(&tenant.scope).await?;
    views::strategy::easy_read(page, strategy)
}

/// The whole strategy as written, for everyone signed in.
pub async fn full(tenant: Tenant, page: Page) -> AppResult<Response> {
    let s = queries::strategy(&tenant.scope)
        .await?
        .ok_or(AppError::NotFound)?;
    views::strategy::full(page, &s)
}
