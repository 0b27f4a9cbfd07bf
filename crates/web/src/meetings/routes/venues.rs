//! Venues, kept once per organisation with the accessibility facts every meeting there is
//! checked against.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use withus_db::entities::venue;

use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::forms::venues::VenueForm;
use crate::meetings::queries;
use crate::meetings::views::venues::{form_page, index_page};

pub async fn index(tenant: Tenant, page: Page) -> AppResult<Response> {
    let venues = queries::venues(&tenant.scope).await?;
    html(index_page(page, &venues))
}

pub async fn new(page: Page) -> AppResult<Response> {
    html(form_page(
        page,
        t("venue-new"),
        "/venues".into(),
        &VenueForm::default(),
        &Errors::default(),
    ))
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = VenueForm::from_data(&data);
    let errors = form.errors();
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(page, t("venue-new"), "/venues".into(), &form, &errors),
        );
    }
    let id = queries::add_venue(&tenant.scope, &form.input()).await?;
    tenant
        .audit("added venue", "venue", Some(id), Some(&form.name))
        .await?;
    Ok(Redirect::to("/venues").into_response())
}

async fn load(tenant: &Tenant, id: &str) -> AppResult<venue::Model> {
    let id = parse_id(id)?;
    queries::venue(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let v = load(&tenant, &id).await?;
    html(form_page(
        page,
        t("venue-edit"),
        format!("/venues/{}", v.id),
        &VenueForm::from_venue(&v),
        &Errors::default(),
    ))
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let v = load(&tenant, &id).await?;
    let form = VenueForm::from_data(&data);
    let errors = form.errors();
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("venue-edit"),
                format!("/venues/{}", v.id),
                &form,
                &errors,
            ),
        );
    }
    queries::change_venue(&tenant.scope, v.id, &form.input()).await?;
    tenant
        .audit("changed venue", "venue", Some(v.id), None)
        .await?;
    Ok(Redirect::to("/venues").into_response())
}
