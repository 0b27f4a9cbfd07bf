//! The involvement strategy (seed 001 §5): vision, aims, principles, who is engaged, the
//! levels offered and their limits, mechanisms and monitoring, the named senior manager and
//! champions, objectives each tied to a figure Withus tracks, and an easy-read version
//! everyone signed in can read. Here its pages: the coordinator's form with the objectives
//! and their figures, the easy-read version and the whole strategy as written.

use axum::response::Response;
use chrono::Utc;
use withus_db::entities::{strategy, strategy_objective};

use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Sections, heading_m, input, paragraph, select, textarea, words};
use crate::kit::tenancy::Tenant;
use crate::reports::annual::{Annual, MEASURES};
use crate::reports::assessment::forms::{PARTS, measures, part};
use crate::reports::assessment::queries;

/// Objectives with the figure each is tied to, now, and its target.
pub fn objective_rows(
    objectives: &[strategy_objective::Model],
    annual: &Annual,
) -> Vec<Vec<String>> {
    objectives
        .iter()
        .map(|o| {
            let measure = o.measure.as_deref();
            let label = measure
                .and_then(|m| MEASURES.iter().find(|(k, _)| *k == m))
                .map_or_else(String::new, |(_, l)| t(l));
            let figure = measure.and_then(|m| annual.measure(m));
            vec![
                o.objective.clone(),
                label,
                figure
                    .as_ref()
                    .map_or_else(|| t("no-figure"), |(shown, _)| shown.clone()),
                o.target.map_or_else(String::new, |n| n.to_string()),
            ]
        })
        .collect()
}

pub fn objectives_head() -> Vec<String> {
    vec![
        t("col-objective"),
        t("col-measure"),
        t("col-now"),
        t("col-target"),
    ]
}

pub async fn edit(
    tenant: &Tenant,
    page: Page,
    saved: bool,
    data: Option<&FormData>,
    errors: &Errors,
) -> AppResult<Response> {
    let current = queries::strategy(&tenant.scope).await?;
    let value = |column: &str| {
        data.map(|d| d.one(column))
            .or_else(|| current.as_ref().map(|s| part(s, column)))
            .unwrap_or_default()
    };
    let fields: Vec<String> = PARTS
        .iter()
        .map(|(column, key)| {
            if *column == "senior_manager" {
                input(
                    column,
                    t(key),
                    Some(t(&format!("{key}-hint"))),
                    &value(column),
                    errors,
                )
            } else {
                textarea(column, key, &value(column), errors)
            }
        })
        .collect();
    let annual = Annual::compute(
        &tenant.scope,
        crate::reports::Period::year_to(crate::kit::dates::london_day(Utc::now())),
        Utc::now(),
    )
    .await?;
    let objectives = queries::objectives(&tenant.scope).await?;
    let csrf = page.csrf.clone();
    let mut sections = Sections::new(page, t("strategy-title"))
        .wide()
        .banner(saved.then(|| t("strategy-saved")))
        .errors(errors)
        .paragraph(&t("strategy-intro"))
        .block(crate::kit::sections::links(&[(
            "/strategy/easy-read".into(),
            t("strategy-easy-read-link"),
        )]))
        .form("/strategy", &fields, &t("save"))
        .block(heading_m(&t("strategy-objectives"), "objectives"));
    if objectives.is_empty() {
        sections = sections.paragraph(&t("objectives-none"));
    } else {
        sections = sections.block(
            crate::reports::views::document::Grid::new(
                "objectives",
                t("strategy-objectives"),
                objectives_head(),
                objective_rows(&objectives, &annual),
            )
            .words()
            .html(),
        );
        let removes: String = objectives
            .iter()
            .map(|o| {
                crate::kit::sections::form(
                    &csrf,
                    &format!("/strategy/objectives/{}/remove", o.id),
                    &[paragraph(&o.objective)],
                    &t("objective-remove"),
                )
            })
            .collect();
        sections = sections.block(crate::kit::sections::details(
            &t("objectives-remove"),
            &removes,
        ));
    }
    let none = Errors::default();
    sections
        .form(
            "/strategy/objectives",
            &[
                textarea("objective", "objective-text", "", &none),
                select("measure", t("objective-measure"), &measures(), "", &none),
                input(
                    "target",
                    t("objective-target"),
                    Some(t("objective-target-hint")),
                    "",
                    &none,
                ),
            ],
            &t("objective-add"),
        )
        .respond()
}

/// The easy-read strategy, for everyone signed in, with a link to the full one.
pub fn easy_read(page: Page, s: Option<strategy::Model>) -> AppResult<Response> {
    let Some(s) = s else {
        return Sections::new(page, t("strategy-our"))
            .paragraph(&t("strategy-none"))
            .respond();
    };
    let text = if s.easy_read.is_empty() {
        &s.vision
    } else {
        &s.easy_read
    };
    Sections::new(page, t("strategy-our"))
        .block(words(text))
        .block(paragraph(&crate::kit::i18n::t_args(
            "strategy-lead",
            &[("name", &s.senior_manager)],
        )))
        .block(crate::kit::sections::links(&[(
            "/strategy/full".into(),
            t("strategy-full"),
        )]))
        .respond()
}

/// The whole strategy as written, for everyone signed in.
pub fn full(page: Page, s: &strategy::Model) -> AppResult<Response> {
    let mut sections = Sections::new(page, t("strategy-title")).back("/strategy/easy-read");
    for (column, key) in PARTS.iter().filter(|(c, _)| *c != "easy_read") {
        let text = part(s, column);
        if !text.is_empty() {
            sections = sections
                .block(heading_m(&t(key), column))
                .block(words(&text));
        }
    }
    sections.respond()
}
