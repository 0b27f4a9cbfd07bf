//! One course or check: its sessions (who attended, which involved people helped deliver it),
//! who holds it and until when, and the form to record a session or a check.

use std::collections::HashMap;

use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::{course, training_record, training_session};

use super::standing_tag;
use crate::kit::components::{Cell, Table, render};
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, TypedDate, checkboxes, select};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::support::COURSE_KINDS;
use crate::support::forms::takers;
use crate::support::queries;

pub async fn course_page(
    tenant: &Tenant,
    page: Page,
    c: &course::Model,
    data: &FormData,
    errors: &Errors,
    saved: bool,
) -> AppResult<Response> {
    let records = queries::records_of_course(&tenant.scope, c.id).await?;
    let sessions = queries::sessions_of(&tenant.scope, c.id).await?;
    let people = queries::names_of_people(
        &tenant.scope,
        records.iter().filter_map(|r| r.person_id).collect(),
    )
    .await?;
    let staff = crate::people::names_of_staff(
        &tenant.scope,
        records.iter().filter_map(|r| r.account_id).collect(),
    )
    .await?;
    let now = today();
    let mut sections = Sections::new(page, c.name.clone())
        .caption(label(COURSE_KINDS, &c.kind))
        .back("/training")
        .errors(errors)
        .banner(saved.then(|| t("training-recorded")));
    if !c.description.is_empty() {
        sections = sections.block(crate::kit::sections::words(&c.description));
    }
    sections = sections.paragraph(&match c.valid_months {
        Some(m) => t_args("course-valid-for", &[("months", &m.to_string())]),
        None => t("course-no-limit"),
    });
    if c.kind == "course" {
        sections = sections.heading_m(&t("training-sessions"), "sessions");
        sections = if sessions.is_empty() {
            sections.paragraph(&t("training-no-sessions"))
        } else {
            sections.block(sessions_table(&sessions, &records))
        };
    }
    sections = sections.heading_m(&t("training-holders"), "holders");
    sections = if records.is_empty() {
        sections.paragraph(&t("training-no-holders"))
    } else {
        sections.block(render(&Table {
            head: [
                "training-who",
                "training-part",
                "training-done-on",
                "training-expires-on",
                "training-standing",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows: records
                .iter()
                .map(|r| {
                    let who = r
                        .person_id
                        .and_then(|p| people.get(&p))
                        .or_else(|| r.account_id.and_then(|a| staff.get(&a)))
                        .cloned()
                        .unwrap_or_default();
                    vec![
                        Cell::text(who),
                        Cell::text(t(if r.part == "delivered" {
                            "training-part-delivered"
                        } else {
                            "training-part-attended"
                        })),
                        Cell::text(day(r.completed_on)),
                        Cell::text(r.expires_on.map(day).unwrap_or_default()),
                        Cell::html(standing_tag(r.expires_on, now)),
                    ]
                })
                .collect(),
            ..Table::default()
        }))
    };
    let takers = takers(tenant, c).await?;
    let date = if data.0.is_empty() {
        TypedDate::of(now)
    } else {
        TypedDate::from_data(data, "done")
    };
    let mut fields = vec![date.field(
        "done",
        t(if c.kind == "check" {
            "training-check-date"
        } else {
            "training-session-date"
        }),
        errors,
    )];
    if c.kind == "check" {
        let mut choices = vec![(String::new(), t("mentoring-choose"))];
        choices.extend(takers.people.iter().cloned());
        fields.push(select(
            "person",
            t("training-check-person"),
            &choices,
            &data.one("person"),
            errors,
        ));
        fields.push(TypedDate::from_data(data, "expires").field(
            "expires",
            t("training-check-expires"),
            errors,
        ));
    } else {
        if !takers.people.is_empty() {
            fields.push(checkboxes(
                "people",
                t("training-attended-people"),
                &takers.people,
                &data.all("people"),
                None,
                errors,
            ));
            fields.push(checkboxes(
                "delivered",
                t("training-delivered-by"),
                &takers.people,
                &data.all("delivered"),
                None,
                errors,
            ));
        }
        if !takers.staff.is_empty() {
            fields.push(checkboxes(
                "staff",
                t("training-attended-staff"),
                &takers.staff,
                &data.all("staff"),
                None,
                errors,
            ));
        }
    }
    let (heading, button) = if c.kind == "check" {
        ("training-record-check", "training-record-check-button")
    } else {
        ("training-record-session", "training-record-session-button")
    };
    sections
        .heading_m(&t(heading), "record")
        .form(&format!("/training/{}/records", c.id), &fields, &t(button))
        .respond()
}

fn sessions_table(
    sessions: &[training_session::Model],
    records: &[training_record::Model],
) -> String {
    let mut counts: HashMap<Uuid, (usize, usize)> = HashMap::new();
    for r in records {
        if let Some(s) = r.session_id {
            let entry = counts.entry(s).or_default();
            if r.part == "delivered" {
                entry.1 += 1;
            } else {
                entry.0 += 1;
            }
        }
    }
    render(&Table {
        head: [
            "training-session-date",
            "training-attended-count",
            "training-co-delivered",
        ]
        .iter()
        .map(|k| Cell::text(t(k)))
        .collect(),
        rows: sessions
            .iter()
            .map(|s| {
                let (came, delivered) = counts.get(&s.id).copied().unwrap_or_default();
                vec![
                    Cell::text(day(s.held_on)),
                    Cell::text(came.to_string()).numeric(),
                    Cell::text(if s.co_delivered {
                        t_args(
                            "training-co-delivered-by",
                            &[("count", &delivered.to_string())],
                        )
                    } else {
                        t("no")
                    }),
                ]
            })
            .collect(),
        ..Table::default()
    })
}
