//! The export page and the file it makes, streamed (see `export_stream`).

use axum::extract::RawQuery;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::kit::error::{AppResult, html};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::export::Layout;
use crate::people::export_stream;
use crate::people::forms::ExportChoice;
use crate::people::queries;
use crate::people::views::export::export_page;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub async fn form(page: Page) -> AppResult<Response> {
    html(export_page(page))
}

pub async fn file(tenant: Tenant, RawQuery(query): RawQuery) -> AppResult<Response> {
    let ExportChoice { columns, xlsx } = ExportChoice::from_query(query);
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
