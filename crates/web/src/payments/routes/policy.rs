//! The payment policy: administrators make a new version with the day it takes effect (old
//! claims keep the version they were made under), and involved people read it in plain
//! words before they take part.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::components::{NotificationBanner, render};
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t_args;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::payments::forms::policy::parse;
use crate::payments::queries;
use crate::payments::views::policy::policy_page;

pub async fn show(
    tenant: Tenant,
    page: Page,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let saved = q.get("saved").map(|v| {
        render(&NotificationBanner::success(t_args(
            "policy-saved",
            &[("version", v)],
        )))
    });
    html(policy_page(&tenant, page, None, &Errors::default(), saved).await?)
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let mut errors = Errors::default();
    let Some((p, benefits)) = parse(&data, &mut errors) else {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            policy_page(&tenant, page, Some(&data), &errors, None).await?,
        );
    };
    let by = tenant.user.account_id;
    let version = queries::add_policy(&tenant.scope, &p, benefits, by).await?;
    tenant
        .audit(
            "made payment policy version",
            "organisation",
            None,
            Some(&version.to_string()),
        )
        .await?;
    Ok(Redirect::to(&format!("/payments/policy?saved={version}")).into_response())
}
