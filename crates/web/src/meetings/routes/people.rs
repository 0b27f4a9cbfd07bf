//! Who is expected at a meeting (involved people as members or reserves, staff and the
//! chair), and afterwards who came, the hours each involved person gave, and the notes.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use crate::AppState;
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::views::record::record_page;
use crate::meetings::{forms, load, queries, send, views};
use crate::people::staff_contacts;

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
    views::find::find_page(page, &loaded, &name, &found, total, &expected)
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
    let rows = forms::record::rows(&data, &attendees, &mut errors);
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
        let told = send::notes(&state, &tenant, &loaded).await?;
        queries::set_notes_shared(&tenant.scope, m.id).await?;
        let done = format!("/meetings/{}?{}", m.id, told.query("notes"));
        return Ok(Redirect::to(&done).into_response());
    }
    Ok(Redirect::to(&format!("/meetings/{}", m.id)).into_response())
}
