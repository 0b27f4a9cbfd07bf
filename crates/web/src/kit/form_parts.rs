//! Forms and the parts of them our components leave out: the form element itself (with the
//! page's CSRF token), plain buttons, the buttons in a table's rows and the file upload.
//!
//! Functions taking `label`, `text` or `whose` escape them; `fields` and `button` are markup
//! from the components or from here.

use crate::kit::components::{classes, escape};

pub fn hidden_input(name: &str, value: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
        escape(name),
        escape(value)
    )
}

/// A GOV.UK button that submits its form, without the component's double-click guard, for
/// forms a second press would do no harm to. `modifiers` are classes such as
/// `govuk-button--secondary`.
pub fn button(label: &str, modifiers: &str) -> String {
    format!(
        "<button type=\"submit\" class=\"{}\" data-module=\"govuk-button\">{}</button>",
        escape(&classes(&["govuk-button", modifiers])),
        escape(label)
    )
}

/// A button that acts on one of several things on the page; `whose` names it for screen
/// readers, who would otherwise hear the same words on every button.
pub fn button_for(label: &str, modifiers: &str, whose: &str) -> String {
    format!(
        "<button type=\"submit\" class=\"{}\" data-module=\"govuk-button\">{}<span class=\"govuk-visually-hidden\"> {}</span></button>",
        escape(&classes(&["govuk-button", modifiers])),
        escape(label),
        escape(whose)
    )
}

/// A form posting `fields` to `action` with the page's CSRF token; the browser leaves the
/// checking to us (`novalidate`) so errors read the same on every page.
pub fn post_form(csrf: &str, action: &str, fields: &str, button: &str) -> String {
    format!(
        "<form method=\"post\" action=\"{}\" novalidate>{}{fields}{button}</form>",
        escape(action),
        hidden_input("csrf_token", csrf)
    )
}

/// A form that sends files. Its token also goes in the address: the CSRF check runs before
/// the multipart body is read.
pub fn upload_form(csrf: &str, action: &str, fields: &str, button: &str) -> String {
    format!(
        "<form method=\"post\" action=\"{}?csrf_token={}\" enctype=\"multipart/form-data\" novalidate>{}{fields}{button}</form>",
        escape(action),
        escape(csrf),
        hidden_input("csrf_token", csrf)
    )
}

/// A form that asks for a page (filters, a choice to continue with): nothing changes, so no
/// token.
pub fn get_form(action: &str, fields: &str, button: &str) -> String {
    format!(
        "<form method=\"get\" action=\"{}\" novalidate>{fields}{button}</form>",
        escape(action)
    )
}

/// A secondary button in a row of a table or list that posts to `action` straight away, with
/// any `hidden` fields; `whose` names the row for screen readers.
pub fn row_button(
    csrf: &str,
    action: &str,
    hidden: &[(&str, &str)],
    label: &str,
    whose: &str,
) -> String {
    let hidden: String = hidden
        .iter()
        .map(|(name, value)| hidden_input(name, value))
        .collect();
    format!(
        "<form method=\"post\" action=\"{}\" class=\"withus-inline-form\">{}{hidden}{}</form>",
        escape(action),
        hidden_input("csrf_token", csrf),
        button_for(
            label,
            "govuk-button--secondary govuk-!-margin-bottom-0",
            whose
        )
    )
}

/// A button that looks like a link, for a quiet action in a table row such as "Remove";
/// `whose` names the row for screen readers.
pub fn link_button(csrf: &str, action: &str, label: &str, whose: &str) -> String {
    format!(
        "<form method=\"post\" action=\"{}\">{}<button type=\"submit\" class=\"withus-link-button\">{}<span class=\"govuk-visually-hidden\"> {}</span></button></form>",
        escape(action),
        hidden_input("csrf_token", csrf),
        escape(label),
        escape(whose)
    )
}

/// The GOV.UK file upload field. Its id is its name.
#[derive(Default)]
pub struct FileUpload<'a> {
    name: &'a str,
    label: &'a str,
    hint: Option<&'a str>,
    error: Option<&'a str>,
    multiple: bool,
    accept: Option<&'a str>,
}

