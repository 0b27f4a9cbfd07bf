//! The export page and the file it makes.

use askama::Template;
use axum::extract::RawQuery;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::export::{self, COLUMNS, DEFAULT_COLUMNS};
use super::queries;
use crate::components::{Button, Choices, Fieldset, render};
use crate::error::{AppError, AppResult, html};
use crate::i18n::t;
use crate::page::Page;
use crate::tenancy::Tenant;

#[derive(Template)]
#[template(path = "people/export.html")]
struct ExportPage {
    page: Page,
    fields: Vec<String>,
    button: Button,
}

pub async fn form(page: Page) -> AppResult<Response> {
    let labels: Vec<(&str, String)> = COLUMNS.iter().map(|(c, key)| (*c, t(key))).collect();
    let options: Vec<(&str, &str)> = labels.iter().map(|(c, l)| (*c, l.as_str())).collect();
    let (csv, xlsx) = (t("export-csv"), t("export-xlsx"));
    html(ExportPage {
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
    })
}

pub async fn file(tenant: Tenant, RawQuery(query): RawQuery) -> AppResult<Response> {
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let mut columns: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "columns")
        .map(|(_, v)| v.clone())
        .collect();
    columns.retain(|c| COLUMNS.iter().any(|(known, _)| known == c));
    if columns.is_empty() {
        columns = DEFAULT_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    }
    let xlsx = pairs.iter().any(|(k, v)| k == "format" && v == "xlsx");
    let (people, choices) = queries::everyone(&tenant.scope).await?;
    let rows = export::table(&people, &choices, &columns);
    let detail = format!("{} people; columns: {}", people.len(), columns.join(", "));
    tenant
        .audit("exported", "people", None, Some(&detail))
        .await?;
    let (bytes, content_type, name) = if xlsx {
        (
            export::to_xlsx(&rows).map_err(AppError::Internal)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "people.xlsx",
        )
    } else {
        (
            export::to_csv(&rows).map_err(AppError::Internal)?,
            "text/csv; charset=utf-8",
            "people.csv",
        )
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
