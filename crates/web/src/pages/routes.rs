use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::queries;
use crate::AppState;
use crate::kit::components::Button;
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::t;
use crate::kit::page::Page;

#[derive(Template)]
#[template(path = "pages/start.html")]
struct StartPage {
    page: Page,
    button: Button,
}

pub async fn start(page: Page) -> AppResult<Response> {
    if page.user.is_some() {
        return Ok(Redirect::to("/home").into_response());
    }
    html(StartPage {
        page: page.titled(t("start-title")),
        button: Button::link(t("start-button"), "/sign-in").start(),
    })
}

/// 200 when the database answers, 503 when it does not: for load balancers.
pub async fn health(State(state): State<AppState>) -> Response {
    if queries::ping(&state.db).await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

#[derive(Template)]
#[template(path = "pages/accessibility.html")]
struct AccessibilityPage {
    page: Page,
}

pub async fn accessibility(page: Page) -> AppResult<Response> {
    html(AccessibilityPage {
        page: page.titled(t("accessibility-title")),
    })
}

#[derive(Template)]
#[template(path = "pages/privacy.html")]
struct PrivacyPage {
    page: Page,
}

pub async fn privacy(page: Page) -> AppResult<Response> {
    html(PrivacyPage {
        page: page.titled(t("privacy-title")),
    })
}

#[derive(Template)]
#[template(path = "pages/erased.html")]
struct ErasedPage {
    page: Page,
}

pub async fn erased(page: Page) -> AppResult<Response> {
    html(ErasedPage {
        page: page.titled(t("erased-title")),
    })
}
