//! Who took part, against the population served: for a period, one opportunity, one step of
//! the ladder or one level of the organisation. Each person is counted once, with the answers
//! they had given when they first took part in what is shown. Aggregates only; small counts
//! hidden.

use std::collections::HashMap;

use axum::extract::Query;
use axum::response::Response;
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::opportunity;
use withus_reports::presence;

use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, choices_of, paragraph, select};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::LEVELS;
use crate::opportunities::ORG_LEVELS;
use crate::reports::figures::{self, Filter};
use crate::reports::report::presence_grid;
use crate::reports::{Period, filter_form, settings};

fn with_any(mut items: Vec<(String, String)>) -> Vec<(String, String)> {
    items.insert(0, (String::new(), t("filter-any")));
    items
}

pub async fn page(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let scope = &tenant.scope;
    let now = Utc::now();
    let asked = Period::asked(&query, super::london_day(now));
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
    let mut opportunities: Vec<&opportunity::Model> = held.opportunities.values().collect();
    opportunities.sort_by(|a, b| a.title.cmp(&b.title));
    let opportunity_items = with_any(
        opportunities
            .iter()
            .map(|o| (o.id.to_string(), o.title.clone()))
            .collect(),
    );
    let none = crate::kit::forms::Errors::default();
    let mut fields = asked.fields();
    fields.push(select(
        "opportunity",
        t("filter-opportunity"),
        &opportunity_items,
        &get("opportunity"),
        &none,
    ));
    fields.push(select(
        "level",
        t("filter-level"),
        &with_any(choices_of(LEVELS)),
        &get("level"),
        &none,
    ));
    fields.push(select(
        "org_level",
        t("filter-org-level"),
        &with_any(choices_of(ORG_LEVELS)),
        &get("org_level"),
        &none,
    ));
    let mut sections = Sections::new(page, t("presence-title"))
        .errors(&asked.errors)
        .wide()
        .paragraph(&t_args(
            "presence-intro",
            &[
                ("area", &reporting.area_name()),
                ("threshold", &reporting.threshold().to_string()),
            ],
        ))
        .block(asked.behind(
            &t("presence-filters"),
            filter_form("/reports/presence", &fields, &t("period-show")),
        ))
        .block(paragraph(&t_args(
            "presence-counted",
            &[
                ("people", &first.len().to_string()),
                ("period", &period.label()),
            ],
        )));
    // No section heading comes between the page's h1 and these charts (as in the report).
    for table in &tables {
        let grid = presence_grid(table, reporting.threshold()).heading_level(2);
        sections = sections.block(grid.html());
    }
    sections.respond()
}
