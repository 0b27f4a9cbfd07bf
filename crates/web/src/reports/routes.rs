//! The report pages' handlers: read the dates and filters asked for, work out the figures,
//! and answer with a page, a PDF, a spreadsheet or a CSV file.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_reports::presence;

use crate::AppState;
use crate::kit::dates::london_day;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::sections::Saved;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::LEVELS;
use crate::opportunities::ORG_LEVELS;
use crate::reports::Period;
use crate::reports::annual::{Annual, held_rows};
use crate::reports::figures::{self, Filter};
use crate::reports::forms::{self, Asked};
use crate::reports::views::document::Document;
use crate::reports::views::report::document;
use crate::reports::views::{self, settings::form};
use crate::reports::{open_data, queries, settings};

/// The coordinator's and the board's dashboard.
pub async fn dashboard(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let now = Utc::now();
    let asked = Period::asked(&query, london_day(now));
    let period = asked.period;
    let annual = Annual::compute(&tenant.scope, period, now).await?;
    let report = document(&tenant.scope, &annual).await?;
    views::dashboard(page, &asked, &annual, report)
}

/// The annual report, one document built for the dates asked.
async fn load(
    tenant: &Tenant,
    query: &HashMap<String, String>,
) -> AppResult<(Annual, Document, Asked)> {
    let asked = Period::asked(query, london_day(Utc::now()));
    let annual = Annual::compute(&tenant.scope, asked.period, Utc::now()).await?;
    let document = document(&tenant.scope, &annual).await?;
    Ok((annual, document, asked))
}

pub async fn annual(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (annual, document, asked) = load(&tenant, &query).await?;
    views::annual(page, &annual, document, &asked)
}

/// The report as a PDF, for the period asked; a date that needs fixing shows the report's
/// page with its errors instead of a file for another period.
pub async fn annual_pdf(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (annual, document, asked) = load(&tenant, &query).await?;
    if !asked.errors.is_empty() {
        return views::annual(page, &annual, document, &asked);
    }
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

/// The report as a spreadsheet; as the PDF, a date that needs fixing shows the page.
pub async fn annual_xlsx(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (annual, document, asked) = load(&tenant, &query).await?;
    if !asked.errors.is_empty() {
        return views::annual(page, &annual, document, &asked);
    }
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

/// Where participation happens.
pub async fn participation(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let now = Utc::now();
    let asked = Period::asked(&query, london_day(now));
    let period = asked.period;
    // Only the meetings and who took part: not the whole report.
    let held = figures::queries::held(&tenant.scope, &period, now).await?;
    let taking = figures::taking_part(&tenant.scope, &held, &Filter::default()).await?;
    views::participation(
        page,
        &asked,
        &held_rows(&held, &taking),
        &figures::deciding(&held, &taking),
    )
}

/// Who took part, against the population served: for a period, one opportunity, one step of
/// the ladder or one level of the organisation. Each person is counted once, with the answers
/// they had given when they first took part in what is shown. Aggregates only; small counts
/// hidden.
pub async fn presence(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let scope = &tenant.scope;
    let now = Utc::now();
    let asked = Period::asked(&query, london_day(now));
    let period = asked.period;
    let get = |k: &str| query.get(k).cloned().unwrap_or_default();
    let filter = Filter {
        opportunity: Uuid::parse_str(&get("opportunity")).ok(),
        level: Some(get("level")).filter(|l| LEVELS.iter().any(|(v, _)| v == l)),
        org_level: Some(get("org_level")).filter(|l| ORG_LEVELS.iter().any(|(v, _)| v == l)),
    };
    let reporting = settings::load(scope).await?;
    let held = figures::queries::held(scope, &period, now).await?;
    let taking = figures::taking_part(scope, &held, &filter).await?;
    let first = figures::first_times(&taking);
    let answers = figures::answers_then(scope, &first).await?;
    let population = settings::population(scope, &reporting).await?;
    let tables = presence::compare(
        &answers,
        &|c| population.get(c).cloned().unwrap_or_default(),
        reporting.threshold(),
    );
    views::presence(
        page,
        &asked,
        &query,
        &reporting,
        &held,
        first.len(),
        &tables,
    )
}

/// The staff's view of the open data: what would be published, and where.
pub async fn open_data(tenant: Tenant, page: Page) -> AppResult<Response> {
    let reporting = settings::load(&tenant.scope).await?;
    let org = queries::organisation(&tenant.scope)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = open_data::rows(&tenant.scope).await?;
    views::open_data(page, &reporting, &org.slug, rows)
}

async fn published(state: &AppState, slug: &str) -> AppResult<(String, OrgScope)> {
    let org = queries::publishing(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((org.name, OrgScope::new(state.db.clone(), org.id)))
}

pub async fn open_public(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (name, scope) = published(&state, &slug).await?;
    let rows = open_data::rows(&scope).await?;
    views::open_public(page, &name, &slug, rows)
}

pub async fn open_csv(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (_, scope) = published(&state, &slug).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let write = |out: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        out.write_record(row)
            .map_err(|e| AppError::Internal(e.to_string()))
    };
    write(
        &mut out,
        &[
            "year",
            "impact_area",
            "said",
            "changed",
            "not_changed",
            "open",
        ]
        .map(String::from),
    )?;
    for row in open_data::rows(&scope).await? {
        write(&mut out, &row)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"you-said-we-did.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

/// How the organisation's reports are made.
pub async fn settings(
    tenant: Tenant,
    page: Page,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    form(&tenant, page, saved.saved(), None, &Errors::default()).await
}

pub async fn save_settings(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let (sent, errors) = forms::reporting(&data);
    let (Some(threshold), true) = (sent.threshold, errors.is_empty()) else {
        return form(&tenant, page, false, Some(&data), &errors).await;
    };
    queries::save_reporting(&tenant.scope, threshold, &sent.area, sent.publish, sent.own).await?;
    tenant
        .audit("reporting.settings", "organisation", None, None)
        .await?;
    Ok(Redirect::to("/reports/settings?saved=1").into_response())
}
