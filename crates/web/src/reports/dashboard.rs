//! The coordinator's and the board's dashboard: the figures the strategy tracks, and the
//! report's charts, each drawn above the table it pictures.

use std::collections::HashMap;

use axum::extract::Query;
use axum::response::Response;
use chrono::Utc;

use crate::kit::error::AppResult;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::reports::annual::{Annual, MEASURES};
use crate::reports::document::{Grid, Item};
use crate::reports::report::{document, under_paragraph};
use crate::reports::{Period, filter_form};

pub async fn page(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let now = Utc::now();
    let asked = Period::asked(&query, super::london_day(now));
    let period = asked.period;
    let annual = Annual::compute(&tenant.scope, period, now).await?;
    let report = document(&tenant.scope, &annual).await?;
    let figures = MEASURES
        .iter()
        .map(|(key, label)| {
            vec![
                t(label),
                annual
                    .measure(key)
                    .map_or_else(|| t("no-figure"), |(shown, _)| shown),
            ]
        })
        .collect();
    let q = period.query();
    let mut sections = Sections::new(page, t("dashboard-title"))
        .errors(&asked.errors)
        .wide()
        .paragraph(&period.label())
        .block(asked.chooser(filter_form("/reports", &asked.fields(), &t("period-show"))))
        .links(&[
            (format!("/reports/annual?{q}"), t("annual-link")),
            (format!("/reports/presence?{q}"), t("presence-title")),
            (
                format!("/reports/participation?{q}"),
                t("participation-title"),
            ),
            ("/assessment".into(), t("assessment-title")),
            ("/strategy".into(), t("strategy-title")),
            ("/reports/open-data".into(), t("open-data-title")),
            ("/reports/settings".into(), t("reporting-title")),
        ])
        .block(
            Grid::new(
                "figures",
                t("dashboard-figures"),
                vec![t("col-figure"), t("col-value")],
                figures,
            )
            .html(),
        );
    sections = sections
        .heading_m(&t("annual-presence"), "presence")
        .paragraph(&under_paragraph(&annual));
    sections = sections.heading_m(&t("dashboard-charts"), "charts");
    for item in report.items {
        if let Item::Table(grid) = item
            && !grid.chart.is_empty()
            && !grid.id.starts_with("presence-")
        {
            sections = sections.block(grid.html());
        }
    }
    sections.respond()
}
