//! The quotas page's handlers: showing it, adding a range for one value, removing one, and
//! "match the population of <area>".

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;
use crate::opportunities::lottery::census;
use crate::opportunities::lottery::forms::{CensusForm, Form, Typed};
use crate::opportunities::lottery::queries;
use crate::opportunities::lottery::views::quotas::page_for;

pub async fn show(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let errors = Errors::default();
    let form = Form {
        typed: Typed::default(),
        area: String::new(),
        chosen: Vec::new(),
        errors: &errors,
    };
    html(page_for(&tenant, page, &id, form).await?)
}

pub async fn add(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let typed = Typed::from_data(&data);
    let mut errors = Errors::default();
    let free = queries::free_places(&tenant.scope, o).await?;
    if let Some((c, v, min, max)) = typed.checked(free, &mut errors) {
        queries::set_quotas(&tenant.scope, o.id, &[(c, v, min, max)]).await?;
        tenant
            .audit("set quota", "opportunity", Some(o.id), Some(&typed.quota))
            .await?;
        return Ok(Redirect::to(&format!("/opportunities/{}/quotas", o.id)).into_response());
    }
    let form = Form {
        typed,
        area: String::new(),
        chosen: Vec::new(),
        errors: &errors,
    };
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        page_for(&tenant, page, &id, form).await?,
    )
}

pub async fn remove(
    tenant: Tenant,
    Path((id, quota_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let quota_id = parse_id(&quota_id)?;
    queries::remove_quota(&tenant.scope, full.opportunity.id, quota_id).await?;
    tenant
        .audit(
            "removed quota",
            "opportunity",
            Some(full.opportunity.id),
            None,
        )
        .await?;
    Ok(Redirect::to(&format!("/opportunities/{}/quotas", full.opportunity.id)).into_response())
}

/// Fills proportional ranges for the chosen equality categories from the area's census
/// profile, for the places still to fill.
pub async fn match_census(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let asked = CensusForm::from_data(&data);
    let mut errors = Errors::default();
    let free = queries::free_places(&tenant.scope, o).await?;
    if let Some(area) = asked.checked(free, &mut errors) {
        let ranges: Vec<(&str, &str, usize, usize)> = asked
            .chosen
            .iter()
            .flat_map(|c| {
                area.shares(c).into_iter().map(move |(v, share)| {
                    let (min, max) = census::seats(share, free);
                    (c.as_str(), v, min, max)
                })
            })
            .collect();
        queries::set_quotas(&tenant.scope, o.id, &ranges).await?;
        tenant
            .audit(
                "matched census",
                "opportunity",
                Some(o.id),
                Some(&asked.area),
            )
            .await?;
        return Ok(Redirect::to(&format!("/opportunities/{}/quotas", o.id)).into_response());
    }
    let form = Form {
        typed: Typed::default(),
        area: asked.area,
        chosen: asked.chosen,
        errors: &errors,
    };
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        page_for(&tenant, page, &id, form).await?,
    )
}
