//! One course or check: its sessions (who attended, which involved people helped deliver it),
//! who holds it and until when, and recording a session or a check. A check such as DBS keeps
//! its date and expiry only, never the certificate's details.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;
use withus_db::entities::{course, training_record, training_session};

use super::COURSE_KINDS;
use super::expiry::expires_on;
use super::mine::standing_tag;
use super::queries::{self, NewRecord, NewSession};
use crate::kit::components::{Cell, Table, render};
use crate::kit::dates::{day, today};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, TypedDate, checkboxes, select};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::people::display_name;
use crate::people::staff_contacts;

async fn load(tenant: &Tenant, id: &str) -> AppResult<course::Model> {
    queries::course(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

/// Who can take the course: involved people, staff, or both.
struct Takers {
    people: Vec<(String, String)>,
    staff: Vec<(String, String)>,
}

async fn takers(tenant: &Tenant, c: &course::Model) -> AppResult<Takers> {
    let mut people: Vec<(String, String)> = if c.audience == "staff" {
        Vec::new()
    } else {
        crate::people::active_members(&tenant.scope)
            .await?
            .iter()
            .map(|p| (p.id.to_string(), display_name(p)))
            .collect()
    };
    people.sort_by(|a, b| a.1.cmp(&b.1));
    let staff = if c.audience == "involved" {
        Vec::new()
    } else {
        staff_contacts(&tenant.scope)
            .await?
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect()
    };
    Ok(Takers { people, staff })
}

async fn course_page(
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

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<Saved>,
) -> AppResult<Response> {
    let c = load(&tenant, &id).await?;
    course_page(
        &tenant,
        page,
        &c,
        &FormData::default(),
        &Errors::default(),
        q.saved(),
    )
    .await
}

/// Only ids from the lists offered count; anything else sent is dropped.
fn picked(data: &FormData, name: &str, offered: &[(String, String)]) -> Vec<Uuid> {
    data.all(name)
        .iter()
        .filter(|v| offered.iter().any(|(id, _)| id == *v))
        .filter_map(|v| Uuid::parse_str(v).ok())
        .collect()
}

pub async fn record(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let c = load(&tenant, &id).await?;
    let takers = takers(&tenant, &c).await?;
    let mut errors = Errors::default();
    let done = TypedDate::from_data(&data, "done")
        .date()
        .filter(|d| *d <= today());
    if done.is_none() {
        errors.add("done", t("training-error-date"));
    }
    let new_record = |person: Option<Uuid>,
                      account: Option<Uuid>,
                      session: Option<Uuid>,
                      part: &'static str,
                      on,
                      expires| NewRecord {
        person,
        account,
        session,
        part,
        on,
        expires,
    };
    let mut rows = Vec::new();
    let mut session_row = None;
    if c.kind == "check" {
        let person = picked(&data, "person", &takers.people).into_iter().next();
        if person.is_none() {
            errors.add("person", t("training-error-person"));
        }
        let typed = TypedDate::from_data(&data, "expires");
        let typed_expiry = typed.date();
        let blank = typed.day.trim().is_empty()
            && typed.month.trim().is_empty()
            && typed.year.trim().is_empty();
        if !blank && typed_expiry.is_none_or(|e| done.is_some_and(|d| e <= d)) {
            errors.add("expires", t("training-error-expires"));
        }
        if let (Some(on), Some(person), true) = (done, person, errors.is_empty()) {
            let expires = typed_expiry.or_else(|| expires_on(on, c.valid_months));
            rows.push(new_record(
                Some(person),
                None,
                None,
                "attended",
                on,
                expires,
            ));
        }
    } else {
        let people = picked(&data, "people", &takers.people);
        let delivered = picked(&data, "delivered", &takers.people);
        let staff = picked(&data, "staff", &takers.staff);
        if people.is_empty() && staff.is_empty() && delivered.is_empty() {
            errors.add("people", t("training-error-nobody"));
        }
        if let (Some(on), true) = (done, errors.is_empty()) {
            let session = Uuid::now_v7();
            let expires = expires_on(on, c.valid_months);
            session_row = Some(NewSession {
                id: session,
                held_on: on,
                co_delivered: !delivered.is_empty(),
            });
            rows.extend(
                people
                    .iter()
                    .map(|p| new_record(Some(*p), None, Some(session), "attended", on, expires)),
            );
            rows.extend(
                delivered
                    .iter()
                    .map(|p| new_record(Some(*p), None, Some(session), "delivered", on, expires)),
            );
            rows.extend(
                staff
                    .iter()
                    .map(|a| new_record(None, Some(*a), Some(session), "attended", on, expires)),
            );
        }
    }
    if !errors.is_empty() {
        return course_page(&tenant, page, &c, &data, &errors, false).await;
    }
    queries::record_training(&tenant.scope, c.id, session_row, rows).await?;
    tenant
        .audit("recorded training", "course", Some(c.id), None)
        .await?;
    Ok(Redirect::to(&format!("/training/{}?saved=yes#holders", c.id)).into_response())
}