impl<'a> FileUpload<'a> {
    pub fn new(name: &'a str, label: &'a str) -> Self {
        FileUpload {
            name,
            label,
            ..FileUpload::default()
        }
    }

    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn error(mut self, error: Option<&'a str>) -> Self {
        self.error = error;
        self
    }

    pub fn multiple(mut self) -> Self {
        self.multiple = true;
        self
    }

    /// The kinds of file the chooser offers, as the `accept` attribute lists them.
    pub fn accept(mut self, kinds: &'a str) -> Self {
        self.accept = Some(kinds);
        self
    }

    pub fn html(&self) -> String {
        let id = escape(self.name);
        let error_class = |class: &str| {
            if self.error.is_some() {
                format!(" {class}--error")
            } else {
                String::new()
            }
        };
        let hint = self.hint.map_or_else(String::new, |hint| {
            format!(
                "<div class=\"govuk-hint\" id=\"{id}-hint\">{}</div>",
                escape(hint)
            )
        });
        let error = self.error.map_or_else(String::new, |error| {
            format!(
                "<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">{}</span> {}</p>",
                escape(&crate::kit::i18n::t("title-error-prefix")),
                escape(error)
            )
        });
        let described: Vec<String> = [
            self.hint.map(|_| format!("{id}-hint")),
            self.error.map(|_| format!("{id}-error")),
        ]
        .into_iter()
        .flatten()
        .collect();
        let described = if described.is_empty() {
            String::new()
        } else {
            format!(" aria-describedby=\"{}\"", described.join(" "))
        };
        format!(
            "<div class=\"govuk-form-group{}\"><label class=\"govuk-label\" for=\"{id}\">{}</label>{hint}{error}\
<input class=\"govuk-file-upload{}\" id=\"{id}\" name=\"{id}\" type=\"file\"{}{}{described}></div>",
            error_class("govuk-form-group"),
            escape(self.label),
            error_class("govuk-file-upload"),
            if self.multiple { " multiple" } else { "" },
            self.accept.map_or_else(String::new, |kinds| format!(
                " accept=\"{}\"",
                escape(kinds)
            )),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_button_posts_its_hidden_fields_and_names_its_row() {
        assert_eq!(
            row_button(
                "abc",
                "/a/1",
                &[("status", "accepted")],
                "Accept",
                "Item <1>"
            ),
            "<form method=\"post\" action=\"/a/1\" class=\"withus-inline-form\">\
<input type=\"hidden\" name=\"csrf_token\" value=\"abc\"><input type=\"hidden\" name=\"status\" value=\"accepted\">\
<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-0\" data-module=\"govuk-button\">Accept<span class=\"govuk-visually-hidden\"> Item &lt;1&gt;</span></button></form>"
        );
    }

    #[test]
    fn a_file_upload_is_described_by_its_hint_and_error() {
        let plain = FileUpload::new("file", "Paper").hint("PDF").html();
        assert_eq!(
            plain,
            "<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"file\">Paper</label>\
<div class=\"govuk-hint\" id=\"file-hint\">PDF</div>\
<input class=\"govuk-file-upload\" id=\"file\" name=\"file\" type=\"file\" aria-describedby=\"file-hint\"></div>"
        );
        let wrong = FileUpload::new("receipts", "Receipts")
            .hint("Photos")
            .error(Some("Too big"))
            .multiple()
            .accept("image/*")
            .html();
        assert!(wrong.starts_with("<div class=\"govuk-form-group govuk-form-group--error\">"));
        assert!(wrong.contains(
            "class=\"govuk-file-upload govuk-file-upload--error\" id=\"receipts\" name=\"receipts\" type=\"file\" multiple accept=\"image/*\" aria-describedby=\"receipts-hint receipts-error\">"
        ));
        let bare = FileUpload::new("receipts", "Receipts").multiple().html();
        assert!(bare.contains("type=\"file\" multiple></div>"), "{bare}");
    }
}
