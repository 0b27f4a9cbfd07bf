//! Staff pages for a meeting: the list, the form, the meeting page with its checks, and
//! acknowledging a warning, inviting people and cancelling.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use withus_db::entities::meeting;

use super::forms::MeetingForm;
use super::{load, queries, send, views, when};
use crate::AppState;
use crate::kit::auth::Role;
use crate::kit::components::{
    Button, Cell, ErrorSummary, Input, NotificationBanner, Table, render,
};
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load as load_opportunity;
use crate::people::FormPage;

#[derive(Template)]
#[template(path = "meetings/index.html")]
struct IndexPage {
    page: Page,
    errors: Option<ErrorSummary>,
    upcoming: Option<Table>,
    past: Option<Table>,
    days: Option<String>,
}

fn meetings_table(rows: &[&(meeting::Model, String)]) -> Option<Table> {
    (!rows.is_empty()).then(|| Table {
        head: vec![
            Cell::text(t("meeting-title")),
            Cell::text(t("meeting-when")),
            Cell::text(t("meeting-for")),
        ],
        rows: rows
            .iter()
            .map(|(m, opportunity)| {
                let title = if m.cancelled_at.is_some() {
                    t_args("meeting-cancelled-title", &[("title", &m.title)])
                } else {
                    m.title.clone()
                };
                vec![
                    Cell::html(link(&format!("/meetings/{}", m.id), &title)),
                    Cell::text(when(m.starts_at, m.ends_at)),
                    Cell::text(opportunity.clone()),
                ]
            })
            .collect(),
        ..Table::default()
    })
}

async fn index_page(
    tenant: &Tenant,
    page: Page,
    days: Option<&str>,
    errors: &Errors,
) -> AppResult<IndexPage> {
    let all = queries::list(&tenant.scope).await?;
    let now = Utc::now();
    let upcoming: Vec<_> = all.iter().filter(|(m, _)| m.ends_at >= now).collect();
    let mut past: Vec<_> = all.iter().filter(|(m, _)| m.ends_at < now).collect();
    past.reverse();
    let stored = queries::days_ahead(&tenant.scope).await?.to_string();
    let may_change = tenant
        .user
        .has_any(&[Role::Administrator, Role::Coordinator]);
    let days = may_change.then(|| {
        render(
            &Input::new("days", t("meetings-days"))
                .value(days.unwrap_or(&stored))
                .classes("govuk-input--width-2")
                .hint(t("meetings-days-hint"))
                .error(errors.get("days")),
        )
    });
    Ok(IndexPage {
        page: page.titled(t("meetings-title")),
        errors: errors.summary(),
        upcoming: meetings_table(&upcoming),
        past: meetings_table(&past),
        days,
    })
}

pub async fn index(tenant: Tenant, page: Page) -> AppResult<Response> {
    html(index_page(&tenant, page, None, &Errors::default()).await?)
}

/// How many days before a meeting its papers should go out, for the whole organisation.
pub async fn set_days(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let typed = data.one("days");
    match typed.parse::<i32>().ok().filter(|d| (1..=60).contains(d)) {
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

/// Which form: its heading, where it saves and where Back goes.
struct Target {
    heading: String,
    action: String,
    back: String,
}

impl Target {
    fn new_for(opportunity: uuid::Uuid) -> Self {
        Target {
            heading: t("meeting-new"),
            action: format!("/opportunities/{opportunity}/meetings"),
            back: format!("/opportunities/{opportunity}"),
        }
    }

    fn edit_of(meeting: uuid::Uuid) -> Self {
        Target {
            heading: t("meeting-edit"),
            action: format!("/meetings/{meeting}"),
            back: format!("/meetings/{meeting}"),
        }
    }
}

fn form_page(
    page: Page,
    target: Target,
    form: &MeetingForm,
    venues: &[withus_db::entities::venue::Model],
    errors: &Errors,
) -> FormPage {
    FormPage {
        page: page.titled(target.heading.clone()),
        errors: errors.summary(),
        heading: target.heading,
        action: target.action,
        back: target.back,
        fields: form.fields(venues, errors),
        button: Button::submit(t("save")),
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
        send::invitations(&state, &tenant, &updated, send::Why::Changed).await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}", m.id)).into_response())
}

/// What an action on the meeting page reports back through the redirect.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    /// Invitations just sent: how many by email, of how many people expected.
    invited: Option<usize>,
    of: Option<usize>,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let mut shown = views::meeting_page(&tenant, page, &loaded, None).await?;
    if let (Some(emailed), Some(expected)) = (done.invited, done.of) {
        let count = |n: usize| n.to_string();
        let mut words = t_args(
            "meeting-invited-banner",
            &[("emailed", &count(emailed)), ("expected", &count(expected))],
        );
        if expected > emailed {
            let rest = count(expected - emailed);
            words = format!(
                "{words} {}",
                t_args("meeting-invited-not-emailed", &[("count", &rest)])
            );
        }
        shown.banner = Some(NotificationBanner::success(words));
    }
    html(shown)
}
