//! Building the report pages: the dashboard, the annual report's page, where participation
//! happens, presence against the population, and the open data, each from figures worked out
//! before. The report as a document is in `report.rs`, its tables and charts in `document.rs`.

pub mod document;
pub mod report;
pub mod settings;

use std::collections::HashMap;

use axum::response::Response;
use withus_db::entities::opportunity;
use withus_reports::presence::Table;

use crate::kit::blocks::div;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, choices_of, links, paragraph, select};
use crate::kit::vocab::LEVELS;
use crate::opportunities::ORG_LEVELS;
use crate::reports::annual::{Annual, HeldRow, MEASURES};
use crate::reports::figures::{self, Deciding};
use crate::reports::forms::{Asked, filter_form};
use crate::reports::settings::Reporting;
use document::{Document, Grid, Item};
use report::{deciding_paragraph, map_grid, presence_grid, under_paragraph};

/// The coordinator's and the board's dashboard: the figures the strategy tracks, and the
/// report's charts, each drawn above the table it pictures.
pub fn dashboard(
    page: Page,
    asked: &Asked,
    annual: &Annual,
    report: Document,
) -> AppResult<Response> {
    let period = asked.period;
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
        .paragraph(&under_paragraph(annual));
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

/// The annual report's page: the dates to choose and the downloads, then the document.
pub fn annual(
    page: Page,
    annual: &Annual,
    document: Document,
    asked: &Asked,
) -> AppResult<Response> {
    let q = annual.period.query();
    let mut sections = Sections::new(page, document.title.clone())
        .errors(&asked.errors)
        .wide()
        .block(div(
            "withus-no-print",
            None,
            &format!(
                "{}{}",
                asked.chooser(filter_form(
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

/// Where participation happens (seed 003: "map the different levels at which participation
/// occurs, from daily decisions to strategic decision-making"): activities by level of the
/// organisation and step of the ladder, and whether decision-making meetings had at least
/// two involved people there (seed 002).
pub fn participation(
    page: Page,
    asked: &Asked,
    held: &[HeldRow],
    deciding: &Deciding,
) -> AppResult<Response> {
    Sections::new(page, t("participation-title"))
        .errors(&asked.errors)
        .wide()
        .paragraph(&t("participation-intro"))
        .block(asked.chooser(filter_form(
            "/reports/participation",
            &asked.fields(),
            &t("period-show"),
        )))
        .block(map_grid(held).html())
        .heading_m(&t("deciding-title"), "deciding")
        .paragraph(&deciding_paragraph(deciding))
        .paragraph(&t("deciding-how"))
        .respond()
}

fn with_any(mut items: Vec<(String, String)>) -> Vec<(String, String)> {
    items.insert(0, (String::new(), t("filter-any")));
    items
}

/// Who took part, against the population served, with the filters that chose them.
pub fn presence(
    page: Page,
    asked: &Asked,
    query: &HashMap<String, String>,
    reporting: &Reporting,
    held: &figures::Held,
    people: usize,
    tables: &[Table],
) -> AppResult<Response> {
    let period = asked.period;
    let get = |k: &str| query.get(k).cloned().unwrap_or_default();
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
            &[("people", &people.to_string()), ("period", &period.label())],
        )));
    // No section heading comes between the page's h1 and these charts (as in the report).
    for table in tables {
        let grid = presence_grid(table, reporting.threshold()).heading_level(2);
        sections = sections.block(grid.html());
    }
    sections.respond()
}

fn open_head() -> Vec<String> {
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

fn open_grid(rows: Vec<[String; 6]>) -> Grid {
    Grid::new(
        "open",
        t("open-data-caption"),
        open_head(),
        rows.into_iter().map(Vec::from).collect(),
    )
}

/// The staff's view of the open data: what would be published, and where.
pub fn open_data(
    page: Page,
    reporting: &Reporting,
    slug: &str,
    rows: Vec<[String; 6]>,
) -> AppResult<Response> {
    let public = format!("/open/{slug}");
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
    sections.block(open_grid(rows).html()).respond()
}

/// The open data as the public sees it, on the organisation's own page.
pub fn open_public(
    page: Page,
    name: &str,
    slug: &str,
    rows: Vec<[String; 6]>,
) -> AppResult<Response> {
    let heading = t_args("open-data-public-title", &[("organisation", name)]);
    Sections::new(page, heading)
        .wide()
        .paragraph(&t("open-data-public-intro"))
        .links(&[(
            format!("/open/{slug}/you-said-we-did.csv"),
            t("open-data-csv"),
        )])
        .block(open_grid(rows).html())
        .respond()
}
