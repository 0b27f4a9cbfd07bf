//! Sign-in by password (here) or by a one-time emailed link (`email_link.rs`), and sign-out.

pub mod email_link;

use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use withus_db::OrgScope;

use crate::AppState;
use crate::kit::audit;
use crate::kit::auth::client::ClientAddress;
use crate::kit::auth::session::{self, SESSION_COOKIE, SessionToken, clear_cookie, set_cookie};
use crate::kit::auth::{CurrentUser, password, rate_limit};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::FormData;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::sign_in::forms::{ReturnTo, SignInForm};
use crate::sign_in::queries;
use crate::sign_in::views::{sign_in_page, signed_out_page};

pub const LINK_MINUTES: i64 = 15;

/// Only our own paths: never another site, never a protocol-relative `//host`.
fn safe_return(path: &str) -> String {
    crate::kit::page::safe_path(path).unwrap_or_else(|| "/home".to_owned())
}

pub async fn show_sign_in(page: Page, Query(q): Query<ReturnTo>) -> AppResult<Response> {
    if page.user.is_some() {
        return Ok(Redirect::to("/home").into_response());
    }
    let form = SignInForm {
        return_to: q.return_to,
        ..SignInForm::default()
    };
    html(sign_in_page(page, &form, &[]))
}

pub async fn sign_in(
    State(state): State<AppState>,
    page: Page,
    ClientAddress(address): ClientAddress,
    previous: Option<axum::Extension<SessionToken>>,
    data: FormData,
) -> AppResult<Response> {
    let form: SignInForm = data.decode()?;
    let errors = form.missing();
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            sign_in_page(page, &form, &errors),
        );
    }

    let account_key = rate_limit::account_key("password", &form.email);
    let address_key = rate_limit::address_key("password", &address);
    if rate_limit::blocked(
        &state.db,
        &[(address_key.as_str(), rate_limit::PER_ADDRESS)],
    )
    .await?
    {
        let message = t_args(
            "error-too-many-attempts",
            &[("minutes", &rate_limit::WINDOW_MINUTES.to_string())],
        );
        state.metrics.rate_limit_refused();
        return too_many(page, &form, message);
    }
    // One account is slowed down, never locked: its owner knows the password and can wait a few
    // seconds, or use an emailed link. The try is counted against the address only.
    if let Some(left) = rate_limit::account_wait(&state.db, &account_key).await? {
        rate_limit::count(&state.db, &[&address_key]).await?;
        let seconds = ((left.num_milliseconds() + 999) / 1000).max(1).to_string();
        let message = t_args("error-wait-seconds", &[("seconds", &seconds)]);
        state.metrics.rate_limit_refused();
        return too_many(page, &form, message);
    }

    let account = queries::account_by_email(&state.db, &form.email).await?;
    let typed = form.password.clone();
    let matched = match &account {
        Some(a) if a.disabled_at.is_none() => {
            let stored = a.password_hash.clone().unwrap_or_default();
            tokio::task::spawn_blocking(move || password::verify(&typed, &stored))
                .await
                .map_err(|e| AppError::Internal(e.to_string()))?
        }
        _ => {
            tokio::task::spawn_blocking(move || password::dummy_verify(&typed))
                .await
                .map_err(|e| AppError::Internal(e.to_string()))?;
            false
        }
    };
    let account = match account {
        Some(account) if matched => account,
        owner => {
            state.metrics.sign_in_failed();
            rate_limit::count(&state.db, &[&account_key, &address_key]).await?;
            if let Some(owner) = owner.as_ref().filter(|o| o.disabled_at.is_none()) {
                let since = Utc::now() - Duration::minutes(rate_limit::WINDOW_MINUTES);
                if queries::attempts_since(&state.db, &account_key, since).await?
                    == rate_limit::LINK_AFTER
                {
                    send_link(&state, owner).await?;
                }
            }
            let errors = [("email".to_owned(), t("error-sign-in-failed"))];
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                sign_in_page(page, &form, &errors),
            );
        }
    };

    queries::clear_attempts(&state.db, &account_key).await?;
    let previous = previous.map(|p| p.0.0);
    let token = session::start(
        &state,
        account.organisation_id,
        account.id,
        previous.as_deref(),
    )
    .await?;
    let scope = OrgScope::new(state.db.clone(), account.organisation_id);
    audit::record(
        &scope,
        Some(account.id),
        "signed in",
        "account",
        Some(account.id),
        Some("password"),
    )
    .await?;
    Ok(signed_in_response(
        &state,
        &token,
        &safe_return(&form.return_to),
    ))
}

pub(super) fn signed_in_response(state: &AppState, token: &str, to: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    let cookie = set_cookie(SESSION_COOKIE, token, state.config.secure_cookies(), None);
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Emails `account` a link that signs them in once.
pub(super) async fn send_link(
    state: &AppState,
    account: &withus_db::entities::account::Model,
) -> AppResult<()> {
    let token = session::new_token();
    let now = Utc::now();
    let scope = OrgScope::new(state.db.clone(), account.organisation_id);
    let link = format!("{}/sign-in/email/{token}", state.config.public_url);
    let body = t_args(
        "email-link-body",
        &[
            ("name", &account.display_name),
            ("link", &link),
            ("minutes", &LINK_MINUTES.to_string()),
        ],
    );
    let subject = t("email-link-subject");
    queries::save_link(
        &scope,
        account,
        session::hash(&token),
        now + Duration::minutes(LINK_MINUTES),
        &subject,
        &body,
        now,
    )
    .await?;
    Ok(())
}

pub(super) fn too_many(page: Page, form: &SignInForm, message: String) -> AppResult<Response> {
    let errors = [("email".to_owned(), message)];
    html_status(
        StatusCode::TOO_MANY_REQUESTS,
        sign_in_page(page, form, &errors),
    )
}

pub async fn sign_out(
    State(state): State<AppState>,
    token: Option<axum::Extension<SessionToken>>,
) -> AppResult<Response> {
    if let Some(token) = token {
        session::end(&state, &token.0.0).await?;
    }
    Ok(signed_out_response(&state))
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<Response> {
    let scope = OrgScope::new(state.db.clone(), user.organisation_id);
    session::end_all(&scope, user.account_id).await?;
    audit::record(
        &scope,
        Some(user.account_id),
        "signed out everywhere",
        "account",
        Some(user.account_id),
        None,
    )
    .await?;
    Ok(signed_out_response(&state))
}

fn signed_out_response(state: &AppState) -> Response {
    let mut response = Redirect::to("/signed-out").into_response();
    if let Ok(value) =
        HeaderValue::from_str(&clear_cookie(SESSION_COOKIE, state.config.secure_cookies()))
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub async fn signed_out(page: Page) -> AppResult<Response> {
    html(signed_out_page(page))
}
