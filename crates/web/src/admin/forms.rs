//! The form for a new account: what the administrator typed, its checks, and the account to
//! create.

use serde::Deserialize;

use crate::kit::auth::Role;
use crate::kit::i18n::t;

#[derive(Debug, Default, Deserialize)]
pub struct NewAccountForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
}

/// A new account as checked: its name, its email in lower case and its one role.
pub struct NewAccount {
    pub name: String,
    pub email: String,
    pub role: Role,
}

/// Whether an email could be an address at all; only such an email is looked up.
pub fn looks_like_email(email: &str) -> bool {
    email.contains('@')
}

impl NewAccountForm {
    /// The email as accounts keep it, trimmed and in lower case.
    pub fn email(&self) -> String {
        self.email.trim().to_lowercase()
    }

    /// The new account, or the field errors in form order. `taken` says whether an account
    /// already has the email.
    pub fn check(&self, taken: bool) -> Result<NewAccount, Vec<(String, String)>> {
        let mut errors = vec![];
        if self.name.trim().is_empty() {
            errors.push(("name".to_owned(), t("error-name-missing")));
        }
        let email = self.email();
        if !looks_like_email(&email) {
            errors.push(("email".to_owned(), t("error-email-format")));
        } else if taken {
            errors.push(("email".to_owned(), t("error-email-taken")));
        }
        let role = Role::parse(&self.role);
        if role.is_none() {
            errors.push(("role".to_owned(), t("error-role-missing")));
        }
        let Some(role) = role.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        Ok(NewAccount {
            name: self.name.trim().to_owned(),
            email,
            role,
        })
    }
}
