//! Fieldsets and the radios and checkboxes inside them.

use askama::Template;
use serde::Deserialize;

use super::{ErrorMessage, Hint, Label, classes, content, described_by, render, stringish};

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
