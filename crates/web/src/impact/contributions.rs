//! "You said, we did": each contribution involved people made and what became of it, the
//! change made or the honest reason it was not (seed 001 Gateshead), tagged with seed 002's
//! six impact areas and a level, with evidence and a date.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::contribution;

use super::contribution_form::{ContributionForm, Offered};
use super::queries;
use super::{AREAS, areas_of, status_tag};
use crate::kit::blocks::{on_lines, small_words, span};
use crate::kit::components::{Cell, Table, render};
use crate::kit::dates::{day, today};
use crate::kit::error::{AppError, AppResult};
use crate::kit::form_parts::{button, get_form};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, TypedDate, link, paragraph, select};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::{contains, label};
use crate::opportunities::Full;
use crate::people::labels;

/// The opportunity's meetings, and the people confirmed in it or expected at its meetings.
async fn offered(tenant: &Tenant, opportunity_id: Uuid) -> AppResult<Offered> {
    let scope = &tenant.scope;
    let meetings = crate::meetings::for_opportunity(scope, opportunity_id).await?;
    let mut ids = queries::confirmed_in(scope, opportunity_id).await?;
    ids.extend(queries::people_expected_at(scope, meetings.iter().map(|m| m.id)).await?);
    let names = crate::support::names_of_people(scope, ids).await?;
    let mut people: Vec<(String, String)> = names
        .into_iter()
        .map(|(id, n)| (id.to_string(), n))
        .collect();
    people.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(Offered {
        meetings: meetings
            .iter()
            .filter(|m| m.cancelled_at.is_none())
            .map(|m| {
                (
                    m.id.to_string(),
                    format!(
                        "{} ({})",
                        m.title,
                        crate::meetings::when(m.starts_at, m.ends_at)
                    ),
                )
            })
            .collect(),
        people,
    })
}

/// Rows of a "you said, we did" table, with who said each.
async fn rows(
    tenant: &Tenant,
    items: &[contribution::Model],
    with_opportunity: bool,
) -> AppResult<Vec<Vec<Cell>>> {
    let people = queries::people_of(&tenant.scope, items).await?;
    let names = crate::support::names_of_people(
        &tenant.scope,
        people.values().flatten().copied().collect(),
    )
    .await?;
    let titles: HashMap<Uuid, String> = if with_opportunity {
        queries::opportunities_in(&tenant.scope, items.iter().map(|c| c.opportunity_id))
            .await?
            .into_iter()
            .map(|o| (o.id, o.title))
            .collect()
    } else {
        HashMap::new()
    };
    Ok(items
        .iter()
        .map(|c| {
            let who: Vec<String> = people
                .get(&c.id)
                .map(|ids| ids.iter().filter_map(|p| names.get(p).cloned()).collect())
                .unwrap_or_default();
            let who = if who.is_empty() {
                t("contribution-the-group")
            } else {
                who.join(", ")
            };
            let mut said = vec![
                link(&format!("/impact/{}", c.id), &c.said),
                span("govuk-body-s", &format!("{who} · {}", day(c.said_on))),
            ];
            if let Some(title) = titles.get(&c.opportunity_id) {
                said.push(span("govuk-body-s", title));
            }
            let said = on_lines(&said);
            let did = match &c.outcome {
                Some(outcome) => format!("{}{}", status_tag(&c.status), small_words(outcome)),
                None => status_tag(&c.status),
            };
            vec![
                Cell::html(said),
                Cell::html(did),
                Cell::text(labels(AREAS, &areas_of(&c.areas))),
            ]
        })
        .collect())
}

fn said_table(rows: Vec<Vec<Cell>>) -> String {
    render(&Table {
        head: vec![
            Cell::text(t("contribution-you-said")),
            Cell::text(t("contribution-we-did")),
            Cell::text(t("contribution-areas")),
        ],
        rows,
        ..Table::default()
    })
}

/// The opportunity's contributions, for its evaluation page.
pub async fn for_opportunity(tenant: &Tenant, opportunity_id: Uuid) -> AppResult<Vec<String>> {
    let items = queries::contributions(&tenant.scope, Some(vec![opportunity_id]), None).await?;
    let mut blocks = Vec::new();
    if items.is_empty() {
        blocks.push(paragraph(&t("impact-none")));
    } else {
        blocks.push(said_table(rows(tenant, &items, false).await?));
    }
    blocks.push(link(
        &format!("/impact/new?opportunity={opportunity_id}"),
        &t("impact-record"),
    ));
    Ok(blocks)
}

#[derive(Deserialize, Default)]
pub struct IndexQuery {
    #[serde(default)]
    area: String,
    #[serde(default)]
    saved: String,
}

