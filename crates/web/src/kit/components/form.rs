//! Single-control form components: input, textarea and select, and the field they share.

use askama::Template;
use serde::Deserialize;

use super::{ErrorMessage, Hint, Label, classes, described_by, stringish};

/// What every single-control field shares: its id and name, label, hint and error message.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Field {
    pub id: Option<String>,
    pub name: String,
    pub label: Label,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
}

impl Field {
    fn new(name: &str, label: impl Into<String>) -> Self {
        Self {
            name: name.to_owned(),
            label: Label::text(label),
            ..Self::default()
        }
    }

    fn field_id(&self) -> String {
        self.id.clone().unwrap_or_else(|| self.name.clone())
    }

    fn has_error(&self) -> bool {
        self.error_message.is_some()
    }

    fn group_class(&self) -> String {
        let error = if self.has_error() {
            "govuk-form-group--error"
        } else {
            ""
        };
        classes(&["govuk-form-group", error])
    }

    /// The control's classes: its block, the caller's extras, and the error modifier.
    fn control_class(&self, block: &str, extra: &Option<String>) -> String {
        let error = if self.has_error() {
            format!("{block}--error")
        } else {
            String::new()
        };
        classes(&[block, extra.as_deref().unwrap_or(""), &error])
    }

    /// Label, hint and error message, in the order GOV.UK puts them above the control.
    fn head_html(&self) -> String {
        let id = self.field_id();
        let mut html = self.label.render_for(&id, "");
        if let Some(hint) = &self.hint {
            html.push_str(&hint.render_with_id(&format!("{id}-hint"), ""));
        }
        if let Some(error) = &self.error_message {
            html.push_str(&error.render_with_id(&format!("{id}-error")));
        }
        html
    }

    fn aria(&self, extra: Option<&String>) -> Option<String> {
        let id = self.field_id();
        described_by(&[
            extra.cloned(),
            self.hint.as_ref().map(|_| format!("{id}-hint")),
            self.error_message.as_ref().map(|_| format!("{id}-error")),
        ])
    }
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/input.html")]
pub struct Input {
    #[serde(flatten)]
    pub field: Field,
    #[serde(rename = "type")]
    pub input_type: Option<String>,
    #[serde(deserialize_with = "stringish")]
    pub value: Option<String>,
    pub classes: Option<String>,
    pub autocomplete: Option<String>,
    pub inputmode: Option<String>,
    pub spellcheck: Option<bool>,
    pub described_by: Option<String>,
}

impl Input {
    pub fn new(name: &str, label: impl Into<String>) -> Self {
        Self {
            field: Field::new(name, label),
            ..Self::default()
        }
    }

    pub fn value(mut self, value: &str) -> Self {
        self.value = (!value.is_empty()).then(|| value.to_owned());
        self
    }

    pub fn kind(mut self, input_type: &str) -> Self {
        self.input_type = Some(input_type.to_owned());
        self
    }

    pub fn autocomplete(mut self, autocomplete: &str) -> Self {
        self.autocomplete = Some(autocomplete.to_owned());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.field.hint = Some(Hint::text(hint));
        self
    }

    pub fn classes(mut self, classes: &str) -> Self {
        self.classes = Some(classes.to_owned());
        self
    }

    pub fn spellcheck(mut self, on: bool) -> Self {
        self.spellcheck = Some(on);
        self
    }

    /// An id other than the name, when one page has several forms with the same field.
    pub fn id(mut self, id: &str) -> Self {
        self.field.id = Some(id.to_owned());
        self
    }

    pub fn error(mut self, message: Option<&str>) -> Self {
        self.field.error_message = message.map(ErrorMessage::text);
        self
    }

    fn kind_or_text(&self) -> &str {
        self.input_type.as_deref().unwrap_or("text")
    }
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/textarea.html")]
pub struct Textarea {
    #[serde(flatten)]
    pub field: Field,
    pub rows: Option<u32>,
    pub value: Option<String>,
    pub classes: Option<String>,
    pub autocomplete: Option<String>,
}

impl Textarea {
    pub fn new(name: &str, label: impl Into<String>) -> Self {
        Self {
            field: Field::new(name, label),
            ..Self::default()
        }
    }

    pub fn value(mut self, value: &str) -> Self {
        self.value = Some(value.to_owned());
        self
    }

    pub fn error(mut self, message: Option<&str>) -> Self {
        self.field.error_message = message.map(ErrorMessage::text);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.field.hint = Some(Hint::text(hint));
        self
    }

    /// An id other than the name, when one page has several forms with the same field.
    pub fn id(mut self, id: &str) -> Self {
        self.field.id = Some(id.to_owned());
        self
    }

    pub fn rows(mut self, rows: u32) -> Self {
        self.rows = Some(rows);
        self
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SelectItem {
    #[serde(deserialize_with = "stringish")]
    pub value: Option<String>,
    pub text: String,
    pub selected: bool,
    pub disabled: bool,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/select.html")]
pub struct Select {
    #[serde(flatten)]
    pub field: Field,
    pub items: Vec<SelectItem>,
    #[serde(deserialize_with = "stringish")]
    pub value: Option<String>,
    pub classes: Option<String>,
}

impl Select {
    pub fn new(
        name: &str,
        label: impl Into<String>,
        options: &[(&str, &str)],
        value: &str,
    ) -> Self {
        Self {
            field: Field::new(name, label),
            items: options
                .iter()
                .map(|(v, t)| SelectItem {
                    value: Some((*v).to_owned()),
                    text: (*t).to_owned(),
                    ..SelectItem::default()
                })
                .collect(),
            value: Some(value.to_owned()),
            ..Self::default()
        }
    }

    pub fn error(mut self, message: Option<&str>) -> Self {
        self.field.error_message = message.map(ErrorMessage::text);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.field.hint = Some(Hint::text(hint));
        self
    }

    /// An id other than the name, when one page has several forms with the same field.
    pub fn id(mut self, id: &str) -> Self {
        self.field.id = Some(id.to_owned());
        self
    }

    fn is_selected(&self, item: &SelectItem) -> bool {
        item.selected || (self.value.is_some() && item.value == self.value)
    }
}
