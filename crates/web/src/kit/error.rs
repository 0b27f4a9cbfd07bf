//! The one error type of the web layer. Each variant maps once to a friendly GOV.UK page
//! (`error_page.rs`); internal causes are logged with a reference the person can quote, never
//! shown.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

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
    /// A form refused before any handler saw it (a value too long, a hidden character): the page
    /// names each field, with links back to the form it came from.
    #[error("form refused")]
    Refused {
        errors: Vec<(String, String)>,
        back: Option<String>,
    },
    /// A request the framework could not take (wrong method, body too large, unreadable body).
    #[error("request refused: {0}")]
    Status(StatusCode),
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

/// Whether the database refused a row because one like it is already there.
pub fn is_duplicate(e: &withus_db::sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(withus_db::sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}
