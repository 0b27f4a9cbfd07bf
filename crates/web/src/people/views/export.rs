//! The export page: which columns, and CSV or a spreadsheet.

use askama::Template;

use crate::kit::components::{Button, Choices, Fieldset, render};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::people::export::{COLUMNS, DEFAULT_COLUMNS};

#[derive(Template)]
#[template(path = "people/export.html")]
pub struct ExportPage {
    page: Page,
    fields: Vec<String>,
    button: Button,
}

pub fn export_page(page: Page) -> ExportPage {
    let labels: Vec<(&str, String)> = COLUMNS.iter().map(|(c, key)| (*c, t(key))).collect();
    let options: Vec<(&str, &str)> = labels.iter().map(|(c, l)| (*c, l.as_str())).collect();
    let (csv, xlsx) = (t("export-csv"), t("export-xlsx"));
    ExportPage {
        page: page.titled(t("export-title")),
        fields: vec![
            render(&Choices::checkboxes(
                "columns",
                Fieldset::legend(t("export-columns"), "govuk-fieldset__legend--m", false),
                &options,
                DEFAULT_COLUMNS,
            )),
            render(&Choices::radios(
                "format",
                Fieldset::legend(t("export-format"), "govuk-fieldset__legend--m", false),
                &[("csv", csv.as_str()), ("xlsx", xlsx.as_str())],
                &["csv"],
            )),
        ],
        button: Button::submit(t("export-button")),
    }
}
