//! Recording and withdrawing a consent from a person's page.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::{AppError, AppResult, html_status};
use crate::kit::forms::{FormData, parse_id};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::forms::{StatusForm, TimeForm, check_consent};
use crate::people::queries;
use crate::people::record_changes::still_held;
use crate::people::views::Typed;
use crate::people::views::show::show_page;

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
    let (purpose, how) = match check_consent(&data) {
        Ok(checked) => checked,
        Err(errors) => {
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
    };
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
