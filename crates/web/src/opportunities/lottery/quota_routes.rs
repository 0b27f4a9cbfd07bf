//! The quotas page: ranges per value, how many in the pool have each (equality counts and
//! their totals suppressed as every report of people is), and "match the population of
//! <area>".

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use super::categories::{CATEGORIES, pool_line};
use super::census::{self, AREAS};
use super::problem::{SMALL, category_label, value_label};
use super::queries::{self, Pool};
use crate::kit::components::{
    Cell, Choices, ErrorSummary, Fieldset, Input, Select, Table, escape, render,
};
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::form_parts::row_button;
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::routes::load;
use withus_db::entities::selection_quota;
use withus_reports::suppress::Shown;

#[derive(Template)]
#[template(path = "opportunities/quotas.html")]
struct QuotasPage {
    page: Page,
    id: Uuid,
    title: String,
    places: String,
    errors: Option<ErrorSummary>,
    tables: Vec<(Table, Option<String>)>,
    add_fields: Vec<String>,
    census_fields: Vec<String>,
}

/// What the person typed into the add form, kept when it fails.
#[derive(Default)]
struct Typed {
    quota: String,
    min: String,
    max: String,
}

fn quota_cell(id: Uuid, csrf: &str, quota: Option<&selection_quota::Model>, what: &str) -> Cell {
    let Some(q) = quota else {
        return Cell::text(t("quota-none"));
    };
    let range = t_args(
        "quota-range",
        &[
            ("min", &q.min_count.to_string()),
            ("max", &q.max_count.to_string()),
        ],
    );
    Cell::html(format!(
        "{} {}",
        escape(&range),
        row_button(
            csrf,
            &format!("/opportunities/{id}/quotas/{}/remove", q.id),
            &[],
            &t("quota-remove"),
            what
        )
    ))
}

fn tables(
    id: Uuid,
    csrf: &str,
    pool: &Pool,
    quotas: &[selection_quota::Model],
) -> Vec<(Table, Option<String>)> {
    let text = |n: Shown| crate::kit::counts::shown(n, SMALL as u64);
    CATEGORIES
        .iter()
        .enumerate()
        .map(|(c, cat)| {
            let line = pool_line(&pool.counts(c), cat.equality, SMALL);
            let mut rows: Vec<Vec<Cell>> = cat
                .values
                .iter()
                .zip(&line.cells)
                .map(|((v, _), &n)| {
                    let label = value_label(cat.name, v);
                    let quota = quotas
                        .iter()
                        .find(|q| q.category == cat.name && q.value == *v);
                    vec![
                        Cell::text(label.clone()),
                        quota_cell(id, csrf, quota, &label),
                        Cell::text(text(n)),
                    ]
                })
                .collect();
            if let Some(total) = line.total {
                rows.push(vec![
                    Cell::text(t("total")),
                    Cell::text(String::new()),
                    Cell::text(text(total)),
                ]);
            }
            let not_known = line.cells[cat.values.len()];
            let not_known = (cat.equality && not_known != Shown::NotShown)
                .then(|| t_args("quota-not-known-count", &[("count", &text(not_known))]));
            let table = Table {
                caption: Some(category_label(cat.name)),
                caption_classes: Some("govuk-table__caption--m".into()),
                head: vec![
                    Cell::text(t("quota-value")),
                    Cell::text(t("quota-range-head")),
                    Cell::text(t("quota-in-pool")),
                ],
                rows,
                ..Table::default()
            };
            (table, not_known)
        })
        .collect()
}

fn add_fields(typed: &Typed, errors: &Errors) -> Vec<String> {
    let options: Vec<(String, String)> = std::iter::once((String::new(), t("quota-choose")))
        .chain(CATEGORIES.iter().flat_map(|cat| {
            cat.values.iter().map(move |(v, _)| {
                (
                    format!("{}:{v}", cat.name),
                    format!("{}: {}", category_label(cat.name), value_label(cat.name, v)),
                )
            })
        }))
        .collect();
    let pairs: Vec<(&str, &str)> = options
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    vec![
        render(
            &Select::new("quota", t("quota-which"), &pairs, &typed.quota)
                .error(errors.get("quota")),
        ),
        render(
            &Input::new("min", t("quota-min"))
                .value(&typed.min)
                .classes("govuk-input--width-3")
                .error(errors.get("min")),
        ),
        render(
            &Input::new("max", t("quota-max"))
                .value(&typed.max)
                .classes("govuk-input--width-3")
                .error(errors.get("max")),
        ),
    ]
}

fn census_fields(area: &str, chosen: &[String], errors: &Errors) -> Vec<String> {
    // An empty first option is invalid HTML (and read as nothing); it says what to do.
    let choose = t("quota-area-choose");
    let areas: Vec<(&str, &str)> = std::iter::once(("", choose.as_str()))
        .chain(AREAS.iter().map(|a| (a.code.as_str(), a.name.as_str())))
        .collect();
    let labels: Vec<(String, String)> = CATEGORIES
        .iter()
        .filter(|c| c.equality)
        .map(|c| (c.name.to_owned(), category_label(c.name)))
        .collect();
    let pairs: Vec<(&str, &str)> = labels
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
    vec![
        render(&Select::new("area", t("quota-area"), &areas, area).error(errors.get("area"))),
        render(
            &Choices::checkboxes(
                "census_category",
                Fieldset::legend(t("quota-census-which"), "govuk-fieldset__legend--s", false),
                &pairs,
                &chosen,
            )
            .hint(t("quota-census-hint"))
            .error(errors.get("census_category")),
        ),
    ]
}

