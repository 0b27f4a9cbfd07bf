//! The export page and the file it makes, streamed (see `export_stream`).

use askama::Template;
use axum::extract::RawQuery;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::export::{COLUMNS, DEFAULT_COLUMNS, Layout};
use super::export_stream;
use super::queries;
use crate::kit::components::{Button, Choices, Fieldset, render};
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    let layout = Layout::new(&columns);
    // Counted, not loaded: the file itself is read a page at a time.
    let people = queries::count_people(&tenant.scope).await?;
    let detail = format!("{people} people; columns: {}", columns.join(", "));
    tenant
        .audit("exported", "people", None, Some(&detail))
        .await?;
    let (body, content_type, name, length) = if xlsx {
        let (body, length) = export_stream::xlsx(&tenant.scope, &layout).await?;
        (body, XLSX, "people.xlsx", Some(length))
    } else {
        let body = export_stream::csv(tenant.scope.clone(), layout);
        (body, "text/csv; charset=utf-8", "people.csv", None)
    };
    let mut response = (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response();
    if let Some(length) = length {
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    }
    Ok(response)
}
