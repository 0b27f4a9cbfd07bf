//! What every page's layout needs: the title, who is signed in, the navigation that fits
//! their roles and the form token. Handlers take a `Page` as an extractor and give it a title.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::kit::auth::{CurrentUser, Role};
use crate::kit::components::{
    self, Footer, FooterLink, FooterMeta, GenericHeader, NavigationItem, PhaseBanner, PhaseTag,
    ServiceNavigation, SkipLink,
};
use crate::kit::csrf::CsrfToken;
use crate::kit::i18n;

#[derive(Clone, Debug)]
pub struct Page {
    pub title: String,
    pub csrf: String,
    pub path: String,
    pub user: Option<CurrentUser>,
}

impl Page {
    pub fn anonymous(title: &str) -> Self {
        Self {
            title: title.to_owned(),
            csrf: String::new(),
            path: String::new(),
            user: None,
        }
    }

    pub fn titled(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// The page title in the GOV.UK pattern; "Error: " first when the form has errors.
    pub fn full_title(&self, has_errors: bool) -> String {
        let prefix = if has_errors {
            format!("{} ", i18n::t("title-error-prefix"))
        } else {
            String::new()
        };
        format!("{prefix}{} – {}", self.title, i18n::t("service-name"))
    }

    pub fn t(&self, key: &str) -> String {
        i18n::t(key)
    }

    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        i18n::t_args(key, &[(name, value)])
    }

    /// Whether the signed-in person may change how the organisation does its involvement work
    /// (administrators and coordinators), so pages offer links only they can follow.
    pub fn coordinates(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.has_any(&[Role::Administrator, Role::Coordinator]))
    }

    pub fn skip_link(&self) -> String {
        components::render(&SkipLink {
            text: Some(i18n::t("skip-link")),
            href: Some("#main-content".into()),
            html: None,
        })
    }

    pub fn header(&self) -> String {
        components::render(&GenericHeader {
            logo_text: Some(i18n::t("service-name")),
            logo_html: None,
            url: Some("/".into()),
        })
    }

    /// Whether the person signed in may open `path`: links to pages they could not open are
    /// left out rather than answering "You cannot see this page".
    pub fn may_open(&self, path: &str) -> bool {
        self.may("GET", path)
    }

    /// Whether the person signed in may send a form to `path`: forms they could not send are
    /// left out rather than answering "You cannot see this page".
    pub fn may_send(&self, path: &str) -> bool {
        self.may("POST", path)
    }

    fn may(&self, method: &str, path: &str) -> bool {
        match crate::kit::access::access_for(method, path) {
            Some(crate::kit::access::Access::Public) => true,
            Some(access) => self.user.as_ref().is_some_and(|u| u.may(access)),
            None => false,
        }
    }

    pub fn navigation(&self) -> String {
        let items = self.nav_items();
        components::render(&ServiceNavigation {
            service_name: self.user.as_ref().map(|u| u.organisation_name.clone()),
            service_url: None,
            navigation: items,
        })
    }

    fn nav_items(&self) -> Vec<NavigationItem> {
        let Some(user) = &self.user else {
            return vec![];
        };
        let mut links = vec![("/home", i18n::t("nav-home"))];
        if user.has_any(&[Role::Administrator, Role::Coordinator, Role::Staff]) {
            links.push(("/people", i18n::t("nav-people")));
            links.push(("/opportunities", i18n::t("nav-opportunities")));
            links.push(("/groups", i18n::t("nav-groups")));
            links.push(("/meetings", i18n::t("nav-meetings")));
            links.push(("/impact", i18n::t("nav-impact")));
            links.push(("/support", i18n::t("nav-support")));
        }
        if user.has_any(&[Role::Finance, Role::Coordinator]) {
            links.push(("/payments", i18n::t("nav-payments")));
        }
        if user.has(Role::Equality) {
            links.push(("/equality", i18n::t("nav-equality")));
        }
        if user.has_any(&[
            Role::Administrator,
            Role::Coordinator,
            Role::Board,
            Role::Equality,
        ]) {
            links.push(("/reports", i18n::t("nav-reports")));
        }
        links.push(("/assessment", i18n::t("nav-assessment")));
        if user.has(Role::Administrator) {
            links.push(("/admin/accounts", i18n::t("nav-accounts")));
            links.push(("/admin/outbox", i18n::t("nav-outbox")));
            links.push(("/admin/audit", i18n::t("nav-audit")));
            links.push(("/payments/policy", i18n::t("nav-payment-policy")));
        }
        if user.platform_admin {
            links.push(("/platform/organisations", i18n::t("nav-organisations")));
        }
        links.push(("/account", i18n::t("nav-account")));
        links
            .into_iter()
            .filter(|(href, _)| self.may_open(href))
            .map(|(href, text)| NavigationItem {
                current: self.path == href,
                active: self.path != href && self.path.starts_with(&format!("{href}/")),
                href: href.to_owned(),
                text,
            })
            .collect()
    }

    pub fn phase_banner(&self) -> String {
        components::render(&PhaseBanner {
            tag: PhaseTag {
                text: Some(i18n::t("phase")),
                html: None,
            },
            text: None,
            html: Some(i18n::t("phase-banner-html")),
        })
    }

    pub fn footer(&self) -> String {
        components::render(&Footer {
            meta: FooterMeta {
                visually_hidden_title: Some(i18n::t("footer-links")),
                items: vec![
                    FooterLink {
                        href: "/accessibility".into(),
                        text: i18n::t("footer-accessibility"),
                    },
                    FooterLink {
                        href: "/privacy".into(),
                        text: i18n::t("footer-privacy"),
                    },
                ],
                text: Some(i18n::t("footer-synthetic")),
            },
        })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Page {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Page {
            title: String::new(),
            csrf: parts
                .extensions
                .get::<CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default(),
            path: parts.uri.path().to_owned(),
            user: parts.extensions.get::<CurrentUser>().cloned(),
        })
    }
}

/// Percent-encodes a value for a query string.
pub fn url_encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// `path` when it is one of our own pages, to send someone back to; `None` for anything a browser
/// could read as another site. Only the characters a path of ours uses are allowed, so no tab,
/// newline or backslash can turn `/\t/evil.example` into `//evil.example`.
pub fn safe_path(path: &str) -> Option<String> {
    let ours = path.starts_with('/')
        && !path.starts_with("//")
        && path.len() <= 512
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_.~%?=&".contains(c))
        && !path.contains("%2f")
        && !path.contains("%2F")
        && !path.contains("%5c")
        && !path.contains("%5C")
        && !path.contains("%0")
        && !path.contains("%1")
        && !path.contains("%09");
    ours.then(|| path.to_owned())
}

#[cfg(test)]
mod safe_path_tests {
    use super::safe_path;

    #[test]
    fn only_our_own_paths_come_back() {
        assert_eq!(
            safe_path("/people/12?page=2").as_deref(),
            Some("/people/12?page=2")
        );
        for hostile in [
            "//evil.example",
            "/\t/evil.example",
            "/\n",
            "/%09/evil.example",
            "/%0A",
            "/\\evil.example",
            "/%5Cevil.example",
            "https://evil.example/",
            "evil.example",
            "/ /x",
            "",
        ] {
            assert_eq!(safe_path(hostile), None, "{hostile:?}");
        }
    }
}
