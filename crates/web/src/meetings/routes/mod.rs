//! The handlers of meetings, one file per group of pages: acknowledging a warning, inviting
//! people and cancelling (`actions.rs`), the agenda (`agenda.rs`), the people expected and the
//! record of the meeting (`people.rs`), papers (`papers.rs`), venues (`venues.rs`) and the
//! involved person's own meetings (`member.rs`); here the staff's list, the meeting form and
//! the meeting page with its checks.

pub mod actions;
pub mod agenda;
pub mod member;
pub mod papers;
pub mod people;
pub mod venues;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppState;
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::forms::{self, MeetingForm};
use crate::meetings::views::form::{Target, form_page};
use crate::meetings::views::index::index_page;
use crate::meetings::views::told::Done;
use crate::meetings::{load, queries, send, views};
use crate::opportunities::load as load_opportunity;

pub async fn index(tenant: Tenant, page: Page) -> AppResult<Response> {
    html(index_page(&tenant, page, None, &Errors::default()).await?)
}

/// How many days before a meeting its papers should go out, for the whole organisation.
pub async fn set_days(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let typed = data.one("days");
    match forms::days(&typed) {
        Some(days) => {
            queries::set_days_ahead(&tenant.scope, days).await?;
            tenant
                .audit("set papers days ahead", "organisation", None, Some(&typed))
                .await?;
            Ok(Redirect::to("/meetings").into_response())
        }
        None => {
            let mut errors = Errors::default();
            errors.add("days", t("meetings-days-error"));
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                index_page(&tenant, page, Some(&typed), &errors).await?,
            )
        }
    }
}

pub async fn new(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let full = load_opportunity(&tenant, &id).await?;
    let o = &full.opportunity;
    let venues = queries::venues(&tenant.scope).await?;
    let form = MeetingForm {
        title: o.title.clone(),
        high_level: "no".into(),
        ..MeetingForm::default()
    };
    html(form_page(
        page,
        Target::new_for(o.id),
        &form,
        &venues,
        &Errors::default(),
    ))
}

pub async fn create(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load_opportunity(&tenant, &id).await?;
    let o = &full.opportunity;
    let venues = queries::venues(&tenant.scope).await?;
    let form = MeetingForm::from_data(&data);
    let mut errors = Errors::default();
    let Some(input) = form.parse(&venues, &mut errors) else {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(page, Target::new_for(o.id), &form, &venues, &errors),
        );
    };
    let meeting_id = queries::insert_meeting(&tenant.scope, o.id, &input).await?;
    tenant
        .audit(
            "added meeting",
            "meeting",
            Some(meeting_id),
            Some(&input.title),
        )
        .await?;
    Ok(Redirect::to(&format!("/meetings/{meeting_id}")).into_response())
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let venues = queries::venues(&tenant.scope).await?;
    let m = &loaded.meeting;
    html(form_page(
        page,
        Target::edit_of(m.id),
        &MeetingForm::from_meeting(m),
        &venues,
        &Errors::default(),
    ))
}

pub async fn update(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let venues = queries::venues(&tenant.scope).await?;
    let form = MeetingForm::from_data(&data);
    let mut errors = Errors::default();
    let Some(input) = form.parse(&venues, &mut errors) else {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(page, Target::edit_of(m.id), &form, &venues, &errors),
        );
    };
    // People already invited get the change in their calendar, under the same UID.
    let resend = m.invited_at.is_some() && m.cancelled_at.is_none();
    let sequence = resend.then_some(m.sequence + 1);
    queries::update_meeting(&tenant.scope, m.id, &input, sequence).await?;
    tenant
        .audit("changed meeting", "meeting", Some(m.id), None)
        .await?;
    if resend {
        let updated = load(&tenant, &id).await?;
        let told = send::invitations(&state, &tenant, &updated, send::Why::Changed).await?;
        let done = format!("/meetings/{}?{}", m.id, told.query("changed"));
        return Ok(Redirect::to(&done).into_response());
    }
    Ok(Redirect::to(&format!("/meetings/{}", m.id)).into_response())
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let mut shown = views::meeting_page(&tenant, page, &loaded, None).await?;
    // The names of who was missed are read only when there is a banner to show.
    if done.said_something() {
        let attendees = queries::attendees(&tenant.scope, loaded.meeting.id).await?;
        shown.banner = done.banner(&loaded, &attendees);
    }
    html(shown)
}
