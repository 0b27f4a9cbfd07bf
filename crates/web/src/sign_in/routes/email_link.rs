//! Signing in by a one-time link sent by email: asking for it, the email, and using it once.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use withus_db::OrgScope;

use super::{LINK_MINUTES, send_link, signed_in_response};
use crate::AppState;
use crate::kit::audit;
use crate::kit::auth::client::ClientAddress;
use crate::kit::auth::rate_limit;
use crate::kit::auth::session::{self, SessionToken};
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::FormData;
use crate::kit::i18n::t_args;
use crate::kit::page::Page;
use crate::sign_in::forms::EmailLinkForm;
use crate::sign_in::queries;
use crate::sign_in::views::{
    check_email_page, email_link_page, link_confirm_page, link_invalid_page,
};

pub async fn show_email_link(page: Page) -> AppResult<Response> {
    html(email_link_page(page, "", &[]))
}

pub async fn send_email_link(
    State(state): State<AppState>,
    page: Page,
    ClientAddress(address): ClientAddress,
    data: FormData,
) -> AppResult<Response> {
    let form: EmailLinkForm = data.decode()?;
    let email = match form.check() {
        Ok(email) => email,
        Err(errors) => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                email_link_page(page, &form.email, &errors),
            );
        }
    };
    let account_key = rate_limit::account_key("link", &email);
    let address_key = rate_limit::address_key("link", &address);
    let limits = [
        (account_key.as_str(), rate_limit::LINKS_PER_ACCOUNT),
        (address_key.as_str(), rate_limit::PER_ADDRESS),
    ];
    if rate_limit::blocked(&state.db, &limits).await? {
        state.metrics.rate_limit_refused();
        let message = t_args(
            "error-too-many-links",
            &[("minutes", &rate_limit::WINDOW_MINUTES.to_string())],
        );
        let errors = [("email".to_owned(), message)];
        return html_status(
            StatusCode::TOO_MANY_REQUESTS,
            email_link_page(page, &form.email, &errors),
        );
    }
    rate_limit::count(&state.db, &[&account_key, &address_key]).await?;

    // The answer is the same whether or not the account exists, so the page reveals nothing.
    if let Some(account) = queries::account_by_email(&state.db, &email).await?
        && account.disabled_at.is_none()
    {
        send_link(&state, &account).await?;
    }
    html(check_email_page(page, email, LINK_MINUTES))
}

/// Shows a button rather than signing in on GET, because mail scanners open links.
pub async fn show_link(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let link = queries::sign_in_link(&state.db, &session::hash(&token)).await?;
    let usable = link.is_some_and(|l| l.used_at.is_none() && l.expires_at > Utc::now());
    if !usable {
        return html_status(StatusCode::GONE, link_invalid_page(page));
    }
    html(link_confirm_page(page, token))
}

pub async fn use_link(
    State(state): State<AppState>,
    page: Page,
    previous: Option<axum::Extension<SessionToken>>,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let hashed = session::hash(&token);
    let link = queries::sign_in_link(&state.db, &hashed).await?;
    let Some(link) = link else {
        return html_status(StatusCode::GONE, link_invalid_page(page));
    };
    if !queries::use_sign_in_link(&state.db, &hashed, Utc::now()).await? {
        return html_status(StatusCode::GONE, link_invalid_page(page));
    }
    let previous = previous.map(|p| p.0.0);
    let session = session::start(
        &state,
        link.organisation_id,
        link.account_id,
        previous.as_deref(),
    )
    .await?;
    let scope = OrgScope::new(state.db.clone(), link.organisation_id);
    audit::record(
        &scope,
        Some(link.account_id),
        "signed in",
        "account",
        Some(link.account_id),
        Some("emailed link"),
    )
    .await?;
    Ok(signed_in_response(&state, &session, "/home"))
}
