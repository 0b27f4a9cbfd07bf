//! Building the sign-in pages: signing in by password, asking for an emailed link and the
//! pages around using it, and being signed out.

use askama::Template;

use crate::kit::components::{Button, ErrorSummary, Input};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::sign_in::forms::SignInForm;

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
pub struct SignInPage {
    page: Page,
    errors: Option<ErrorSummary>,
    email: Input,
    password: Input,
    button: Button,
    return_to: String,
}

pub fn sign_in_page(page: Page, form: &SignInForm, errors: &[(String, String)]) -> SignInPage {
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    };
    SignInPage {
        page: page.titled(t("sign-in-title")),
        errors: (!errors.is_empty()).then(|| ErrorSummary::of(errors)),
        email: Input::new("email", t("field-email"))
            .kind("email")
            .autocomplete("email")
            .spellcheck(false)
            .value(&form.email)
            .error(error_for("email")),
        password: Input::new("password", t("field-password"))
            .kind("password")
            .autocomplete("current-password")
            .error(error_for("password")),
        button: Button::submit(t("sign-in-button")),
        return_to: form.return_to.clone(),
    }
}

#[derive(Template)]
#[template(path = "auth/signed_out.html")]
pub struct SignedOutPage {
    page: Page,
}

pub fn signed_out_page(page: Page) -> SignedOutPage {
    SignedOutPage {
        page: page.titled(t("signed-out-title")),
    }
}

#[derive(Template)]
#[template(path = "auth/email_link.html")]
pub struct EmailLinkPage {
    page: Page,
    errors: Option<ErrorSummary>,
    email: Input,
    button: Button,
}

pub fn email_link_page(page: Page, email: &str, errors: &[(String, String)]) -> EmailLinkPage {
    let error = errors.first().map(|(_, m)| m.as_str());
    EmailLinkPage {
        page: page.titled(t("email-link-title")),
        errors: (!errors.is_empty()).then(|| ErrorSummary::of(errors)),
        email: Input::new("email", t("field-email"))
            .kind("email")
            .autocomplete("email")
            .spellcheck(false)
            .hint(t("email-link-hint"))
            .value(email)
            .error(error),
        button: Button::submit(t("email-link-button")),
    }
}

#[derive(Template)]
#[template(path = "auth/check_email.html")]
pub struct CheckEmailPage {
    page: Page,
    email: String,
    minutes: i64,
}

/// Where the link went and for how many minutes it works.
pub fn check_email_page(page: Page, email: String, minutes: i64) -> CheckEmailPage {
    CheckEmailPage {
        page: page.titled(t("check-email-title")),
        email,
        minutes,
    }
}

#[derive(Template)]
#[template(path = "auth/link_confirm.html")]
pub struct LinkConfirmPage {
    page: Page,
    token: String,
    button: Button,
}

pub fn link_confirm_page(page: Page, token: String) -> LinkConfirmPage {
    LinkConfirmPage {
        page: page.titled(t("link-confirm-title")),
        token,
        button: Button::submit(t("link-confirm-button")),
    }
}

#[derive(Template)]
#[template(path = "auth/link_invalid.html")]
pub struct LinkInvalidPage {
    page: Page,
}

pub fn link_invalid_page(page: Page) -> LinkInvalidPage {
    LinkInvalidPage {
        page: page.titled(t("link-invalid-title")),
    }
}
