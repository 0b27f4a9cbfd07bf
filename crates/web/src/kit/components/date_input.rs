//! The date input: day, month and year in one fieldset.

use askama::Template;
use serde::Deserialize;

use super::{ErrorMessage, Fieldset, Hint, classes, described_by, render};

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
