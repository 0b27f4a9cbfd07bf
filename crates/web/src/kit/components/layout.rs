//! Page chrome: skip link, generic header, service navigation, phase banner, footer, back link.

use askama::Template;
use serde::Deserialize;

use super::{classes, content};

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/skip_link.html")]
pub struct SkipLink {
    pub text: Option<String>,
    pub html: Option<String>,
    pub href: Option<String>,
}

impl SkipLink {
    fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

/// The generic header (no crown: the GOV.UK brand is for gov.uk only).
#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/generic_header.html")]
pub struct GenericHeader {
    pub logo_text: Option<String>,
    pub logo_html: Option<String>,
    pub url: Option<String>,
}

impl GenericHeader {
    fn logo(&self) -> String {
        content(&self.logo_text, &self.logo_html)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NavigationItem {
    pub href: String,
    pub text: String,
    pub current: bool,
    pub active: bool,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/service_navigation.html")]
pub struct ServiceNavigation {
    pub service_name: Option<String>,
    pub service_url: Option<String>,
    pub navigation: Vec<NavigationItem>,
}

impl ServiceNavigation {
    fn is_section(&self) -> bool {
        self.service_name.is_some()
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PhaseTag {
    pub text: Option<String>,
    pub html: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/phase_banner.html")]
pub struct PhaseBanner {
    pub tag: PhaseTag,
    pub text: Option<String>,
    pub html: Option<String>,
}

impl PhaseBanner {
    fn tag_body(&self) -> String {
        content(&self.tag.text, &self.tag.html)
    }

    fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FooterLink {
    pub href: String,
    pub text: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FooterMeta {
    pub visually_hidden_title: Option<String>,
    pub items: Vec<FooterLink>,
    pub text: Option<String>,
}

/// The footer's meta links and our own line of text. We leave out the crown, the Open
/// Government Licence and Crown copyright that govuk-frontend always adds: they are not ours.
#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/footer.html")]
pub struct Footer {
    pub meta: FooterMeta,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/back_link.html")]
pub struct BackLink {
    pub text: Option<String>,
    pub href: Option<String>,
    pub classes: Option<String>,
}

impl BackLink {
    pub fn to(href: &str, text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            href: Some(href.to_owned()),
            classes: None,
        }
    }

    fn class_list(&self) -> String {
        classes(&["govuk-back-link", self.classes.as_deref().unwrap_or("")])
    }
}
