//! "You said, we did" as pages: the table of contributions and what became of each, the
//! changes counted by impact area and level, choosing an opportunity, and the form's page.

use std::collections::HashMap;

use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::{contribution, opportunity};

use crate::impact::forms::{ContributionForm, Offered};
use crate::impact::queries;
use crate::impact::{AREAS, areas_of, status_tag};
use crate::kit::blocks::{on_lines, small_words, span};
use crate::kit::components::{Cell, Table, render};
use crate::kit::dates::day;
use crate::kit::error::AppResult;
use crate::kit::form_parts::{button, get_form};
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, link, paragraph, select};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::{contains, label};
use crate::opportunities::Full;
use crate::people::labels;

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

/// Every contribution, or those in one impact area (`area`), under the counts by area.
pub async fn index(
    tenant: &Tenant,
    page: Page,
    (area, saved): (&str, &str),
    all: &[contribution::Model],
    shown: &[contribution::Model],
) -> AppResult<Response> {
    let mut sections = Sections::new(page, t("impact-title"))
        .banner((!saved.is_empty()).then(|| t("impact-saved")))
        .paragraph(&t("impact-intro"))
        .links(&[
            ("/impact/new".into(), t("impact-record")),
            ("/impact/feedback".into(), t("feedback-owed-title")),
        ])
        .block(area_counts(all))
        .wide();
    let heading = if contains(AREAS, area) {
        t_args("impact-in-area", &[("area", &label(AREAS, area))])
    } else {
        t("impact-all")
    };
    sections = sections.heading_m(&heading, "list");
    sections = if shown.is_empty() {
        sections.paragraph(&t("impact-none"))
    } else {
        sections.block(said_table(rows(tenant, shown, true).await?))
    };
    sections.respond()
}

/// First, which opportunity: its meetings and people make the rest of the form.
pub fn choose_opportunity(page: Page, all: Vec<opportunity::Model>) -> AppResult<Response> {
    let mut choices: Vec<(String, String)> =
        vec![(String::new(), t("contribution-choose-opportunity"))];
    choices.extend(all.into_iter().map(|o| (o.id.to_string(), o.title)));
    let select = select(
        "opportunity",
        t("contribution-opportunity"),
        &choices,
        "",
        &Errors::default(),
    );
    Sections::new(page, t("impact-record"))
        .back("/impact")
        .block(get_form(
            "/impact/new",
            &select,
            &button(&t("continue"), ""),
        ))
        .respond()
}

pub fn form_page(
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
