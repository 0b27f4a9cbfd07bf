//! The sign-in forms: by password, and asking for a link by email.

use serde::Deserialize;

use crate::kit::i18n::t;

#[derive(Debug, Default, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub return_to: String,
}

impl SignInForm {
    /// What is missing, in form order; empty when both were typed.
    pub fn missing(&self) -> Vec<(String, String)> {
        let mut errors = vec![];
        if self.email.trim().is_empty() {
            errors.push(("email".to_owned(), t("error-email-missing")));
        }
        if self.password.is_empty() {
            errors.push(("password".to_owned(), t("error-password-missing")));
        }
        errors
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ReturnTo {
    #[serde(default)]
    pub return_to: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct EmailLinkForm {
    #[serde(default)]
    pub email: String,
}

impl EmailLinkForm {
    /// The email trimmed and in lower case, or the error when it cannot be an address.
    pub fn check(&self) -> Result<String, [(String, String); 1]> {
        let email = self.email.trim().to_lowercase();
        if !email.contains('@') || email.len() < 3 {
            return Err([("email".to_owned(), t("error-email-format"))]);
        }
        Ok(email)
    }
}
