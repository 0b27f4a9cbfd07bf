//! Recording and withdrawing a consent from a person's page.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::{AppError, AppResult, html_status};
use crate::kit::forms::{Errors, FormData, parse_id};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab;
use crate::people::consents::{HOW, PURPOSES};
use crate::people::forms::{StatusForm, TimeForm};
use crate::people::person_page::{show_page, still_held};
use crate::people::queries;
use crate::people::views::Typed;

pub async fn record(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(details.person.erased_at)?;
    let (purpose, how) = (data.one("purpose"), data.one("how"));
    let mut errors = Errors::default();
    if !vocab::contains(PURPOSES, &purpose) {
        errors.add("purpose", t("error-consent-purpose"));
    }
    if !vocab::contains(HOW, &how) {
        errors.add("how", t("error-consent-how"));
    }
    if !errors.is_empty() {
        let consents = queries::consents(&tenant.scope, id).await?;
        let typed = Typed {
            errors: &errors,
            times: &TimeForm::default(),
            status: &StatusForm::default(),
        };
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            show_page(page, &details, &consents, &typed, ""),
        );
    }
    queries::give_consent(&tenant.scope, id, purpose, how, tenant.user.account_id).await?;
    tenant
        .audit("changed", "person", Some(id), Some("consent given"))
        .await?;
    Ok(Redirect::to(&format!("/people/{id}#consents")).into_response())
}

pub async fn withdraw(
    tenant: Tenant,
    Path((id, consent_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (id, consent_id) = (parse_id(&id)?, parse_id(&consent_id)?);
    if !queries::withdraw_consent(&tenant.scope, id, consent_id).await? {
        return Err(AppError::NotFound);
    }
    tenant
        .audit("changed", "person", Some(id), Some("consent withdrawn"))
        .await?;
    Ok(Redirect::to(&format!("/people/{id}#consents")).into_response())
}
