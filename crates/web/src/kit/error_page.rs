//! The GOV.UK page each error maps to, once: not found, not allowed, an expired form, a form
//! refused before any handler saw it, the framework's own refusals, and "something went wrong"
//! with a reference the person can quote.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::AppError;
use crate::kit::i18n::t;
use crate::kit::page::Page;

#[derive(Template)]
#[template(path = "pages/error.html")]
struct ErrorPage {
    page: Page,
    heading: String,
    body: String,
    reference: Option<String>,
    summary: Option<String>,
    back: Option<String>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Refused { errors, back } = &self {
            return refused_page(errors, back.clone());
        }
        let (status, heading, body, reference) = match &self {
            AppError::SignInRequired { return_to } => {
                let target = format!(
                    "/sign-in?return_to={}",
                    crate::kit::page::url_encode(return_to)
                );
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
            AppError::Status(status) => {
                let (heading, body) = words_for(*status);
                (*status, heading, body, None)
            }
            _ => {
                // The request's id, so the reference a person quotes finds the request's log lines.
                let reference = crate::kit::request_id::current().unwrap_or_else(|| {
                    uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase()
                });
                tracing::error!(reference, error = %self, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t("error-500-heading"),
                    t("error-500-body"),
                    Some(reference),
                )
            }
        };
        render_error(
            status,
            ErrorPage {
                page: Page::anonymous(&heading),
                heading,
                body,
                reference,
                summary: None,
                back: None,
            },
        )
    }
}

/// Heading and words for a status the framework answers by itself.
fn words_for(status: StatusCode) -> (String, String) {
    let key = match status.as_u16() {
        404 => "404",
        405 => "405",
        413 => "413",
        415 => "415",
        422 => "422",
        403 => "403",
        401 => "401",
        s if s >= 500 => "500",
        _ => "400",
    };
    (
        t(&format!("error-{key}-heading")),
        t(&format!("error-{key}-body")),
    )
}

fn refused_page(errors: &[(String, String)], back: Option<String>) -> Response {
    let mut summary = crate::kit::components::ErrorSummary::of(errors);
    if let Some(back) = &back {
        for link in &mut summary.error_list {
            link.href = link.href.take().map(|anchor| format!("{back}{anchor}"));
        }
    }
    let heading = t("error-422-heading");
    let page = ErrorPage {
        page: Page::anonymous(&heading),
        heading,
        body: t("error-422-body"),
        reference: None,
        summary: Some(crate::kit::components::render(&summary)),
        back,
    };
    render_error(StatusCode::UNPROCESSABLE_ENTITY, page)
}

fn render_error(status: StatusCode, page: ErrorPage) -> Response {
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

/// Marks an answer meant for machines (`/ready`'s 503 for a load balancer), which `friendly`
/// leaves as it is.
#[derive(Clone, Copy, Debug)]
pub struct PlainAnswer;

/// Turns the framework's own refusals (plain-text bodies from extractors, the empty 405 of the
/// method router, a body over its limit) into the same GOV.UK pages as every other error.
pub async fn friendly(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    if response.extensions().get::<PlainAnswer>().is_some() {
        return response;
    }
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
    if is_page {
        return response;
    }
    let allow = response.headers().get(header::ALLOW).cloned();
    let mut page = AppError::Status(status).into_response();
    if let Some(allow) = allow {
        page.headers_mut().insert(header::ALLOW, allow);
    }
    page
}
