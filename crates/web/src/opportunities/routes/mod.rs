//! Staff pages for opportunities: the list, the form, and moving one through its lifecycle.
//! Each further group of pages has its file: the people who match (`matches.rs`), inviting,
//! interest and involvement over 12 months (`selection.rs`), deciding on someone's interest
//! (`decisions.rs`) and the person's own side (`member.rs`).

pub mod decisions;
pub mod matches;
pub mod member;
pub mod selection;

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::forms::{Lists, OpportunityForm, ROLE_SLOTS, checked, form_from};
use crate::opportunities::queries::{self, Full};
use crate::opportunities::views::form::form_page;
use crate::opportunities::views::index_page;
use crate::people::staff_contacts;

pub async fn load(tenant: &Tenant, id: &str) -> AppResult<Full> {
    queries::load(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
}

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let found = queries::list(&tenant.scope, &q.status).await?;
    html(index_page(page, &q.status, &found))
}

pub async fn new(tenant: Tenant, page: Page) -> AppResult<Response> {
    let lists = lists(&tenant).await?;
    let form = OpportunityForm {
        roles: vec![Default::default(); ROLE_SLOTS],
        places: "8".into(),
        reserves: "2".into(),
        paid: "no".into(),
        ..OpportunityForm::default()
    };
    html(form_page(
        page,
        t("opp-add"),
        "/opportunities".into(),
        &form,
        &Errors::default(),
        &lists,
    ))
}

async fn lists(tenant: &Tenant) -> AppResult<Lists> {
    Ok(Lists {
        staff: staff_contacts(&tenant.scope).await?,
        courses: crate::support::course_names(&tenant.scope).await?,
    })
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = OpportunityForm::from_form(&data);
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            let id = queries::save(&tenant.scope, None, &input, tenant.user.account_id).await?;
            tenant
                .audit("created", "opportunity", Some(id), Some(&input.title))
                .await?;
            Ok(Redirect::to(&format!("/opportunities/{id}?saved=added")).into_response())
        }
        Err(errors) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("opp-add"),
                "/opportunities".into(),
                &form,
                &errors,
                &lists,
            ),
        ),
    }
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let lists = lists(&tenant).await?;
    let form = form_from(&full.opportunity, &full.outcomes, &full.roles, &full.tags);
    let action = format!("/opportunities/{}", full.opportunity.id);
    html(form_page(
        page,
        t("opp-change"),
        action,
        &form,
        &Errors::default(),
        &lists,
    ))
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let id = full.opportunity.id;
    let form = OpportunityForm::from_form(&data);
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            queries::save(&tenant.scope, Some(id), &input, tenant.user.account_id).await?;
            tenant
                .audit("changed", "opportunity", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!("/opportunities/{id}?saved=changed")).into_response())
        }
        Err(errors) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("opp-change"),
                format!("/opportunities/{id}"),
                &form,
                &errors,
                &lists,
            ),
        ),
    }
}
