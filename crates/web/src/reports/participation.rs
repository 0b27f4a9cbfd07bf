//! Where participation happens (seed 003: "map the different levels at which participation
//! occurs, from daily decisions to strategic decision-making"): activities by level of the
//! organisation and step of the ladder, and whether decision-making meetings had at least
//! two involved people there (seed 002).

use std::collections::HashMap;

use axum::extract::Query;
use axum::response::Response;
use chrono::Utc;

use crate::kit::error::AppResult;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::reports::annual::held_rows;
use crate::reports::figures::{self, Filter};
use crate::reports::report::{deciding_paragraph, map_grid};
use crate::reports::{Period, filter_form};

pub async fn page(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let now = Utc::now();
    let asked = Period::asked(&query, super::london_day(now));
    let period = asked.period;
    // Only the meetings and who took part: not the whole report.
    let held = figures::queries::held(&tenant.scope, &period, now).await?;
    let taking = figures::taking_part(&tenant.scope, &held, &Filter::default()).await?;
    Sections::new(page, t("participation-title"))
        .errors(&asked.errors)
        .wide()
        .paragraph(&t("participation-intro"))
        .block(asked.chooser(filter_form(
            "/reports/participation",
            &asked.fields(),
            &t("period-show"),
        )))
        .block(map_grid(&held_rows(&held, &taking)).html())
        .heading_m(&t("deciding-title"), "deciding")
        .paragraph(&deciding_paragraph(&figures::deciding(&held, &taking)))
        .paragraph(&t("deciding-how"))
        .respond()
}
