//! A page made of sections: a heading, then blocks of markup built from our GOV.UK
//! components. Pages that are mostly lists and short forms use it instead of a template each.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use crate::kit::components::{Button, ErrorSummary, NotificationBanner, escape, render};
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::Errors;
use crate::kit::page::Page;

#[derive(Template)]
#[template(path = "sections.html")]
pub struct Sections {
    pub page: Page,
    pub back: Option<String>,
    pub caption: Option<String>,
    pub heading: String,
    pub errors: Option<ErrorSummary>,
    pub banner: Option<NotificationBanner>,
    pub wide: bool,
    pub blocks: Vec<String>,
}

impl Sections {
    pub fn new(page: Page, heading: String) -> Self {
        Sections {
            page: page.titled(heading.clone()),
            back: None,
            caption: None,
            heading,
            errors: None,
            banner: None,
            wide: false,
            blocks: Vec::new(),
        }
    }

    pub fn back(mut self, href: impl Into<String>) -> Self {
        self.back = Some(href.into());
        self
    }

    pub fn caption(mut self, text: impl Into<String>) -> Self {
        self.caption = Some(text.into());
        self
    }

    pub fn banner(mut self, text: Option<String>) -> Self {
        self.banner = text.map(NotificationBanner::success);
        self
    }

    pub fn errors(mut self, errors: &Errors) -> Self {
        self.errors = errors.summary();
        self
    }

    pub fn wide(mut self) -> Self {
        self.wide = true;
        self
    }

    pub fn block(mut self, markup: impl Into<String>) -> Self {
        self.blocks.push(markup.into());
        self
    }

    /// A list of links, leaving out any page the person signed in could not open.
    pub fn links(self, items: &[(String, String)]) -> Self {
        let open: Vec<(String, String)> = items
            .iter()
            .filter(|(href, _)| self.page.may_open(href))
            .cloned()
            .collect();
        if open.is_empty() {
            return self;
        }
        self.block(links(&open))
    }

    pub fn heading_m(self, text: &str, id: &str) -> Self {
        self.block(heading_m(text, id))
    }

    pub fn paragraph(self, text: &str) -> Self {
        self.block(paragraph(text))
    }

    /// A form posting `fields` to `action`, with the page's CSRF token.
    /// A form, shown only to people who may send it.
    pub fn form(self, action: &str, fields: &[String], button: &str) -> Self {
        if !self.page.may_send(action) {
            return self;
        }
        let csrf = self.page.csrf.clone();
        self.block(form(&csrf, action, fields, button))
    }

    /// 200, or 422 when the page shows errors from a form.
    pub fn respond(self) -> AppResult<Response> {
        if self.errors.is_some() {
            html_status(StatusCode::UNPROCESSABLE_ENTITY, self)
        } else {
            html(self)
        }
    }
}

pub fn heading_m(text: &str, id: &str) -> String {
    format!(
        "<h2 class=\"govuk-heading-m\" id=\"{}\">{}</h2>",
        escape(id),
        escape(text)
    )
}

pub fn paragraph(text: &str) -> String {
    format!("<p class=\"govuk-body\">{}</p>", escape(text))
}

/// Text as typed, its line breaks kept.
pub fn words(text: &str) -> String {
    format!(
        "<p class=\"govuk-body withus-pre-line\">{}</p>",
        escape(text)
    )
}

/// The GOV.UK details component: `summary` as text, `inner` as markup.
pub fn details(summary: &str, inner: &str) -> String {
    format!(
        "<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">{}</span></summary><div class=\"govuk-details__text\">{inner}</div></details>",
        escape(summary)
    )
}

pub fn link(href: &str, text: &str) -> String {
    format!(
        "<a class=\"govuk-link\" href=\"{}\">{}</a>",
        escape(href),
        escape(text)
    )
}

pub fn links(items: &[(String, String)]) -> String {
    let items: String = items
        .iter()
        .map(|(href, text)| format!("<li>{}</li>", link(href, text)))
        .collect();
    format!("<ul class=\"govuk-list\">{items}</ul>")
}

pub fn form(csrf: &str, action: &str, fields: &[String], button: &str) -> String {
    crate::kit::form_parts::post_form(
        csrf,
        action,
        &fields.concat(),
        &render(&Button::submit(button.to_owned())),
    )
}

/// `?saved=…` after a form saved, for the success banner.
#[derive(serde::Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    pub saved: String,
}

