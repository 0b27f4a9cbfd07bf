//! One person's support: their named contact, the support they have been given, their
//! mentoring and their training, with warnings before anything runs out. The person sees it
//! on their own page; staff see the same sections on the person's support page, with the
//! support written for the person to read.

use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::person;

use super::standing_tag;
use crate::kit::blocks::span;
use crate::kit::components::{Cell, Table, render};
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, heading_m, link, paragraph};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::people::display_name;
use crate::support::forms::SupportForm;
use crate::support::{KINDS, queries};

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
pub async fn my_page(
    tenant: &Tenant,
    page: Page,
    me: Uuid,
    named_contact: Option<String>,
) -> AppResult<Response> {
    let contact = match named_contact {
        Some(name) => t_args("my-support-contact", &[("name", &name)]),
        None => t("my-support-no-contact"),
    };
    let mut page_sections = Sections::new(page, t("my-support-title"))
        .back("/home")
        .paragraph(&contact);
    for block in self::sections(tenant, me).await? {
        page_sections = page_sections.block(block);
    }
    page_sections.respond()
}

/// The staff page for one person's support, with the form to record more.
pub async fn page_for(
    tenant: &Tenant,
    page: Page,
    p: &person::Model,
    form: &SupportForm,
    errors: &Errors,
    saved: bool,
) -> AppResult<Sections> {
    let name = display_name(p);
    let contact = match p.named_contact_id {
        Some(id) => crate::people::names_of_staff(&tenant.scope, vec![id])
            .await?
            .remove(&id),
        None => None,
    };
    let contact = contact.unwrap_or_else(|| t("support-no-contact"));
    let mut sections = Sections::new(page, t("support-title"))
        .caption(name)
        .back(format!("/people/{}", p.id))
        .errors(errors)
        .banner(saved.then(|| t("support-saved")))
        .heading_m(&t("support-contact"), "contact")
        .paragraph(&contact)
        .block(link(
            &format!("/people/{}/edit", p.id),
            &t("support-change-contact"),
        ));
    for block in self::sections(tenant, p.id).await? {
        sections = sections.block(block);
    }
    Ok(sections.heading_m(&t("support-add"), "add").form(
        &format!("/people/{}/support", p.id),
        &form.fields(errors),
        &t("support-save"),
    ))
}
