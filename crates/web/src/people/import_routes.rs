//! The import journey: upload a CSV, check which column holds what and which rows have
//! problems, then confirm. Nothing is added to the register before the confirmation.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::people_import;
use withus_db::import_state::{DONE, FAILED, IMPORTING, QUEUED};

use crate::kit::components::{Button, Cell, ErrorSummary, Panel, Select, Table, render};
use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::FormData;
use crate::kit::forms::parse_id;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::import::{self, Preview, Sheet};
use crate::people::import_columns::FIELDS;
use crate::people::import_upload::{READ_AS, WINDOWS_1252};
use crate::people::queries;

// The upload has a file of its own; the route table names it here with the rest.
pub use super::import_upload::{upload, upload_form};

async fn find(tenant: &Tenant, id: &str) -> AppResult<people_import::Model> {
    let id = parse_id(id)?;
    queries::stored_import(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)
}

fn parse(stored: &people_import::Model) -> AppResult<(Sheet, BTreeMap<String, String>)> {
    let sheet = import::read(stored.content.as_bytes()).map_err(AppError::Internal)?;
    let mapping = serde_json::from_str(&stored.mapping).unwrap_or_default();
    Ok((sheet, mapping))
}

async fn load(
    tenant: &Tenant,
    id: &str,
) -> AppResult<(people_import::Model, Sheet, BTreeMap<String, String>)> {
    let stored = find(tenant, id).await?;
    let (sheet, mapping) = parse(&stored)?;
    Ok((stored, sheet, mapping))
}

#[derive(Template)]
#[template(path = "people/import_preview.html")]
struct PreviewPage {
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
struct ProgressPage {
    page: Page,
    id: Uuid,
    text: String,
    done: Option<String>,
    /// Its server stopped: offer "Try again".
    retry: bool,
}

/// What a queued, running or finished import says about itself; None while it waits for
/// the coordinator's confirmation.
fn progress_text(stored: &people_import::Model) -> Option<String> {
    let count = stored.to_import.unwrap_or_default().to_string();
    let file = stored.file_name.as_str();
    match stored.status.as_str() {
        QUEUED => Some(t_args(
            "import-queued",
            &[("count", &count), ("file", file)],
        )),
        IMPORTING if super::import_retry::stalled(stored) => {
            Some(super::import_retry::stalled_text(stored))
        }
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

fn preview_page(
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

pub async fn preview(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let stored = find(&tenant, &id).await?;
    if let Some(text) = progress_text(&stored) {
        let done = (stored.status == DONE).then(|| text.clone());
        let title = if done.is_some() {
            "import-done-title"
        } else {
            "import-progress-title"
        };
        return html(ProgressPage {
            page: page.titled(t(title)),
            id: stored.id,
            text,
            done,
            retry: super::import_retry::stalled(&stored),
        });
    }
    let (sheet, mapping) = parse(&stored)?;
    let existing = queries::existing_keys(&tenant.scope).await?;
    let preview = import::check(&sheet, &mapping, &existing);
    html(preview_page(page, &stored, &sheet, &mapping, &preview))
}

/// For the page's script: where the import has got to, and whether to reload.
pub async fn progress(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let stored = find(&tenant, &id).await?;
    let text = progress_text(&stored).unwrap_or_default();
    // A stalled import is finished for the script too: the page reloads to offer "Try again".
    let finished = !matches!(stored.status.as_str(), QUEUED | IMPORTING)
        || super::import_retry::stalled(&stored);
    Ok(axum::Json(serde_json::json!({ "text": text, "finished": finished })).into_response())
}

pub async fn set_columns(
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let (stored, sheet, before) = load(&tenant, &id).await?;
    let mut mapping: BTreeMap<String, String> = FIELDS
        .iter()
        .filter_map(|(field, _, _)| {
            let header = data.one(&format!("column_{field}"));
            (!header.is_empty() && sheet.headers.contains(&header))
                .then(|| ((*field).to_owned(), header))
        })
        .collect();
    if let Some(read_as) = before.get(READ_AS) {
        mapping.insert(READ_AS.to_owned(), read_as.clone());
    }
    let mapping = serde_json::to_string(&mapping).map_err(|e| AppError::Internal(e.to_string()))?;
    queries::set_import_columns(&tenant.scope, stored.id, mapping).await?;
    Ok(Redirect::to(&format!("/people/import/{}", stored.id)).into_response())
}

pub async fn confirm(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let (stored, sheet, mapping) = load(&tenant, &id).await?;
    let existing = queries::existing_keys(&tenant.scope).await?;
    let count = import::check(&sheet, &mapping, &existing).good.len();
    let queued = queries::queue_import(&tenant.scope, stored.id, count).await?;
    if queued && count > 0 {
        let detail = format!("{count} people from {}", stored.file_name);
        tenant
            .audit("confirmed import", "people", None, Some(&detail))
            .await?;
    }
    Ok(Redirect::to(&format!("/people/import/{}", stored.id)).into_response())
}

/// The panel shown once an import is done.
pub fn done_panel(text: &str) -> String {
    render(&Panel {
        title_text: Some(t("import-done-title")),
        text: Some(text.to_owned()),
        ..Panel::default()
    })
}
