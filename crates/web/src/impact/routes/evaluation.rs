//! An opportunity's evaluation: showing it, recording what happened against each intended
//! outcome, and the reflection and lessons.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};

use crate::impact::forms::{CycleForm, outcome_results, text_of, typed};
use crate::impact::queries;
use crate::impact::views::evaluation::page_for;
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::sections::Saved;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<Saved>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    page_for(&tenant, page, &full, None, &Errors::default(), &q.saved).await
}

pub async fn save_outcomes(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    if !matches!(o.status.as_str(), "evaluating" | "closed") {
        return Ok(Redirect::to(&format!("/opportunities/{}/evaluation", o.id)).into_response());
    }
    let (rows, errors) = outcome_results(&data, &full.outcomes);
    if !errors.is_empty() {
        let cycle = CycleForm {
            act: text_of(&o.act_notes),
            reflection: text_of(&o.reflection),
            lessons: text_of(&o.lessons),
        };
        return page_for(&tenant, page, &full, Some((&data.0, &cycle)), &errors, "").await;
    }
    queries::replace_outcome_results(&tenant.scope, o.id, rows, tenant.user.account_id).await?;
    tenant
        .audit("recorded outcomes", "opportunity", Some(o.id), None)
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/evaluation?saved=outcomes",
        o.id
    ))
    .into_response())
}

pub async fn save_cycle(
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let value = |name: &str| typed(&data, name);
    queries::save_cycle(
        &tenant.scope,
        o.id,
        value("act"),
        value("reflection"),
        value("lessons"),
    )
    .await?;
    tenant
        .audit("recorded reflection", "opportunity", Some(o.id), None)
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/evaluation?saved=cycle#cycle",
        o.id
    ))
    .into_response())
}
