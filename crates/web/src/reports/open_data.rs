//! "You said, we did" as open data an organisation can publish on its website: counts of
//! what people said and what changed, by year, impact area and level. Aggregates of
//! contributions only: no names, no words, nothing about any one person.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Datelike;
use withus_db::OrgScope;

use super::document::Grid;
use super::{queries, settings};
use crate::AppState;
use crate::kit::error::{AppError, AppResult};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, paragraph};
use crate::kit::tenancy::Tenant;

/// Rows of (year, impact area or "all", said, changed, not changed, still open).
pub async fn rows(scope: &OrgScope) -> AppResult<Vec<[String; 6]>> {
    let all = queries::all_contributions(scope).await?;
    let mut by: BTreeMap<(i32, usize), [usize; 4]> = BTreeMap::new();
    let areas = crate::impact::AREAS;
    for c in &all {
        let year = c.said_on.year();
        let status = match c.status.as_str() {
            "changed" => 1,
            "not_changed" => 2,
            _ => 3,
        };
        let mut add = |area: usize| {
            let entry = by.entry((year, area)).or_default();
            entry[0] += 1;
            entry[status] += 1;
        };
        add(0);
        for (i, (area, _)) in areas.iter().enumerate() {
            if c.areas.split(',').any(|a| a == *area) {
                add(i + 1);
            }
        }
    }
    Ok(by
        .into_iter()
        .map(|((year, area), n)| {
            [
                year.to_string(),
                if area == 0 {
                    t("open-all-areas")
                } else {
                    t(areas[area - 1].1)
                },
                n[0].to_string(),
                n[1].to_string(),
                n[2].to_string(),
                n[3].to_string(),
            ]
        })
        .collect())
}

fn head() -> Vec<String> {
    [
        "col-year",
        "col-impact-area",
        "col-said",
        "col-changed",
        "col-not-changed",
        "col-open",
    ]
    .iter()
    .map(|k| t(k))
    .collect()
}

fn grid(rows: Vec<[String; 6]>) -> Grid {
    Grid::new(
        "open",
        t("open-data-caption"),
        head(),
        rows.into_iter().map(Vec::from).collect(),
    )
}

/// The staff's view: what would be published, and where.
pub async fn preview(tenant: Tenant, page: Page) -> AppResult<Response> {
    let reporting = settings::load(&tenant.scope).await?;
    let org = queries::organisation(&tenant.scope)
        .await?
        .ok_or(AppError::NotFound)?;
    let public = format!("/open/{}", org.slug);
    let mut sections = Sections::new(page, t("open-data-title"))
        .back("/reports")
        .paragraph(&t("open-data-intro"));
    sections = if reporting.publish {
        sections.links(&[
            (
                public.clone(),
                t_args("open-data-published", &[("path", &public)]),
            ),
            (format!("{public}/you-said-we-did.csv"), t("open-data-csv")),
        ])
    } else {
        sections.block(paragraph(&t("open-data-not-published")))
    };
    sections
        .block(grid(rows(&tenant.scope).await?).html())
        .respond()
}

async fn published(state: &AppState, slug: &str) -> AppResult<(String, OrgScope)> {
    let org = queries::publishing(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((org.name, OrgScope::new(state.db.clone(), org.id)))
}

pub async fn public(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (name, scope) = published(&state, &slug).await?;
    let heading = t_args("open-data-public-title", &[("organisation", &name)]);
    Sections::new(page, heading)
        .wide()
        .paragraph(&t("open-data-public-intro"))
        .links(&[(
            format!("/open/{slug}/you-said-we-did.csv"),
            t("open-data-csv"),
        )])
        .block(grid(rows(&scope).await?).html())
        .respond()
}

pub async fn csv(State(state): State<AppState>, Path(slug): Path<String>) -> AppResult<Response> {
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
    for row in rows(&scope).await? {
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
