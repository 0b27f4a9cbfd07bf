//! The import's pages: the upload, the preview with which column holds what and the rows to
//! fix, and the progress of a confirmed import.

use std::collections::BTreeMap;

use askama::Template;
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::people_import;
use withus_db::import_state::{DONE, FAILED, IMPORTING, QUEUED};

use crate::kit::components::{
    Button, Cell, ErrorMessage, ErrorSummary, Panel, Select, Table, render,
};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::people::import::{Preview, Sheet};
use crate::people::import_columns::{FIELDS, READ_AS, WINDOWS_1252};
use crate::people::import_jobs::stalled;

#[derive(Template)]
#[template(path = "people/import.html")]
pub struct UploadPage {
    page: Page,
    errors: Option<ErrorSummary>,
    error: Option<String>,
}

pub fn upload_page(page: Page, error: Option<String>) -> UploadPage {
    UploadPage {
        page: page.titled(t("import-title")),
        errors: error
            .as_ref()
            .map(|e| ErrorSummary::of(&[("file".to_owned(), e.clone())])),
        error: error.map(|e| ErrorMessage::text(e).render_with_id("file-error")),
    }
}

#[derive(Template)]
#[template(path = "people/import_preview.html")]
pub struct PreviewPage {
    page: Page,
    id: Uuid,
    file_name: String,
    summary: String,
    columns: Vec<String>,
    columns_button: Button,
    problems: Option<Table>,
    good: Option<Table>,
    confirm: Option<Button>,
    failed: Option<ErrorSummary>,
    /// How the file was read, when that was not the usual way: worth checking before importing.
    notes: Vec<String>,
}

#[derive(Template)]
#[template(path = "people/import_progress.html")]
pub struct ProgressPage {
    page: Page,
    id: Uuid,
    text: String,
    done: Option<String>,
    /// Its server stopped: offer "Try again".
    retry: bool,
}

/// What a queued, running or finished import says about itself; None while it waits for
/// the coordinator's confirmation.
pub fn progress_text(stored: &people_import::Model) -> Option<String> {
    let count = stored.to_import.unwrap_or_default().to_string();
    let file = stored.file_name.as_str();
    match stored.status.as_str() {
        QUEUED => Some(t_args(
            "import-queued",
            &[("count", &count), ("file", file)],
        )),
        IMPORTING if stalled(stored) => Some(stalled_text(stored)),
        IMPORTING => {
            let started = stored.started_at.unwrap_or_else(Utc::now);
            let seconds = (Utc::now() - started).num_seconds().max(0).to_string();
            Some(t_args(
                "import-importing",
                &[("count", &count), ("file", file), ("seconds", &seconds)],
            ))
        }
        DONE => Some(t_args(
            "import-done",
            &[(
                "count",
                &stored.imported_count.unwrap_or_default().to_string(),
            )],
        )),
        _ => None,
    }
}

/// What the status page says of a stalled import.
pub fn stalled_text(stored: &people_import::Model) -> String {
    let count = stored.to_import.unwrap_or_default().to_string();
    t_args(
        "import-stalled",
        &[("count", &count), ("file", &stored.file_name)],
    )
}

/// A queued, running or finished import's page, with what `progress_text` says of it.
pub fn progress_page(page: Page, stored: &people_import::Model, text: String) -> ProgressPage {
    let done = (stored.status == DONE).then(|| text.clone());
    let title = if done.is_some() {
        "import-done-title"
    } else {
        "import-progress-title"
    };
    ProgressPage {
        page: page.titled(t(title)),
        id: stored.id,
        text,
        done,
        retry: stalled(stored),
    }
}

pub fn preview_page(
    page: Page,
    stored: &people_import::Model,
    sheet: &Sheet,
    mapping: &BTreeMap<String, String>,
    preview: &Preview,
) -> PreviewPage {
    let none = t("import-column-none");
    let mut options: Vec<(&str, &str)> = vec![("", none.as_str())];
    options.extend(
        sheet
            .headers
            .iter()
            .filter(|h| !h.is_empty())
            .map(|h| (h.as_str(), h.as_str())),
    );
    let columns = FIELDS
        .iter()
        .map(|(field, label, _)| {
            let chosen = mapping.get(*field).map(String::as_str).unwrap_or("");
            render(&Select::new(
                &format!("column_{field}"),
                t(label),
                &options,
                chosen,
            ))
        })
        .collect();
    let problems = (!preview.problems.is_empty()).then(|| Table {
        caption: Some(t("import-problems-caption")),
        caption_classes: Some("govuk-visually-hidden".into()),
        head: vec![
            Cell::text(t("import-line")),
            Cell::text(t("field-name")),
            Cell::text(t("import-what-to-fix")),
        ],
        rows: preview
            .problems
            .iter()
            .map(|p| {
                vec![
                    Cell::text(p.line.to_string()),
                    Cell::text(p.name.clone()),
                    Cell::text(p.reasons.join(". ")),
                ]
            })
            .collect(),
        ..Table::default()
    });
    let good = (!preview.good.is_empty()).then(|| Table {
        caption: Some(t("import-good-caption")),
        caption_classes: Some("govuk-table__caption--s".into()),
        head: vec![
            Cell::text(t("import-line")),
            Cell::text(t("field-name")),
            Cell::text(t("field-email")),
        ],
        rows: preview
            .good
            .iter()
            .take(10)
            .map(|(line, p)| {
                vec![
                    Cell::text(line.to_string()),
                    Cell::text(format!("{} {}", p.given_name, p.family_name)),
                    Cell::text(p.email.clone().unwrap_or_default()),
                ]
            })
            .collect(),
        ..Table::default()
    });
    let count = preview.good.len().to_string();
    let mut notes = vec![];
    if mapping.get(READ_AS).is_some_and(|r| r == WINDOWS_1252) {
        notes.push(t("import-read-as-windows-1252"));
    }
    match sheet.separator {
        ';' => notes.push(t("import-separator-semicolon")),
        '\t' => notes.push(t("import-separator-tab")),
        _ => {}
    }
    PreviewPage {
        page: page.titled(t("import-preview-title")),
        id: stored.id,
        file_name: stored.file_name.clone(),
        summary: t_args(
            "import-summary",
            &[
                ("good", &count),
                ("bad", &preview.problems.len().to_string()),
            ],
        ),
        columns,
        columns_button: Button::submit(t("import-columns-button")).secondary(),
        problems,
        good,
        confirm: (!preview.good.is_empty())
            .then(|| Button::submit(t_args("import-confirm-button", &[("count", &count)]))),
        failed: (stored.status == FAILED).then(|| ErrorSummary {
            title_text: Some(t("error-summary-title")),
            description_text: Some(t("import-failed")),
            error_list: Vec::new(),
        }),
        notes,
    }
}

/// The panel shown once an import is done.
pub fn done_panel(text: &str) -> String {
    render(&Panel {
        title_text: Some(t("import-done-title")),
        text: Some(text.to_owned()),
        ..Panel::default()
    })
}
