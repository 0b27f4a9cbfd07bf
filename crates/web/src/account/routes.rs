use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::queries;
use crate::AppState;
use crate::kit::auth::password;
use crate::kit::components::{
    Button, Choices, ErrorSummary, Fieldset, Input, NotificationBanner, SummaryList,
};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

#[derive(Template)]
#[template(path = "account/show.html")]
struct AccountPage {
    page: Page,
    errors: Option<ErrorSummary>,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    method: Choices,
    method_button: Button,
    new_password: Input,
    password_button: Button,
    everywhere_button: Button,
}

fn method_label(method: &str) -> String {
    if method == "password" {
        t("method-password")
    } else {
        t("method-link")
    }
}

fn account_page(
    tenant: &Tenant,
    page: Page,
    errors: &[(String, String)],
    banner: Option<NotificationBanner>,
) -> AccountPage {
    let user = &tenant.user;
    let error = errors.first().map(|(_, m)| m.as_str());
    AccountPage {
        page: page.titled(t("account-title")),
        errors: (!errors.is_empty()).then(|| ErrorSummary::of(errors)),
        banner,
        summary: SummaryList::default()
            .row(t("field-name"), user.display_name.clone())
            .row(t("field-email"), user.email.clone())
            .row(
                t("account-sign-in-method"),
                method_label(&user.sign_in_method),
            )
            .row(
                t("account-roles"),
                user.roles
                    .iter()
                    .map(|r| r.label())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        method: Choices::radios(
            "method",
            Fieldset::legend(
                t("account-method-legend"),
                "govuk-fieldset__legend--m",
                false,
            ),
            &[
                ("link", &t("method-link")),
                ("password", &t("method-password")),
            ],
            &[user.sign_in_method.as_str()],
        ),
        method_button: Button::submit(t("account-method-button")).secondary(),
        new_password: Input::new("new_password", t("field-new-password"))
            .kind("password")
            .autocomplete("new-password")
            .hint(t("password-hint"))
            .error(error),
        password_button: Button::submit(t("account-password-button")),
        everywhere_button: Button::submit(t("sign-out-everywhere-button")).secondary(),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

pub async fn show(tenant: Tenant, page: Page, Query(q): Query<Saved>) -> AppResult<Response> {
    tenant
        .audit(
            "viewed",
            "account",
            Some(tenant.user.account_id),
            Some("own account"),
        )
        .await?;
    let banner =
        (q.saved == "password").then(|| NotificationBanner::success(t("account-password-saved")));
    html(account_page(&tenant, page, &[], banner))
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    new_password: String,
}

pub async fn set_password(
    State(_state): State<AppState>,
    tenant: Tenant,
    page: Page,
    data: crate::kit::forms::FormData,
) -> AppResult<Response> {
    let form: PasswordForm = data.decode()?;
    let inputs = [
        tenant.user.email.as_str(),
        tenant.user.display_name.as_str(),
    ];
    if let Some(reason) = password::weakness(&form.new_password, &inputs) {
        let errors = [("new_password".to_owned(), t(reason))];
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            account_page(&tenant, page, &errors, None),
        );
    }
    let typed = form.new_password;
    let hashed = tokio::task::spawn_blocking(move || password::hash(&typed))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(AppError::Internal)?;
    queries::set_password(&tenant.scope, tenant.user.account_id, hashed).await?;
    tenant
        .audit(
            "changed",
            "account",
            Some(tenant.user.account_id),
            Some("password"),
        )
        .await?;
    Ok(Redirect::to("/account?saved=password").into_response())
}

#[derive(Debug, Deserialize)]
pub struct MethodForm {
    #[serde(default)]
    method: String,
}

pub async fn set_method(
    tenant: Tenant,
    page: Page,
    data: crate::kit::forms::FormData,
) -> AppResult<Response> {
    let form: MethodForm = data.decode()?;
    let method = match form.method.as_str() {
        "link" | "password" => form.method.clone(),
        _ => {
            let errors = [("method".to_owned(), t("error-method-missing"))];
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                account_page(&tenant, page, &errors, None),
            );
        }
    };
    if method == "password" && !queries::has_password(&tenant.scope, tenant.user.account_id).await?
    {
        let errors = [("new_password".to_owned(), t("error-set-password-first"))];
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            account_page(&tenant, page, &errors, None),
        );
    }
    queries::set_sign_in_method(&tenant.scope, tenant.user.account_id, method.clone()).await?;
    tenant
        .audit(
            "changed",
            "account",
            Some(tenant.user.account_id),
            Some("sign-in method"),
        )
        .await?;
    let mut tenant = tenant;
    tenant.user.sign_in_method = method;
    let banner = NotificationBanner::success(t("account-method-saved"));
    html(account_page(&tenant, page, &[], Some(banner)))
}
