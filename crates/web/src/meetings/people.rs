//! Who is expected at a meeting (involved people as members or reserves, staff and the
//! chair), and afterwards who came, the hours each involved person gave, and the notes.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;
use withus_db::entities::meeting;

use super::queries::{self, Attendee};
use super::{load, send};
use crate::AppState;
use crate::kit::components::{Choices, ErrorSummary, Fieldset, Input, Textarea, render};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::staff_contacts;

pub const ATTENDANCE: &[(&str, &str)] = &[
    ("attended", "attendance-attended"),
    ("apologies", "attendance-apologies"),
    ("absent", "attendance-absent"),
];

pub async fn add(tenant: Tenant, Path(id): Path<String>, data: FormData) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let (person_id, account_id, kind) = if !data.one("person").is_empty() {
        let person = parse_id(&data.one("person"))?;
        if !queries::candidates(&tenant.scope)
            .await?
            .iter()
            .any(|(id, _)| *id == person)
        {
            return Err(AppError::NotFound);
        }
        (Some(person), None, data.one("person_kind"))
    } else if !data.one("account").is_empty() {
        let account = parse_id(&data.one("account"))?;
        if !staff_contacts(&tenant.scope)
            .await?
            .iter()
            .any(|(id, _)| *id == account)
        {
            return Err(AppError::NotFound);
        }
        (None, Some(account), data.one("account_kind"))
    } else {
        return Ok(Redirect::to(&format!("/meetings/{}#people", m.id)).into_response());
    };
    let allowed = if person_id.is_some() {
        &["member", "reserve"]
    } else {
        &["staff", "chair"]
    };
    let kind = if allowed.contains(&kind.as_str()) {
        kind
    } else {
        allowed[0].to_owned()
    };
    let existing = queries::attendees(&tenant.scope, m.id).await?;
    let already = existing.iter().any(|a| {
        (person_id.is_some() && a.row.person_id == person_id)
            || (account_id.is_some() && a.row.account_id == account_id)
    });
    if !already {
        queries::insert_attendee(&tenant.scope, m.id, person_id, account_id, &kind).await?;
        tenant
            .audit("added attendee", "meeting", Some(m.id), Some(&kind))
            .await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}#people", m.id)).into_response())
}

/// Longest name searched for: longer than any name the register keeps.
const SEARCH_MOST: usize = 100;
/// People shown at once: a name shared by more is narrowed by typing more of it.
const SHOWN_MOST: u64 = 50;

#[derive(serde::Deserialize)]
pub struct Find {
    #[serde(default)]
    name: String,
}

/// Finding an involved person to expect, by name, told apart from others of the same name.
pub async fn find(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(find): Query<Find>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let name: String = find.name.chars().take(SEARCH_MOST).collect();
    let (found, total) =
        queries::find_candidates(&tenant.scope, loaded.opportunity.id, &name, SHOWN_MOST).await?;
    let expected: Vec<Uuid> = queries::attendees(&tenant.scope, loaded.meeting.id)
        .await?
        .iter()
        .filter_map(|a| a.row.person_id)
        .collect();
    super::views::find::find_page(page, &loaded, &name, &found, total, &expected)
}

