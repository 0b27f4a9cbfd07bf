//! Reading submitted forms. Browsers send one `name=value` pair per ticked checkbox, which
//! serde's form decoding cannot gather into a list, so forms arrive as ordered pairs.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use uuid::Uuid;

use crate::kit::error::{AppError, AppResult};

#[derive(Debug, Default, Clone)]
pub struct FormData(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::Status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
        }
        let back = same_site_referer(request.headers());
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| AppError::Status(e.status()))?;
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&bytes)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        refuse_what_no_field_keeps(&pairs, back)?;
        Ok(FormData(pairs))
    }
}

/// Refuses a form with a value longer than its field's limit, or holding a hidden character,
/// before anything reads it; multipart forms call this too, so the rules are the same for all.
pub fn refuse_what_no_field_keeps(
    pairs: &[(String, String)],
    back: Option<String>,
) -> Result<(), AppError> {
    let mut errors: Vec<(String, String)> = Vec::new();
    for (name, value) in pairs {
        let named = crate::kit::limits::problem(name, value.trim())
            .or_else(|| crate::kit::limits::problem("field name", name));
        if let Some(message) = named {
            let id = field_id(name);
            if !errors.iter().any(|(field, _)| *field == id) {
                errors.push((id, message));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Refused { errors, back })
    }
}

impl FormData {
    /// The form decoded into a struct, after the same checks as every form.
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T, AppError> {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&self.0)
            .finish();
        serde_urlencoded::from_str(&body).map_err(|e| AppError::BadRequest(e.to_string()))
    }
}

/// An id a field's error link can point at: the name, with characters an id cannot hold dropped.
fn field_id(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(100)
        .collect()
}

/// The path of the page the form was sent from, when it is one of ours, so a refused form can
/// link back to it.
fn same_site_referer(headers: &axum::http::HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let url = url::Url::parse(referer).ok()?;
    let origin = match url.port() {
        Some(port) => format!("{}:{port}", url.host_str()?),
        None => url.host_str()?.to_owned(),
    };
    if origin != host {
        return None;
    }
    crate::kit::page::safe_path(url.path())
}

impl FormData {
    /// The first value for `name`, trimmed; empty when absent.
    pub fn one(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    }

    /// Every non-empty value for `name`, in the order sent.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_owned())
            .collect()
    }
}

/// Field errors in the order of the form: (field id, message).
#[derive(Debug, Default, Clone)]
pub struct Errors(pub Vec<(String, String)>);

impl Errors {
    pub fn add(&mut self, field: &str, message: String) {
        self.0.push((field.to_owned(), message));
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn summary(&self) -> Option<crate::kit::components::ErrorSummary> {
        (!self.0.is_empty()).then(|| crate::kit::components::ErrorSummary::of(&self.0))
    }
}

/// A light check that catches typing mistakes; the emailed link is the real test.
pub fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
}

/// An id from a path: a malformed one is a page that does not exist.
pub fn parse_id(id: &str) -> AppResult<Uuid> {
    Uuid::parse_str(id).map_err(|_| AppError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_with_obvious_mistakes_are_caught() {
        assert!(looks_like_email("jo.bennett@people.example"));
        assert!(!looks_like_email("jo.bennett"));
        assert!(!looks_like_email("jo@example"));
        assert!(!looks_like_email("jo bennett@example.com"));
        assert!(!looks_like_email("@example.com"));
    }
}
