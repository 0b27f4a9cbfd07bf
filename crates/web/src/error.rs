//! The one error type of the web layer. Each variant maps once to a friendly GOV.UK page;
//! internal causes are logged with a reference the person can quote, never shown.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::i18n::t;
use crate::page::Page;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    #[error("sign-in required")]
    SignInRequired { return_to: String },
    #[error("form token did not match")]
    CsrfRejected,
    #[error("request body not readable: {0}")]
    BadRequest(String),
    #[error("database: {0}")]
    Database(#[from] withus_db::sea_orm::DbErr),
    #[error("data layer: {0}")]
    Data(#[from] withus_db::DbError),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("{0}")]
    Internal(String),
}

pub type AppResult<T> = Result<T, AppError>;

#[derive(Template)]
#[template(path = "pages/error.html")]
struct ErrorPage {
    page: Page,
    heading: String,
    body: String,
    reference: Option<String>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, heading, body, reference) = match &self {
            AppError::SignInRequired { return_to } => {
                let target = format!("/sign-in?return_to={}", crate::page::url_encode(return_to));
                return Redirect::to(&target).into_response();
            }
            AppError::NotFound => (
                StatusCode::NOT_FOUND,
                t("error-404-heading"),
                t("error-404-body"),
                None,
            ),
            AppError::Forbidden => (
                StatusCode::FORBIDDEN,
                t("error-403-heading"),
                t("error-403-body"),
                None,
            ),
            AppError::CsrfRejected => (
                StatusCode::FORBIDDEN,
                t("error-csrf-heading"),
                t("error-csrf-body"),
                None,
            ),
            AppError::BadRequest(_) => (
                StatusCode::BAD_REQUEST,
                t("error-400-heading"),
                t("error-400-body"),
                None,
            ),
            _ => {
                let reference = uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase();
                tracing::error!(reference, error = %self, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t("error-500-heading"),
                    t("error-500-body"),
                    Some(reference),
                )
            }
        };
        let page = ErrorPage {
            page: Page::anonymous(&heading),
            heading,
            body,
            reference,
        };
        match page.render() {
            Ok(html) => (
                status,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response(),
            Err(e) => {
                tracing::error!("error page failed to render: {e}");
                (status, "Something went wrong").into_response()
            }
        }
    }
}

/// Renders a page template into an HTML response.
pub fn html<T: Template>(template: T) -> AppResult<Response> {
    let body = template.render()?;
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response())
}

/// Renders a page with a status other than 200 (a form with errors gets 422, a rate limit 429).
pub fn html_status<T: Template>(status: StatusCode, template: T) -> AppResult<Response> {
    let body = template.render()?;
    Ok((
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response())
}

/// Friendly 404 for any path the router does not know.
pub async fn not_found() -> AppError {
    AppError::NotFound
}
