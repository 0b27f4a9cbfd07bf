//! GOV.UK Design System components written as our own askama templates. Each struct takes the
//! same options as the govuk-frontend macro (so tests can feed it the official fixtures) and
//! renders the same markup. Text is escaped; `html` options are trusted markup from our own code.

mod button;
mod choices;
mod content;
mod date_input;
mod form;
mod layout;
mod task_list;

use askama::Template;
use serde::{Deserialize, Deserializer};

pub use button::*;
pub use choices::*;
pub use content::*;
pub use date_input::*;
pub use form::*;
pub use layout::*;
pub use task_list::*;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The `html` option wins over `text`, as in govuk-frontend.
pub fn content(text: &Option<String>, html: &Option<String>) -> String {
    match (html, text) {
        (Some(html), _) => html.clone(),
        (None, Some(text)) => escape(text),
        (None, None) => String::new(),
    }
}

/// Renders a component, falling back to nothing (and a log line) if a template fails,
/// which only happens when a `Display` impl inside it fails.
pub fn render<T: Template>(component: &T) -> String {
    component.render().unwrap_or_else(|e| {
        tracing::error!("component failed to render: {e}");
        String::new()
    })
}

/// Joins class names, skipping empty ones.
pub fn classes(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fixture values are sometimes numbers (`"value": 1`); we keep them as text.
pub fn stringish<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match value {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    })
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Label {
    pub text: Option<String>,
    pub html: Option<String>,
    pub classes: Option<String>,
    pub is_page_heading: bool,
    #[serde(rename = "for")]
    pub for_id: Option<String>,
}

#[derive(Template)]
#[template(path = "components/label.html")]
struct LabelView<'a> {
    label: &'a Label,
    for_id: &'a str,
    extra_class: &'a str,
}

impl Label {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            ..Self::default()
        }
    }

    pub fn page_heading(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            classes: Some("govuk-label--l".into()),
            is_page_heading: true,
            ..Self::default()
        }
    }

    pub fn render_for(&self, for_id: &str, extra_class: &str) -> String {
        render(&LabelView {
            label: self,
            for_id,
            extra_class,
        })
    }

    fn class_list(&self, extra: &str) -> String {
        classes(&["govuk-label", extra, self.classes.as_deref().unwrap_or("")])
    }

    fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Hint {
    pub text: Option<String>,
    pub html: Option<String>,
    pub classes: Option<String>,
}

impl Hint {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            ..Self::default()
        }
    }

    pub fn render_with_id(&self, id: &str, extra_class: &str) -> String {
        format!(
            "<div id=\"{}\" class=\"{}\">{}</div>",
            escape(id),
            escape(&classes(&[
                "govuk-hint",
                extra_class,
                self.classes.as_deref().unwrap_or("")
            ])),
            content(&self.text, &self.html)
        )
    }
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/error_message.html")]
pub struct ErrorMessage {
    pub text: Option<String>,
    pub html: Option<String>,
    pub id: Option<String>,
    pub classes: Option<String>,
    pub visually_hidden_text: Option<String>,
}

impl ErrorMessage {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            ..Self::default()
        }
    }

    pub fn render_with_id(&self, id: &str) -> String {
        let mut with_id = self.clone();
        with_id.id = Some(id.to_owned());
        render(&with_id)
    }

    fn body(&self) -> String {
        content(&self.text, &self.html)
    }

    fn hidden(&self) -> String {
        self.visually_hidden_text
            .clone()
            .unwrap_or_else(|| "Error".into())
    }
}

/// Builds `aria-describedby` from the parts that are present.
pub fn described_by(parts: &[Option<String>]) -> Option<String> {
    let joined = parts
        .iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    (!joined.is_empty()).then_some(joined)
}
