//! "You said, we did": each contribution involved people made and what became of it, the
//! change made or the honest reason it was not (seed 001 Gateshead), tagged with seed 002's
//! six impact areas and a level, with evidence and a date.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::contribution;

use crate::impact::forms::{ContributionForm, Offered};
use crate::impact::views::contributions::{choose_opportunity, form_page};
use crate::impact::{areas_of, queries, views};
use crate::kit::dates::today;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::sections::TypedDate;
use crate::kit::tenancy::Tenant;
use crate::opportunities::Full;

/// The opportunity's meetings, and the people confirmed in it or expected at its meetings.
async fn offered(tenant: &Tenant, opportunity_id: Uuid) -> AppResult<Offered> {
    let scope = &tenant.scope;
    let meetings = crate::meetings::for_opportunity(scope, opportunity_id).await?;
    let mut ids = queries::confirmed_in(scope, opportunity_id).await?;
    ids.extend(queries::people_expected_at(scope, meetings.iter().map(|m| m.id)).await?);
    let names = crate::support::names_of_people(scope, ids).await?;
    let mut people: Vec<(String, String)> = names
        .into_iter()
        .map(|(id, n)| (id.to_string(), n))
        .collect();
    people.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(Offered {
        meetings: meetings
            .iter()
            .filter(|m| m.cancelled_at.is_none())
            .map(|m| {
                (
                    m.id.to_string(),
                    format!(
                        "{} ({})",
                        m.title,
                        crate::meetings::when(m.starts_at, m.ends_at)
                    ),
                )
            })
            .collect(),
        people,
    })
}

#[derive(Deserialize, Default)]
pub struct IndexQuery {
    #[serde(default)]
    area: String,
    #[serde(default)]
    saved: String,
}

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<IndexQuery>) -> AppResult<Response> {
    let all = queries::contributions(&tenant.scope, None, None).await?;
    let shown: Vec<contribution::Model> = all
        .iter()
        .filter(|c| q.area.is_empty() || areas_of(&c.areas).contains(&q.area))
        .cloned()
        .collect();
    views::contributions::index(&tenant, page, (&q.area, &q.saved), &all, &shown).await
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    opportunity: String,
}

async fn opportunity_of(tenant: &Tenant, id: &str) -> AppResult<Full> {
    crate::opportunities::load(tenant, id).await
}

pub async fn new(tenant: Tenant, page: Page, Query(q): Query<NewQuery>) -> AppResult<Response> {
    if q.opportunity.is_empty() {
        let all = queries::opportunities_past_draft(&tenant.scope).await?;
        return choose_opportunity(page, all);
    }
    let full = opportunity_of(&tenant, &q.opportunity).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm {
        status: "open".into(),
        said_on: TypedDate::of(today()),
        ..ContributionForm::default()
    };
    let action = format!("/impact?opportunity={}", full.opportunity.id);
    form_page(page, &full, &action, &form, &offered, &Errors::default())
}

pub async fn create(
    tenant: Tenant,
    page: Page,
    Query(q): Query<NewQuery>,
    data: FormData,
) -> AppResult<Response> {
    let full = opportunity_of(&tenant, &q.opportunity).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm::from_data(&data);
    match form.check(full.opportunity.id, &offered, today()) {
        Ok(input) => {
            let id =
                queries::save_contribution(&tenant.scope, None, &input, tenant.user.account_id)
                    .await?;
            tenant
                .audit("recorded contribution", "contribution", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!(
                "/opportunities/{}/evaluation?saved=said#said",
                full.opportunity.id
            ))
            .into_response())
        }
        Err(errors) => {
            let action = format!("/impact?opportunity={}", full.opportunity.id);
            form_page(page, &full, &action, &form, &offered, &errors)
        }
    }
}

async fn load(tenant: &Tenant, id: &str) -> AppResult<(contribution::Model, Full)> {
    let c = queries::contribution(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let full = opportunity_of(tenant, &c.opportunity_id.to_string()).await?;
    Ok((c, full))
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let (c, full) = load(&tenant, &id).await?;
    let people = queries::people_of(&tenant.scope, std::slice::from_ref(&c)).await?;
    let form = ContributionForm::from_row(&c, people.get(&c.id).map_or(&[], Vec::as_slice));
    let offered = offered(&tenant, full.opportunity.id).await?;
    form_page(
        page,
        &full,
        &format!("/impact/{}", c.id),
        &form,
        &offered,
        &Errors::default(),
    )
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let (c, full) = load(&tenant, &id).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm::from_data(&data);
    match form.check(full.opportunity.id, &offered, today()) {
        Ok(input) => {
            queries::save_contribution(&tenant.scope, Some(c.id), &input, tenant.user.account_id)
                .await?;
            tenant
                .audit(
                    "recorded impact",
                    "contribution",
                    Some(c.id),
                    Some(&input.status),
                )
                .await?;
            Ok(Redirect::to("/impact?saved=yes").into_response())
        }
        Err(errors) => form_page(
            page,
            &full,
            &format!("/impact/{}", c.id),
            &form,
            &offered,
            &errors,
        ),
    }
}