pub async fn remove(
    tenant: Tenant,
    Path((id, attendee_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let attendee_id = parse_id(&attendee_id)?;
    queries::remove_attendee(&tenant.scope, loaded.meeting.id, attendee_id).await?;
    tenant
        .audit("removed attendee", "meeting", Some(loaded.meeting.id), None)
        .await?;
    Ok(Redirect::to(&format!("/meetings/{}#people", loaded.meeting.id)).into_response())
}

#[derive(Template)]
#[template(path = "meetings/record.html")]
struct RecordPage {
    page: Page,
    errors: Option<ErrorSummary>,
    id: Uuid,
    title: String,
    when: String,
    rows: Vec<(String, String, String)>,
    notes: String,
    shared: Option<String>,
}

fn record_page(
    page: Page,
    m: &meeting::Model,
    attendees: &[Attendee],
    data: Option<&FormData>,
    errors: &Errors,
) -> RecordPage {
    let rows = attendees
        .iter()
        .map(|a| {
            let key = a.row.id.to_string();
            let chosen = data.map_or_else(
                || a.row.attendance.clone().unwrap_or_default(),
                |d| d.one(&format!("attendance-{key}")),
            );
            let minutes = data.map_or_else(
                || {
                    a.row
                        .minutes
                        .map(|m| format!("{}", f64::from(m) / 60.0))
                        .unwrap_or_default()
                },
                |d| d.one(&format!("hours-{key}")),
            );
            let options: Vec<(&str, String)> = ATTENDANCE.iter().map(|(v, k)| (*v, t(k))).collect();
            let options: Vec<(&str, &str)> =
                options.iter().map(|(a, b)| (*a, b.as_str())).collect();
            let legend = Fieldset::legend(
                t_args("attendance-for", &[("name", &a.name)]),
                "govuk-fieldset__legend--s",
                false,
            );
            let radios = render(
                &Choices::radios(
                    &format!("attendance-{key}"),
                    legend,
                    &options,
                    &[chosen.as_str()],
                )
                .inline()
                .error(errors.get(&format!("attendance-{key}"))),
            );
            let hours = if a.person.is_some() {
                render(
                    &Input::new(
                        &format!("hours-{key}"),
                        t_args("attendance-hours", &[("name", &a.name)]),
                    )
                    .value(&minutes)
                    .classes("govuk-input--width-3")
                    .hint(t("attendance-hours-hint"))
                    .error(errors.get(&format!("hours-{key}"))),
                )
            } else {
                String::new()
            };
            (a.name.clone(), radios, hours)
        })
        .collect();
    let notes = data.map_or_else(|| m.notes.clone().unwrap_or_default(), |d| d.one("notes"));
    RecordPage {
        page: page.titled(t("record-title")),
        errors: errors.summary(),
        id: m.id,
        title: m.title.clone(),
        when: super::when(m.starts_at, m.ends_at),
        rows,
        notes: render(
            &Textarea::new("notes", t("record-notes"))
                .value(&notes)
                .rows(8)
                .hint(t("record-notes-hint")),
        ),
        shared: m
            .notes_shared_at
            .map(|at| t_args("record-notes-shared", &[("when", &super::moment(at))])),
    }
}

pub async fn record_form(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let attendees = queries::attendees(&tenant.scope, loaded.meeting.id).await?;
    html(record_page(
        page,
        &loaded.meeting,
        &attendees,
        None,
        &Errors::default(),
    ))
}

/// Hours as typed ("1.5", "2") to whole minutes.
fn minutes(text: &str) -> Option<Option<i32>> {
    if text.is_empty() {
        return Some(None);
    }
    let hours: f64 = text.parse().ok()?;
    (0.0..=24.0)
        .contains(&hours)
        .then(|| Some((hours * 60.0).round() as i32))
}

pub async fn record(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let attendees = queries::attendees(&tenant.scope, m.id).await?;
    let mut errors = Errors::default();
    let mut rows = Vec::new();
    for a in &attendees {
        let key = a.row.id.to_string();
        let attendance = data.one(&format!("attendance-{key}"));
        let attendance = (!attendance.is_empty()).then_some(attendance);
        if attendance
            .as_deref()
            .is_some_and(|v| !ATTENDANCE.iter().any(|(x, _)| *x == v))
        {
            errors.add(&format!("attendance-{key}"), t("attendance-error"));
        }
        match minutes(&data.one(&format!("hours-{key}"))) {
            Some(mins) => rows.push((a, attendance, mins)),
            None => errors.add(
                &format!("hours-{key}"),
                t_args("attendance-hours-error", &[("name", &a.name)]),
            ),
        }
    }
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            record_page(page, m, &attendees, Some(&data), &errors),
        );
    }
    queries::record_attendance(&tenant.scope, m.starts_at, rows).await?;
    let notes = data.one("notes");
    queries::set_notes(&tenant.scope, m.id, (!notes.is_empty()).then_some(notes)).await?;
    tenant
        .audit("recorded meeting", "meeting", Some(m.id), None)
        .await?;
    if data.one("share") == "yes" {
        let loaded = load(&tenant, &id).await?;
        send::notes(&state, &tenant, &loaded).await?;
        queries::set_notes_shared(&tenant.scope, m.id).await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}", m.id)).into_response())
}
