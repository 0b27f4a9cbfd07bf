//! The annual report's page, PDF and spreadsheet: one document, built for the dates asked.

use std::collections::HashMap;

use axum::extract::Query;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Utc;

use crate::kit::blocks::div;
use crate::kit::error::AppResult;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Sections, links};
use crate::kit::tenancy::Tenant;
use crate::reports::Period;
use crate::reports::annual::Annual;
use crate::reports::document::Document;
use crate::reports::report::document;

async fn load(
    tenant: &Tenant,
    query: &HashMap<String, String>,
) -> AppResult<(Annual, Document, crate::reports::Asked)> {
    let asked = Period::asked(query, crate::reports::london_day(Utc::now()));
    let annual = Annual::compute(&tenant.scope, asked.period, Utc::now()).await?;
    let document = document(&tenant.scope, &annual).await?;
    Ok((annual, document, asked))
}

pub async fn page(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (annual, document, asked) = load(&tenant, &query).await?;
    let q = annual.period.query();
    let mut sections = Sections::new(page, document.title.clone())
        .errors(&asked.errors)
        .wide()
        .block(div(
            "withus-no-print",
            None,
            &format!(
                "{}{}",
                asked.chooser(super::filter_form(
                    "/reports/annual",
                    &asked.fields(),
                    &t("period-show")
                )),
                links(&[
                    (format!("/reports/annual.pdf?{q}"), t("annual-download-pdf")),
                    (
                        format!("/reports/annual.xlsx?{q}"),
                        t("annual-download-xlsx")
                    ),
                ])
            ),
        ));
    for block in document.html() {
        sections = sections.block(block);
    }
    sections.respond()
}

pub async fn pdf(
    tenant: Tenant,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (_, document, _) = load(&tenant, &query).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"involvement-report.pdf\"".to_owned(),
            ),
        ],
        document.pdf(),
    )
        .into_response())
}

pub async fn xlsx(
    tenant: Tenant,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (_, document, _) = load(&tenant, &query).await?;
    let bytes = document
        .xlsx()
        .map_err(|e| crate::kit::error::AppError::Internal(e.to_string()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"involvement-report.xlsx\"".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}