impl Saved {
    pub fn saved(&self) -> bool {
        !self.saved.is_empty()
    }
}

/// A date as typed in the three boxes of the GOV.UK date input, kept to show again.
#[derive(Clone, Debug, Default)]
pub struct TypedDate {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl TypedDate {
    pub fn from_data(data: &crate::kit::forms::FormData, id: &str) -> Self {
        let part = |p: &str| data.one(&format!("{id}-{p}"));
        TypedDate {
            day: part("day"),
            month: part("month"),
            year: part("year"),
        }
    }

    pub fn of(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        TypedDate {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }

    pub fn date(&self) -> Option<chrono::NaiveDate> {
        crate::kit::dates::typed(&self.day, &self.month, &self.year)
    }

    pub fn field(&self, id: &str, legend: String, errors: &Errors) -> String {
        use crate::kit::components::{DateInput, Fieldset};
        render(
            &DateInput::new(
                id,
                Fieldset::legend(legend, "govuk-fieldset__legend--s", false),
                &self.day,
                &self.month,
                &self.year,
            )
            .hint(crate::kit::i18n::t("date-hint"))
            .error(errors.get(id)),
        )
    }
}

/// Owned (value, label) pairs as the components take them.
pub fn borrowed(items: &[(String, String)]) -> Vec<(&str, &str)> {
    items
        .iter()
        .map(|(v, l)| (v.as_str(), l.as_str()))
        .collect()
}

/// A vocabulary's values with their labels in the page's words.
pub fn choices_of(vocab: crate::kit::vocab::Vocab) -> Vec<(String, String)> {
    crate::kit::vocab::options(vocab)
        .into_iter()
        .map(|(v, l)| (v.to_owned(), l))
        .collect()
}

fn legend(text: String) -> crate::kit::components::Fieldset {
    crate::kit::components::Fieldset::legend(text, "govuk-fieldset__legend--s", false)
}

/// Radios for one of a vocabulary's values; the legend is a message key.
pub fn radios(
    name: &str,
    legend_key: &str,
    vocab: crate::kit::vocab::Vocab,
    chosen: &str,
    errors: &Errors,
) -> String {
    let items = choices_of(vocab);
    render(
        &crate::kit::components::Choices::radios(
            name,
            legend(crate::kit::i18n::t(legend_key)),
            &borrowed(&items),
            &[chosen],
        )
        .error(errors.get(name)),
    )
}

pub fn checkboxes(
    name: &str,
    legend_text: String,
    items: &[(String, String)],
    chosen: &[String],
    hint: Option<String>,
    errors: &Errors,
) -> String {
    let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
    let mut boxes = crate::kit::components::Choices::checkboxes(
        name,
        legend(legend_text),
        &borrowed(items),
        &chosen,
    )
    .error(errors.get(name));
    if let Some(hint) = hint {
        boxes = boxes.hint(hint);
    }
    render(&boxes)
}

/// A text area labelled by message `key`, with the hint `key-hint`.
pub fn textarea(name: &str, key: &str, value: &str, errors: &Errors) -> String {
    render(
        &crate::kit::components::Textarea::new(name, crate::kit::i18n::t(key))
            .value(value)
            .hint(crate::kit::i18n::t(&format!("{key}-hint")))
            .rows(4)
            .error(errors.get(name)),
    )
}

pub fn select(
    name: &str,
    label: String,
    items: &[(String, String)],
    chosen: &str,
    errors: &Errors,
) -> String {
    render(
        &crate::kit::components::Select::new(name, label, &borrowed(items), chosen)
            .error(errors.get(name)),
    )
}

/// A short text box for a number or a few words.
pub fn input(
    name: &str,
    label: String,
    hint: Option<String>,
    value: &str,
    errors: &Errors,
) -> String {
    let mut input = crate::kit::components::Input::new(name, label)
        .value(value)
        .classes("govuk-input--width-10")
        .error(errors.get(name));
    if let Some(hint) = hint {
        input = input.hint(hint);
    }
    render(&input)
}

/// One checkbox, asked as a yes-or-no question in its legend.
pub fn single_checkbox(name: &str, question: String, checked: bool) -> String {
    let yes = [("yes".to_owned(), crate::kit::i18n::t("yes"))];
    let chosen = if checked {
        vec!["yes".to_owned()]
    } else {
        Vec::new()
    };
    checkboxes(name, question, &yes, &chosen, None, &Errors::default())
}
