//! The button, and the error summary a page shows above its form.

use askama::Template;
use serde::Deserialize;

use super::{classes, content};

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/button.html")]
pub struct Button {
    pub text: Option<String>,
    pub html: Option<String>,
    pub href: Option<String>,
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub button_type: Option<String>,
    pub value: Option<String>,
    pub classes: Option<String>,
    pub is_start_button: bool,
    pub prevent_double_click: Option<bool>,
}

impl Button {
    pub fn submit(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            prevent_double_click: Some(true),
            ..Self::default()
        }
    }

    pub fn link(text: impl Into<String>, href: &str) -> Self {
        Self {
            text: Some(text.into()),
            href: Some(href.to_owned()),
            ..Self::default()
        }
    }

    /// Which of a form's buttons was pressed, sent as `name=value`.
    pub fn step(mut self, name: &str, value: &str) -> Self {
        self.name = Some(name.to_owned());
        self.value = Some(value.to_owned());
        self
    }

    pub fn secondary(mut self) -> Self {
        self.classes = Some("govuk-button--secondary".into());
        self
    }

    pub fn warning(mut self) -> Self {
        self.classes = Some("govuk-button--warning".into());
        self
    }

    pub fn start(mut self) -> Self {
        self.is_start_button = true;
        self
    }

    fn class_list(&self) -> String {
        let start = if self.is_start_button {
            "govuk-button--start"
        } else {
            ""
        };
        classes(&["govuk-button", self.classes.as_deref().unwrap_or(""), start])
    }

    fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ErrorLink {
    pub text: Option<String>,
    pub html: Option<String>,
    pub href: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/error_summary.html")]
pub struct ErrorSummary {
    pub title_text: Option<String>,
    pub description_text: Option<String>,
    pub error_list: Vec<ErrorLink>,
}

impl ErrorSummary {
    /// One entry per (field id, message), in the order of the form.
    pub fn of(errors: &[(String, String)]) -> Self {
        Self {
            title_text: Some("There is a problem".into()),
            description_text: None,
            error_list: errors
                .iter()
                .map(|(field, message)| ErrorLink {
                    text: Some(message.clone()),
                    html: None,
                    href: Some(format!("#{field}")),
                })
                .collect(),
        }
    }

    fn link_body(&self, link: &ErrorLink) -> String {
        content(&link.text, &link.html)
    }
}
