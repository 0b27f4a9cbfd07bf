//! Every request gets an id: the proxy's `X-Request-Id` when it is short and plain, otherwise a
//! new one. The id is in the span every log line of the request carries, goes back in the
//! response's `X-Request-Id`, and is the reference a 500 page asks people to quote, so a call
//! to the help desk leads straight to the log. The same layer counts the request for `/metrics`.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

pub const HEADER: &str = "x-request-id";
/// The route label of requests no route matched, so scans of made-up addresses add no series.
pub const UNMATCHED: &str = "unmatched";
/// Longest id taken from a proxy; longer ones are replaced rather than logged.
const MAX_LEN: usize = 64;

/// The request's id, as a request extension (for the log span).
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

/// Outermost layer: gives the request its id, then counts its route, method, status and time.
pub async fn track(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let id = incoming(request.headers()).unwrap_or_else(new_id);
    request.extensions_mut().insert(RequestId(id.clone()));
    let route = route_of(&request);
    let method = method_label(request.method().as_str());
    let started = Instant::now();
    let mut response = crate::kit::request_id::scope(id.clone(), next.run(request)).await;
    state.metrics.observe_request(
        &route,
        method,
        response.status().as_u16(),
        started.elapsed(),
    );
    if let Ok(value) = HeaderValue::from_str(&id) {
        response
            .headers_mut()
            .insert(HeaderName::from_static(HEADER), value);
    }
    response
}

/// The span of a request's log lines. It names the route template, never the path, which can
/// hold the secret of an emailed sign-in link. At ERROR level, so that any filter that lets a
/// request's warnings and errors through lets its id through with them.
pub fn span(request: &Request) -> tracing::Span {
    let id = request
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.as_str())
        .unwrap_or("-");
    tracing::error_span!(
        "request",
        request_id = %id,
        method = %request.method(),
        route = %route_of(request),
    )
}

/// An id from a proxy, if it is one we can log and show as it is.
fn incoming(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(HEADER)?.to_str().ok()?;
    let safe = !value.is_empty()
        && value.len() <= MAX_LEN
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    safe.then(|| value.to_owned())
}

/// Twelve hex characters: short enough to read out on the phone, and unique enough to find
/// one request in a day's logs.
fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()[..12].to_uppercase()
}

fn route_of(request: &Request) -> String {
    if let Some(path) = request.extensions().get::<MatchedPath>() {
        return path.as_str().to_owned();
    }
    // Files under /assets come from a nested service, which leaves no MatchedPath.
    if request.uri().path().starts_with("/assets/") {
        "/assets".to_owned()
    } else {
        UNMATCHED.to_owned()
    }
}

/// Methods by name, and any other (anyone can send any word) as "other".
fn method_label(method: &str) -> &'static str {
    const KNOWN: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
    KNOWN
        .into_iter()
        .find(|known| *known == method)
        .unwrap_or("other")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(HEADER, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn a_proxy_id_is_kept_only_when_short_and_plain() {
        assert_eq!(
            incoming(&with("lb-7f3a.9c_01")).as_deref(),
            Some("lb-7f3a.9c_01")
        );
        assert_eq!(incoming(&with("a b")), None);
        assert_eq!(incoming(&with("<script>")), None);
        assert_eq!(incoming(&with(&"x".repeat(MAX_LEN + 1))), None);
        assert_eq!(incoming(&HeaderMap::new()), None);
        assert_eq!(new_id().len(), 12);
    }

    #[test]
    fn unknown_methods_share_one_label() {
        assert_eq!(method_label("GET"), "GET");
        assert_eq!(method_label("BREW"), "other");
    }
}
