//! Form components: input, textarea, select, radios, checkboxes, date input, fieldset,
//! button and error summary.

use askama::Template;
use serde::Deserialize;

use super::{ErrorMessage, Hint, Label, classes, content, described_by, render, stringish};

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

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Legend {
    pub text: Option<String>,
    pub html: Option<String>,
    pub classes: Option<String>,
    pub is_page_heading: bool,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/fieldset.html")]
pub struct Fieldset {
    pub legend: Option<Legend>,
    pub classes: Option<String>,
    pub role: Option<String>,
    pub described_by: Option<String>,
    /// Markup placed inside the fieldset after the legend.
    pub html: Option<String>,
}

impl Fieldset {
    pub fn legend(text: impl Into<String>, classes: &str, is_page_heading: bool) -> Self {
        Self {
            legend: Some(Legend {
                text: Some(text.into()),
                classes: (!classes.is_empty()).then(|| classes.to_owned()),
                is_page_heading,
                ..Legend::default()
            }),
            ..Self::default()
        }
    }

    fn legend_class(&self) -> String {
        let extra = self
            .legend
            .as_ref()
            .and_then(|l| l.classes.as_deref())
            .unwrap_or("");
        classes(&["govuk-fieldset__legend", extra])
    }

    fn legend_body(&self) -> String {
        self.legend
            .as_ref()
            .map(|l| content(&l.text, &l.html))
            .unwrap_or_default()
    }

    fn legend_is_heading(&self) -> bool {
        self.legend.as_ref().is_some_and(|l| l.is_page_heading)
    }

    fn fieldset_class(&self) -> String {
        classes(&["govuk-fieldset", self.classes.as_deref().unwrap_or("")])
    }

    /// Wraps `inner` in this fieldset, with the given `aria-describedby` and role.
    pub fn wrap(&self, inner: String, described: Option<String>, role: Option<&str>) -> String {
        let mut fieldset = self.clone();
        fieldset.html = Some(inner);
        fieldset.described_by = described;
        if let Some(role) = role {
            fieldset.role = Some(role.to_owned());
        }
        render(&fieldset)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ChoiceItem {
    #[serde(deserialize_with = "stringish")]
    pub value: Option<String>,
    pub text: Option<String>,
    pub html: Option<String>,
    pub id: Option<String>,
    /// Checkboxes may name an item on its own.
    pub name: Option<String>,
    pub hint: Option<Hint>,
    pub checked: bool,
    pub disabled: bool,
}

/// Radios and checkboxes share their shape; `kind` says which.
#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/choices.html")]
pub struct Choices {
    #[serde(skip)]
    pub kind: ChoiceKind,
    pub name: String,
    pub id_prefix: Option<String>,
    pub items: Vec<ChoiceItem>,
    pub values: Vec<String>,
    #[serde(deserialize_with = "stringish")]
    pub value: Option<String>,
    pub fieldset: Option<Fieldset>,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
    pub classes: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChoiceKind {
    #[default]
    Radios,
    Checkboxes,
}

impl Choices {
    pub fn radios(name: &str, legend: Fieldset, options: &[(&str, &str)], chosen: &[&str]) -> Self {
        Self::new(ChoiceKind::Radios, name, legend, options, chosen)
    }

    pub fn checkboxes(
        name: &str,
        legend: Fieldset,
        options: &[(&str, &str)],
        chosen: &[&str],
    ) -> Self {
        Self::new(ChoiceKind::Checkboxes, name, legend, options, chosen)
    }

    pub fn new(
        kind: ChoiceKind,
        name: &str,
        legend: Fieldset,
        options: &[(&str, &str)],
        chosen: &[&str],
    ) -> Self {
        Self {
            kind,
            name: name.to_owned(),
            fieldset: Some(legend),
            items: options
                .iter()
                .map(|(v, t)| ChoiceItem {
                    value: Some((*v).to_owned()),
                    text: Some((*t).to_owned()),
                    checked: chosen.contains(v),
                    ..ChoiceItem::default()
                })
                .collect(),
            ..Self::default()
        }
    }

    /// Side by side: for two short choices only.
    pub fn inline(mut self) -> Self {
        self.classes = Some(match self.kind {
            ChoiceKind::Radios => "govuk-radios--inline".into(),
            ChoiceKind::Checkboxes => "govuk-checkboxes--inline".into(),
        });
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(Hint::text(hint));
        self
    }

    pub fn error(mut self, message: Option<&str>) -> Self {
        self.error_message = message.map(ErrorMessage::text);
        self
    }

    fn block(&self) -> &'static str {
        match self.kind {
            ChoiceKind::Radios => "govuk-radios",
            ChoiceKind::Checkboxes => "govuk-checkboxes",
        }
    }

    fn input_type(&self) -> &'static str {
        match self.kind {
            ChoiceKind::Radios => "radio",
            ChoiceKind::Checkboxes => "checkbox",
        }
    }

    fn prefix(&self) -> String {
        self.id_prefix.clone().unwrap_or_else(|| self.name.clone())
    }

    fn item_id(&self, index: &usize, item: &ChoiceItem) -> String {
        match (&item.id, *index) {
            (Some(id), _) => id.clone(),
            (None, 0) => self.prefix(),
            (None, i) => format!("{}-{}", self.prefix(), i + 1),
        }
    }

    fn item_name<'a>(&'a self, item: &'a ChoiceItem) -> &'a str {
        item.name.as_deref().unwrap_or(&self.name)
    }

    fn is_checked(&self, item: &ChoiceItem) -> bool {
        item.checked
            || item
                .value
                .as_ref()
                .is_some_and(|v| self.values.contains(v) || self.value.as_ref() == Some(v))
    }

    fn group_class(&self) -> String {
        let error = if self.error_message.is_some() {
            "govuk-form-group--error"
        } else {
            ""
        };
        classes(&["govuk-form-group", error])
    }

    fn list_class(&self) -> String {
        classes(&[self.block(), self.classes.as_deref().unwrap_or("")])
    }

    fn describing(&self) -> Option<String> {
        let prefix = self.prefix();
        described_by(&[
            self.hint.as_ref().map(|_| format!("{prefix}-hint")),
            self.error_message
                .as_ref()
                .map(|_| format!("{prefix}-error")),
        ])
    }

    fn hint_html(&self) -> String {
        self.hint
            .as_ref()
            .map(|h| h.render_with_id(&format!("{}-hint", self.prefix()), ""))
            .unwrap_or_default()
    }

    fn error_html(&self) -> String {
        self.error_message
            .as_ref()
            .map(|e| e.render_with_id(&format!("{}-error", self.prefix())))
            .unwrap_or_default()
    }

    fn item_label(&self, index: &usize, item: &ChoiceItem) -> String {
        let label = Label {
            text: item.text.clone(),
            html: item.html.clone(),
            ..Label::default()
        };
        label.render_for(
            &self.item_id(index, item),
            &format!("{}__label", self.block()),
        )
    }

    fn item_hint(&self, index: &usize, item: &ChoiceItem) -> String {
        item.hint
            .as_ref()
            .map(|h| {
                h.render_with_id(
                    &format!("{}-item-hint", self.item_id(index, item)),
                    &format!("{}__hint", self.block()),
                )
            })
            .unwrap_or_default()
    }

    fn item_aria(&self, index: &usize, item: &ChoiceItem) -> Option<String> {
        item.hint
            .as_ref()
            .map(|_| format!("{}-item-hint", self.item_id(index, item)))
    }

    /// The items, wrapped in the fieldset when there is one.
    fn inner(&self) -> String {
        let inner = render(&ChoiceList { choices: self });
        match &self.fieldset {
            Some(fieldset) => fieldset.wrap(inner, self.describing(), None),
            None => inner,
        }
    }
}

#[derive(Template)]
#[template(path = "components/choice_list.html")]
struct ChoiceList<'a> {
    choices: &'a Choices,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DatePart {
    pub error: bool,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/date_input.html")]
pub struct DateInput {
    pub id: String,
    pub name_prefix: Option<String>,
    pub fieldset: Option<Fieldset>,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
    pub values: std::collections::BTreeMap<String, serde_json::Value>,
    pub day: DatePart,
    pub month: DatePart,
    pub year: DatePart,
}

impl DateInput {
    pub fn new(id: &str, legend: Fieldset, day: &str, month: &str, year: &str) -> Self {
        let mut values = std::collections::BTreeMap::new();
        for (part, value) in [("day", day), ("month", month), ("year", year)] {
            values.insert(
                format!("{id}-{part}"),
                serde_json::Value::String(value.to_owned()),
            );
        }
        Self {
            id: id.to_owned(),
            name_prefix: Some(id.to_owned()),
            fieldset: Some(legend),
            values,
            ..Self::default()
        }
    }

    pub fn error(mut self, message: Option<&str>) -> Self {
        self.error_message = message.map(ErrorMessage::text);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(Hint::text(hint));
        self
    }

    fn part_name(&self, part: &str) -> String {
        match &self.name_prefix {
            Some(prefix) => format!("{prefix}-{part}"),
            None => part.to_owned(),
        }
    }

    fn part_value(&self, part: &str) -> Option<String> {
        match self.values.get(&self.part_name(part))? {
            serde_json::Value::String(s) if s.is_empty() => None,
            serde_json::Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        }
    }

    /// Every part shows the error when the whole date is wrong, as govuk-frontend does.
    fn part_has_error(&self, part: &str) -> bool {
        let flagged = match part {
            "day" => self.day.error,
            "month" => self.month.error,
            _ => self.year.error,
        };
        flagged || self.error_message.is_some()
    }

    fn part_class(&self, part: &str) -> String {
        let error = if self.part_has_error(part) {
            "govuk-input--error"
        } else {
            ""
        };
        let width = if part == "year" {
            "govuk-input--width-4"
        } else {
            "govuk-input--width-2"
        };
        classes(&["govuk-input govuk-date-input__input", error, width])
    }

    fn parts(&self) -> [(&'static str, &'static str); 3] {
        [("day", "Day"), ("month", "Month"), ("year", "Year")]
    }

    fn group_class(&self) -> String {
        let error = if self.error_message.is_some() {
            "govuk-form-group--error"
        } else {
            ""
        };
        classes(&["govuk-form-group", error])
    }

    fn inner(&self) -> String {
        let mut head = String::new();
        if let Some(hint) = &self.hint {
            head.push_str(&hint.render_with_id(&format!("{}-hint", self.id), ""));
        }
        if let Some(error) = &self.error_message {
            head.push_str(&error.render_with_id(&format!("{}-error", self.id)));
        }
        let inner = head + &render(&DateParts { date: self });
        let described = described_by(&[
            self.hint.as_ref().map(|_| format!("{}-hint", self.id)),
            self.error_message
                .as_ref()
                .map(|_| format!("{}-error", self.id)),
        ]);
        match &self.fieldset {
            Some(fieldset) => fieldset.wrap(inner, described, Some("group")),
            None => inner,
        }
    }
}

#[derive(Template)]
#[template(path = "components/date_parts.html")]
struct DateParts<'a> {
    date: &'a DateInput,
}

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
