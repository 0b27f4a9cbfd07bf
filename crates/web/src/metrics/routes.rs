//! `GET /metrics` for Prometheus. Off (404) unless `metrics_token` is set, and then only for a
//! request that sends it as `Authorization: Bearer <token>` (401 otherwise): the counts say how
//! busy an installation is, which is nobody else's business.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::kit::error::AppError;

pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

pub async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = state.config.metrics_token.as_deref() else {
        return AppError::NotFound.into_response();
    };
    if !authorised(&headers, token) {
        let mut refused = AppError::Status(StatusCode::UNAUTHORIZED).into_response();
        refused
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return refused;
    }
    let mut text = String::new();
    state.metrics.render(&mut text);
    super::database::render(&state.db, &mut text).await;
    ([(header::CONTENT_TYPE, CONTENT_TYPE)], text).into_response()
}

fn authorised(headers: &HeaderMap, token: &str) -> bool {
    let Some((scheme, sent)) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
    else {
        return false;
    };
    scheme.eq_ignore_ascii_case("bearer") && same(sent.trim().as_bytes(), token.as_bytes())
}

/// Compares digests, every byte, so the time taken tells nothing about how much of the token
/// was right or how long it is.
fn same(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = (Sha256::digest(a), Sha256::digest(b));
    a.iter()
        .zip(b.iter())
        .fold(0u8, |diff, (x, y)| diff | (x ^ y))
        == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bearer(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn only_the_exact_token_opens_the_page() {
        assert!(authorised(&bearer("Bearer s3cret"), "s3cret"));
        assert!(authorised(&bearer("bearer s3cret"), "s3cret"));
        assert!(!authorised(&bearer("Bearer s3cre"), "s3cret"));
        assert!(!authorised(&bearer("Bearer s3cret2"), "s3cret"));
        assert!(!authorised(&bearer("Basic s3cret"), "s3cret"));
        assert!(!authorised(&bearer("s3cret"), "s3cret"));
        assert!(!authorised(&HeaderMap::new(), "s3cret"));
    }
}
