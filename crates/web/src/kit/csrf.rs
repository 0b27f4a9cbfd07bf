//! CSRF protection for every form that changes anything. The token is an HMAC of the session
//! token (or, before sign-in, of a random visitor cookie) under the installation's key, so
//! any server can check it without keeping state. Every non-GET request must carry it.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::AppState;
use crate::kit::auth::session::{SessionToken, cookie_value, set_cookie};
use crate::kit::error::AppError;

pub const VISITOR_COOKIE: &str = "withus_visitor";
pub const FIELD: &str = "csrf_token";
/// Forms are small; uploads will get their own limit when they arrive.
const FORM_LIMIT: usize = 1024 * 1024;

#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

pub fn token_for(key: &[u8], identity: &str) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => return String::new(),
    };
    mac.update(b"csrf:");
    mac.update(identity.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn verify(key: &[u8], identity: &str, token: &str) -> bool {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return false;
    };
    let Ok(bytes) = hex::decode(token) else {
        return false;
    };
    mac.update(b"csrf:");
    mac.update(identity.as_bytes());
    mac.verify_slice(&bytes).is_ok()
}

pub async fn protect(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // Every route is a page to read or a form to send: any other method is refused before the
    // token is looked for, so it gets "not allowed" rather than "this form has expired".
    if !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS | Method::POST
    ) {
        let mut response = AppError::Status(StatusCode::METHOD_NOT_ALLOWED).into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD, POST"));
        return response;
    }
    let (mut parts, body) = request.into_parts();
    let session = parts.extensions.get::<SessionToken>().map(|s| s.0.clone());
    let visitor = cookie_value(&parts.headers, VISITOR_COOKIE);
    let (identity, new_visitor) = match (session, visitor) {
        (Some(session), _) => (session, None),
        (None, Some(visitor)) => (visitor, None),
        (None, None) => {
            let fresh = hex::encode(rand::random::<[u8; 32]>());
            (fresh.clone(), Some(fresh))
        }
    };
    let expected = token_for(&state.csrf_key, &identity);
    parts.extensions.insert(CsrfToken(expected));

    let multipart = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let body = if matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
        body
    } else if multipart {
        // File uploads carry the token in the form's address, so the file is not read twice.
        let submitted = parts
            .uri
            .query()
            .and_then(|q| url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == FIELD))
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        if !verify(&state.csrf_key, &identity, &submitted) {
            return AppError::CsrfRejected.into_response();
        }
        body
    } else {
        let bytes = match to_bytes(body, FORM_LIMIT).await {
            Ok(bytes) => bytes,
            Err(_) => return AppError::Status(StatusCode::PAYLOAD_TOO_LARGE).into_response(),
        };
        let submitted = url::form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v.into_owned())
            .or_else(|| {
                parts
                    .headers
                    .get("x-csrf-token")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            })
            .unwrap_or_default();
        if !verify(&state.csrf_key, &identity, &submitted) {
            return AppError::CsrfRejected.into_response();
        }
        Body::from(bytes)
    };

    let mut response = next.run(Request::from_parts(parts, body)).await;
    if let Some(visitor) = new_visitor {
        let cookie = set_cookie(
            VISITOR_COOKIE,
            &visitor,
            state.config.secure_cookies(),
            None,
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_bound_to_identity_and_key() {
        let token = token_for(b"key", "alice");
        assert!(verify(b"key", "alice", &token));
        assert!(!verify(b"key", "bob", &token));
        assert!(!verify(b"other", "alice", &token));
        assert!(!verify(b"key", "alice", "not hex"));
    }
}
