//! The administrator's handlers: accounts and their roles (here), the outbox and the audit
//! trail (`logs.rs`).

pub mod logs;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use crate::admin::forms::{NewAccountForm, looks_like_email};
use crate::admin::queries::{self, create};
use crate::admin::views::{account_page, accounts_page, new_account_page};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

pub async fn accounts(tenant: Tenant, page: Page) -> AppResult<Response> {
    let accounts = queries::accounts(&tenant.scope).await?;
    let roles = queries::all_roles(&tenant.scope).await?;
    tenant.audit("viewed", "account list", None, None).await?;
    html(accounts_page(page, &accounts, &roles))
}

pub async fn account(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let account = queries::account(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let roles = queries::roles_of(&tenant.scope, id).await?;
    tenant.audit("viewed", "account", Some(id), None).await?;
    html(account_page(page, &account, &roles))
}

pub async fn new_account(page: Page) -> AppResult<Response> {
    html(new_account_page(page, &NewAccountForm::default(), &[]))
}

pub async fn create_account(
    tenant: Tenant,
    page: Page,
    data: crate::kit::forms::FormData,
) -> AppResult<Response> {
    let form: NewAccountForm = data.decode()?;
    let email = form.email();
    let taken = looks_like_email(&email) && queries::email_taken(&tenant.scope, &email).await?;
    let new = match form.check(taken) {
        Ok(new) => new,
        Err(errors) => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                new_account_page(page, &form, &errors),
            );
        }
    };
    let id = create(
        &tenant.scope,
        &new.name,
        &new.email,
        None,
        &[new.role],
        false,
    )
    .await?;
    tenant.audit("created", "account", Some(id), None).await?;
    Ok(Redirect::to(&format!("/admin/accounts/{id}")).into_response())
}