/// Changes in each impact area, at each level.
fn area_counts(items: &[contribution::Model]) -> String {
    let rows = AREAS
        .iter()
        .map(|(area, key)| {
            let count = |level: &str| {
                items
                    .iter()
                    .filter(|c| {
                        c.status == "changed"
                            && c.level.as_deref() == Some(level)
                            && areas_of(&c.areas).iter().any(|a| a == area)
                    })
                    .count()
            };
            vec![
                Cell::html(link(&format!("/impact?area={area}"), &t(key))),
                Cell::text(count("individual").to_string()).numeric(),
                Cell::text(count("strategic").to_string()).numeric(),
            ]
        })
        .collect();
    render(&Table {
        caption: Some(t("impact-areas-caption")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("contribution-areas")),
            Cell::text(t("impact-level-individual")).numeric(),
            Cell::text(t("impact-level-strategic")).numeric(),
        ],
        rows,
        ..Table::default()
    })
}

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<IndexQuery>) -> AppResult<Response> {
    let all = queries::contributions(&tenant.scope, None, None).await?;
    let shown: Vec<contribution::Model> = all
        .iter()
        .filter(|c| q.area.is_empty() || areas_of(&c.areas).contains(&q.area))
        .cloned()
        .collect();
    let mut sections = Sections::new(page, t("impact-title"))
        .banner((!q.saved.is_empty()).then(|| t("impact-saved")))
        .paragraph(&t("impact-intro"))
        .links(&[
            ("/impact/new".into(), t("impact-record")),
            ("/impact/feedback".into(), t("feedback-owed-title")),
        ])
        .block(area_counts(&all))
        .wide();
    let heading = if contains(AREAS, &q.area) {
        t_args("impact-in-area", &[("area", &label(AREAS, &q.area))])
    } else {
        t("impact-all")
    };
    sections = sections.heading_m(&heading, "list");
    sections = if shown.is_empty() {
        sections.paragraph(&t("impact-none"))
    } else {
        sections.block(said_table(rows(&tenant, &shown, true).await?))
    };
    sections.respond()
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    opportunity: String,
}

async fn opportunity_of(tenant: &Tenant, id: &str) -> AppResult<Full> {
    crate::opportunities::load(tenant, id).await
}

fn form_page(
    page: Page,
    full: &Full,
    action: &str,
    form: &ContributionForm,
    offered: &Offered,
    errors: &Errors,
) -> AppResult<Response> {
    Sections::new(page, t("impact-record"))
        .caption(full.opportunity.title.clone())
        .back(format!(
            "/opportunities/{}/evaluation#said",
            full.opportunity.id
        ))
        .errors(errors)
        .paragraph(&t("contribution-form-intro"))
        .form(
            action,
            &form.fields(offered, errors),
            &t("contribution-save"),
        )
        .respond()
}

pub async fn new(tenant: Tenant, page: Page, Query(q): Query<NewQuery>) -> AppResult<Response> {
    if q.opportunity.is_empty() {
        // First, which opportunity: its meetings and people make the rest of the form.
        let mut choices: Vec<(String, String)> =
            vec![(String::new(), t("contribution-choose-opportunity"))];
        let all = queries::opportunities_past_draft(&tenant.scope).await?;
        choices.extend(all.into_iter().map(|o| (o.id.to_string(), o.title)));
        let select = select(
            "opportunity",
            t("contribution-opportunity"),
            &choices,
            "",
            &Errors::default(),
        );
        return Sections::new(page, t("impact-record"))
            .back("/impact")
            .block(get_form(
                "/impact/new",
                &select,
                &button(&t("continue"), ""),
            ))
            .respond();
    }
    let full = opportunity_of(&tenant, &q.opportunity).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm {
        status: "open".into(),
        said_on: TypedDate::of(today()),
        ..ContributionForm::default()
    };
    let action = format!("/impact?opportunity={}", full.opportunity.id);
    form_page(page, &full, &action, &form, &offered, &Errors::default())
}

pub async fn create(
    tenant: Tenant,
    page: Page,
    Query(q): Query<NewQuery>,
    data: FormData,
) -> AppResult<Response> {
    let full = opportunity_of(&tenant, &q.opportunity).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm::from_data(&data);
    match form.check(full.opportunity.id, &offered, today()) {
        Ok(input) => {
            let id =
                queries::save_contribution(&tenant.scope, None, &input, tenant.user.account_id)
                    .await?;
            tenant
                .audit("recorded contribution", "contribution", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!(
                "/opportunities/{}/evaluation?saved=said#said",
                full.opportunity.id
            ))
            .into_response())
        }
        Err(errors) => {
            let action = format!("/impact?opportunity={}", full.opportunity.id);
            form_page(page, &full, &action, &form, &offered, &errors)
        }
    }
}

async fn load(tenant: &Tenant, id: &str) -> AppResult<(contribution::Model, Full)> {
    let c = queries::contribution(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let full = opportunity_of(tenant, &c.opportunity_id.to_string()).await?;
    Ok((c, full))
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let (c, full) = load(&tenant, &id).await?;
    let people = queries::people_of(&tenant.scope, std::slice::from_ref(&c)).await?;
    let form = ContributionForm::from_row(&c, people.get(&c.id).map_or(&[], Vec::as_slice));
    let offered = offered(&tenant, full.opportunity.id).await?;
    form_page(
        page,
        &full,
        &format!("/impact/{}", c.id),
        &form,
        &offered,
        &Errors::default(),
    )
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let (c, full) = load(&tenant, &id).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm::from_data(&data);
    match form.check(full.opportunity.id, &offered, today()) {
        Ok(input) => {
            queries::save_contribution(&tenant.scope, Some(c.id), &input, tenant.user.account_id)
                .await?;
            tenant
                .audit(
                    "recorded impact",
                    "contribution",
                    Some(c.id),
                    Some(&input.status),
                )
                .await?;
            Ok(Redirect::to("/impact?saved=yes").into_response())
        }
        Err(errors) => form_page(
            page,
            &full,
            &format!("/impact/{}", c.id),
            &form,
            &offered,
            &errors,
        ),
    }
}
