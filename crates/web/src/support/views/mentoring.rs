//! Peer mentoring's pages: the pairs with the form to pair two people, and one pair with
//! its meetings.

use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::mentoring_pair;

use crate::kit::blocks::span;
use crate::kit::components::{Cell, Table, Textarea, render};
use crate::kit::dates::day;
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Sections, TypedDate, form, link, paragraph, select};
use crate::kit::tenancy::Tenant;
use crate::people::display_name;
use crate::support::queries;

/// Active people to choose from, by name.
async fn people_choices(tenant: &Tenant) -> AppResult<Vec<(String, String)>> {
    let people = crate::people::active_members(&tenant.scope).await?;
    let mut choices: Vec<(String, String)> = people
        .iter()
        .map(|p| (p.id.to_string(), display_name(p)))
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    choices.insert(0, (String::new(), t("mentoring-choose")));
    Ok(choices)
}

pub async fn index_page(
    tenant: &Tenant,
    page: Page,
    data: &FormData,
    errors: &Errors,
    saved: bool,
) -> AppResult<Response> {
    let pairs = queries::pairs(&tenant.scope, None).await?;
    let ids: Vec<Uuid> = pairs
        .iter()
        .flat_map(|p| [p.mentor_id, p.mentee_id])
        .collect();
    let names = queries::names_of_people(&tenant.scope, ids).await?;
    let meetings =
        queries::pair_meetings(&tenant.scope, pairs.iter().map(|p| p.id).collect()).await?;
    let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    let table = render(&Table {
        caption: Some(t("mentoring-pairs")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: [
            "mentoring-mentor",
            "mentoring-mentee",
            "mentoring-started",
            "mentoring-met",
        ]
        .iter()
        .map(|k| Cell::text(t(k)))
        .collect(),
        rows: pairs
            .iter()
            .map(|p| {
                vec![
                    Cell::html(link(&format!("/mentoring/{}", p.id), &name(&p.mentor_id))),
                    Cell::text(name(&p.mentee_id)),
                    Cell::text(match p.ended_on {
                        Some(end) => format!("{} – {}", day(p.started_on), day(end)),
                        None => day(p.started_on),
                    }),
                    Cell::text(
                        meetings
                            .iter()
                            .filter(|m| m.pair_id == p.id)
                            .count()
                            .to_string(),
                    )
                    .numeric(),
                ]
            })
            .collect(),
        ..Table::default()
    });
    let choices = people_choices(tenant).await?;
    let mut sections = Sections::new(page, t("mentoring-title"))
        .back("/support")
        .errors(errors)
        .banner(saved.then(|| t("mentoring-paired")))
        .paragraph(&t("mentoring-intro"));
    sections = if pairs.is_empty() {
        sections.paragraph(&t("mentoring-none"))
    } else {
        sections.block(table)
    };
    sections
        .heading_m(&t("mentoring-new"), "new")
        .form(
            "/mentoring",
            &[
                select(
                    "mentor",
                    t("mentoring-mentor"),
                    &choices,
                    &data.one("mentor"),
                    errors,
                ),
                select(
                    "mentee",
                    t("mentoring-mentee"),
                    &choices,
                    &data.one("mentee"),
                    errors,
                ),
            ],
            &t("mentoring-pair-them"),
        )
        .respond()
}

pub async fn pair_page(
    tenant: &Tenant,
    page: Page,
    pair: &mentoring_pair::Model,
    typed: (&TypedDate, &str),
    errors: &Errors,
    saved: bool,
) -> AppResult<Response> {
    let names =
        queries::names_of_people(&tenant.scope, vec![pair.mentor_id, pair.mentee_id]).await?;
    let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    let heading = crate::kit::i18n::t_args(
        "mentoring-pair-heading",
        &[
            ("mentor", &name(&pair.mentor_id)),
            ("mentee", &name(&pair.mentee_id)),
        ],
    );
    let meetings = queries::pair_meetings(&tenant.scope, vec![pair.id]).await?;
    let mut sections = Sections::new(page, heading)
        .caption(t("mentoring-title"))
        .back("/mentoring")
        .errors(errors)
        .banner(saved.then(|| t("mentoring-met-saved")))
        .heading_m(&t("mentoring-meetings"), "meetings");
    sections = if meetings.is_empty() {
        sections.paragraph(&t("mentoring-no-meetings"))
    } else {
        sections.block(render(&Table {
            head: vec![
                Cell::text(t("mentoring-met-on")),
                Cell::text(t("mentoring-note")),
            ],
            rows: meetings
                .iter()
                .map(|m| {
                    vec![
                        Cell::text(day(m.met_on)),
                        Cell::html(span("withus-pre-line", &m.note)),
                    ]
                })
                .collect(),
            ..Table::default()
        }))
    };
    if pair.ended_on.is_some() {
        return sections.paragraph(&t("mentoring-ended-note")).respond();
    }
    let csrf = sections.page.csrf.clone();
    sections
        .heading_m(&t("mentoring-record"), "record")
        .form(
            &format!("/mentoring/{}/meetings", pair.id),
            &[
                typed.0.field("met", t("mentoring-met-on"), errors),
                render(
                    &Textarea::new("note", t("mentoring-note"))
                        .value(typed.1)
                        .hint(t("mentoring-note-hint"))
                        .error(errors.get("note")),
                ),
            ],
            &t("mentoring-record-button"),
        )
        .block(paragraph(&t("mentoring-end-intro")))
        .block(form(
            &csrf,
            &format!("/mentoring/{}/end", pair.id),
            &[],
            &t("mentoring-end"),
        ))
        .respond()
}
