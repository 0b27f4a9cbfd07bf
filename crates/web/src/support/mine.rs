//! What a person sees of their own support: their named contact, the support they have been
//! given, their mentoring and their training, with warnings before anything runs out. Staff
//! see the same sections on the person's support page.

use axum::response::Response;
use chrono::NaiveDate;
use uuid::Uuid;

use super::expiry::{Standing, standing};
use super::{KINDS, queries};
use crate::kit::blocks::span;
use crate::kit::components::{Cell, Table, Tag, render};
use crate::kit::dates::{day, today};
use crate::kit::error::{AppError, AppResult};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, heading_m, paragraph};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;

pub fn standing_tag(expires: Option<NaiveDate>, today: NaiveDate) -> String {
    let (text, colour) = match standing(expires, today) {
        Standing::Lasting => (t("training-lasting"), "grey"),
        Standing::Valid => (t("training-valid"), "green"),
        Standing::RunningOut(days) => (
            t_args("training-running-out", &[("days", &days.to_string())]),
            "yellow",
        ),
        Standing::Expired => (t("training-expired"), "red"),
    };
    render(&Tag::new(text, colour))
}

fn table(caption: String, head: &[&str], rows: Vec<Vec<Cell>>) -> String {
    render(&Table {
        caption: Some(caption),
        caption_classes: Some("govuk-visually-hidden".into()),
        head: head.iter().map(|k| Cell::text(t(k))).collect(),
        rows,
        ..Table::default()
    })
}

/// Support, mentoring and training for one person, as blocks of a page.
pub async fn sections(tenant: &Tenant, person: Uuid) -> AppResult<Vec<String>> {
    let scope = &tenant.scope;
    let now = today();
    let mut blocks = vec![heading_m(&t("support-given"), "support")];
    let support = queries::support_of(scope, person).await?;
    blocks.push(if support.is_empty() {
        paragraph(&t("support-none"))
    } else {
        table(
            t("support-given"),
            &[
                "support-given-on",
                "support-kind",
                "support-by",
                "support-note",
            ],
            support
                .iter()
                .map(|s| {
                    vec![
                        Cell::text(day(s.given_on)),
                        Cell::text(label(KINDS, &s.kind)),
                        Cell::text(s.given_by_name.clone()),
                        Cell::html(span("withus-pre-line", &s.note)),
                    ]
                })
                .collect(),
        )
    });

    blocks.push(heading_m(&t("mentoring-title"), "mentoring"));
    let pairs = queries::pairs(scope, Some(person)).await?;
    if pairs.is_empty() {
        blocks.push(paragraph(&t("mentoring-none-for-person")));
    } else {
        let others: Vec<Uuid> = pairs
            .iter()
            .flat_map(|p| [p.mentor_id, p.mentee_id])
            .collect();
        let names = queries::names_of_people(scope, others).await?;
        let meetings = queries::pair_meetings(scope, pairs.iter().map(|p| p.id).collect()).await?;
        let rows = pairs
            .iter()
            .map(|p| {
                let (key, other) = if p.mentor_id == person {
                    ("mentoring-you-mentor", p.mentee_id)
                } else {
                    ("mentoring-your-mentor", p.mentor_id)
                };
                let met = meetings.iter().filter(|m| m.pair_id == p.id).count();
                vec![
                    Cell::text(t_args(
                        key,
                        &[("name", names.get(&other).map_or("", String::as_str))],
                    )),
                    Cell::text(day(p.started_on)),
                    Cell::text(
                        p.ended_on
                            .map(day)
                            .unwrap_or_else(|| t("mentoring-current")),
                    ),
                    Cell::text(met.to_string()).numeric(),
                ]
            })
            .collect();
        blocks.push(table(
            t("mentoring-title"),
            &[
                "mentoring-pair",
                "mentoring-started",
                "mentoring-ended",
                "mentoring-met",
            ],
            rows,
        ));
    }

    blocks.push(heading_m(&t("training-title"), "training"));
    let records = queries::records_of(scope, person).await?;
    if records.is_empty() {
        blocks.push(paragraph(&t("training-none-for-person")));
    } else {
        let courses: std::collections::HashMap<Uuid, String> =
            queries::course_names(scope).await?.into_iter().collect();
        let rows = records
            .iter()
            .map(|r| {
                let name = courses.get(&r.course_id).cloned().unwrap_or_default();
                let name = if r.part == "delivered" {
                    t_args("training-helped-deliver", &[("course", &name)])
                } else {
                    name
                };
                vec![
                    Cell::text(name),
                    Cell::text(day(r.completed_on)),
                    Cell::text(r.expires_on.map(day).unwrap_or_default()),
                    Cell::html(standing_tag(r.expires_on, now)),
                ]
            })
            .collect();
        blocks.push(table(
            t("training-title"),
            &[
                "training-course",
                "training-done-on",
                "training-expires-on",
                "training-standing",
            ],
            rows,
        ));
    }
    Ok(blocks)
}

/// The person's own page: who to turn to, and the support, mentoring and training they have.
pub async fn show(tenant: Tenant, page: Page) -> AppResult<Response> {
    let me = crate::people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let details = crate::people::details(&tenant.scope, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let contact = match details.named_contact {
        Some(name) => t_args("my-support-contact", &[("name", &name)]),
        None => t("my-support-no-contact"),
    };
    let mut page_sections = Sections::new(page, t("my-support-title"))
        .back("/home")
        .paragraph(&contact);
    for block in self::sections(&tenant, me).await? {
        page_sections = page_sections.block(block);
    }
    page_sections.respond()
}
