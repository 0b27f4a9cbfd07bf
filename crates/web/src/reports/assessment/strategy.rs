//! The involvement strategy (seed 001 §5): vision, aims, principles, who is engaged, the
//! levels offered and their limits, mechanisms and monitoring, the named senior manager and
//! champions, objectives each tied to a figure Withus tracks, and an easy-read version
//! everyone signed in can read.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use withus_db::entities::{strategy, strategy_objective};

use super::queries;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, heading_m, input, paragraph, select, textarea, words};
use crate::kit::tenancy::Tenant;
use crate::reports::annual::{Annual, MEASURES};

/// The strategy's parts in order: (column, message key).
pub const PARTS: &[(&str, &str)] = &[
    ("vision", "strategy-vision"),
    ("aims", "strategy-aims"),
    ("principles", "strategy-principles"),
    ("who_engaged", "strategy-who"),
    ("levels", "strategy-levels"),
    ("mechanisms", "strategy-mechanisms"),
    ("monitoring", "strategy-monitoring"),
    ("senior_manager", "strategy-senior-manager"),
    ("champions", "strategy-champions"),
    ("easy_read", "strategy-easy-read"),
];

fn part(s: &strategy::Model, column: &str) -> String {
    match column {
        "vision" => &s.vision,
        "aims" => &s.aims,
        "principles" => &s.principles,
        "who_engaged" => &s.who_engaged,
        "levels" => &s.levels,
        "mechanisms" => &s.mechanisms,
        "monitoring" => &s.monitoring,
        "senior_manager" => &s.senior_manager,
        "champions" => &s.champions,
        _ => &s.easy_read,
    }
    .clone()
}

fn measures() -> Vec<(String, String)> {
    let mut items = vec![(String::new(), t("objective-no-measure"))];
    items.extend(MEASURES.iter().map(|(k, l)| ((*k).to_owned(), t(l))));
    items
}

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

async fn edit_page(
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
            crate::reports::document::Grid::new(
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

pub async fn show(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    edit_page(&tenant, page, saved.saved(), None, &Errors::default()).await
}

pub async fn save(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let mut errors = Errors::default();
    for (column, key) in [
        ("vision", "strategy-vision"),
        ("senior_manager", "strategy-senior-manager"),
    ] {
        if data.one(column).trim().is_empty() {
            errors.add(column, t(&format!("{key}-error")));
        }
    }
    if !errors.is_empty() {
        return edit_page(&tenant, page, false, Some(&data), &errors).await;
    }
    queries::save_strategy(&tenant.scope, |c| data.one(c).trim().to_owned()).await?;
    tenant
        .audit("strategy.save", "strategy", None, None)
        .await?;
    Ok(Redirect::to("/strategy?saved=1").into_response())
}

pub async fn add_objective(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let objective = data.one("objective").trim().to_owned();
    let measure = data.one("measure");
    let target = data.one("target");
    let mut errors = Errors::default();
    if objective.is_empty() {
        errors.add("objective", t("objective-text-error"));
    }
    if !measure.is_empty() && !MEASURES.iter().any(|(k, _)| *k == measure) {
        errors.add("measure", t("objective-measure-error"));
    }
    let target = if target.trim().is_empty() {
        None
    } else {
        match target.trim().parse::<i32>() {
            Ok(n) if (0..=1_000_000).contains(&n) => Some(n),
            _ => {
                errors.add("target", t("objective-target-error"));
                None
            }
        }
    };
    if !errors.is_empty() {
        return edit_page(&tenant, page, false, Some(&data), &errors).await;
    }
    queries::add_objective(
        &tenant.scope,
        objective,
        Some(measure).filter(|m| !m.is_empty()),
        target,
    )
    .await?;
    Ok(Redirect::to("/strategy?saved=1#objectives").into_response())
}

pub async fn remove_objective(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    if !queries::remove_objective(&tenant.scope, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/strategy?saved=1#objectives").into_response())
}

/// The easy-read strategy, for everyone signed in, with a link to the full one.
pub async fn easy_read(tenant: Tenant, page: Page) -> AppResult<Response> {
    let Some(s) = queries::strategy(&tenant.scope).await? else {
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
pub async fn full(tenant: Tenant, page: Page) -> AppResult<Response> {
    let s = queries::strategy(&tenant.scope)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut sections = Sections::new(page, t("strategy-title")).back("/strategy/easy-read");
    for (column, key) in PARTS.iter().filter(|(c, _)| *c != "easy_read") {
        let text = part(&s, column);
        if !text.is_empty() {
            sections = sections
                .block(heading_m(&t(key), column))
                .block(words(&text));
        }
    }
    sections.respond()
}
