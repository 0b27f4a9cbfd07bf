//! Reading submitted forms. Browsers send one `name=value` pair per ticked checkbox, which
//! serde's form decoding cannot gather into a list, so forms arrive as ordered pairs.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};

use crate::error::AppError;

#[derive(Debug, Default, Clone)]
pub struct FormData(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| AppError::BadRequest(e.to_string()))?;
        Ok(FormData(
            url::form_urlencoded::parse(&bytes)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        ))
    }
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

    pub fn summary(&self) -> Option<crate::components::ErrorSummary> {
        (!self.0.is_empty()).then(|| crate::components::ErrorSummary::of(&self.0))
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