struct Form<'a> {
    typed: Typed,
    area: String,
    chosen: Vec<String>,
    errors: &'a Errors,
}

async fn page_for(tenant: &Tenant, page: Page, id: &str, form: Form<'_>) -> AppResult<QuotasPage> {
    let full = load(tenant, id).await?;
    let o = &full.opportunity;
    let pool = queries::pool(&tenant.scope, o.id).await?;
    let quotas = queries::quotas(&tenant.scope, o.id).await?;
    let free = queries::free_places(&tenant.scope, o).await?;
    let csrf = page.csrf.clone();
    Ok(QuotasPage {
        page: page.titled(t("quota-title")),
        id: o.id,
        title: o.title.clone(),
        places: t_args(
            "quota-places",
            &[
                ("places", &free.to_string()),
                ("pool", &pool.people.len().to_string()),
            ],
        ),
        errors: form.errors.summary(),
        tables: tables(o.id, &csrf, &pool, &quotas),
        add_fields: add_fields(&form.typed, form.errors),
        census_fields: census_fields(&form.area, &form.chosen, form.errors),
    })
}

pub async fn show(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let errors = Errors::default();
    let form = Form {
        typed: Typed::default(),
        area: String::new(),
        chosen: Vec::new(),
        errors: &errors,
    };
    html(page_for(&tenant, page, &id, form).await?)
}

fn whole(text: &str) -> Option<usize> {
    text.trim().parse().ok()
}

pub async fn add(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let typed = Typed {
        quota: data.one("quota"),
        min: data.one("min"),
        max: data.one("max"),
    };
    let mut errors = Errors::default();
    let chosen = typed.quota.split_once(':').filter(|(c, v)| {
        CATEGORIES
            .iter()
            .any(|cat| cat.name == *c && cat.values.iter().any(|(x, _)| x == v))
    });
    if chosen.is_none() {
        errors.add("quota", t("quota-error-which"));
    }
    let free = queries::free_places(&tenant.scope, o).await?;
    let (min, max) = (whole(&typed.min), whole(&typed.max));
    match (min, max) {
        (None, _) => errors.add("min", t("quota-error-number")),
        (_, None) => errors.add("max", t("quota-error-number")),
        (Some(min), Some(max)) if min > max => errors.add("max", t("quota-error-order")),
        (_, Some(max)) if max > free => errors.add(
            "max",
            t_args("quota-error-places", &[("places", &free.to_string())]),
        ),
        _ => {}
    }
    if let (true, Some((c, v)), Some(min), Some(max)) = (errors.is_empty(), chosen, min, max) {
        queries::set_quotas(&tenant.scope, o.id, &[(c, v, min, max)]).await?;
        tenant
            .audit("set quota", "opportunity", Some(o.id), Some(&typed.quota))
            .await?;
        return Ok(Redirect::to(&format!("/opportunities/{}/quotas", o.id)).into_response());
    }
    let form = Form {
        typed,
        area: String::new(),
        chosen: Vec::new(),
        errors: &errors,
    };
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        page_for(&tenant, page, &id, form).await?,
    )
}

pub async fn remove(
    tenant: Tenant,
    Path((id, quota_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let quota_id = parse_id(&quota_id)?;
    queries::remove_quota(&tenant.scope, full.opportunity.id, quota_id).await?;
    tenant
        .audit(
            "removed quota",
            "opportunity",
            Some(full.opportunity.id),
            None,
        )
        .await?;
    Ok(Redirect::to(&format!("/opportunities/{}/quotas", full.opportunity.id)).into_response())
}

/// Fills proportional ranges for the chosen equality categories from the area's census
/// profile, for the places still to fill.
pub async fn match_census(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let area_code = data.one("area");
    let chosen: Vec<String> = data
        .all("census_category")
        .into_iter()
        .filter(|c| CATEGORIES.iter().any(|cat| cat.equality && cat.name == c))
        .collect();
    let mut errors = Errors::default();
    let area = census::area(&area_code);
    if area.is_none() {
        errors.add("area", t("quota-error-area"));
    }
    if chosen.is_empty() {
        errors.add("census_category", t("quota-error-census-which"));
    }
    let free = queries::free_places(&tenant.scope, o).await?;
    if free == 0 {
        errors.add("area", t("quota-error-no-places"));
    }
    if let (true, Some(area)) = (errors.is_empty(), area) {
        let ranges: Vec<(&str, &str, usize, usize)> = chosen
            .iter()
            .flat_map(|c| {
                area.shares(c).into_iter().map(move |(v, share)| {
                    let (min, max) = census::seats(share, free);
                    (c.as_str(), v, min, max)
                })
            })
            .collect();
        queries::set_quotas(&tenant.scope, o.id, &ranges).await?;
        tenant
            .audit(
                "matched census",
                "opportunity",
                Some(o.id),
                Some(&area_code),
            )
            .await?;
        return Ok(Redirect::to(&format!("/opportunities/{}/quotas", o.id)).into_response());
    }
    let form = Form {
        typed: Typed::default(),
        area: area_code,
        chosen,
        errors: &errors,
    };
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        page_for(&tenant, page, &id, form).await?,
    )
}
