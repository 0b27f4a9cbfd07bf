//! The agenda: staff add items, the chair accepts or declines what attendees propose, and
//! sharing the agenda opens it for proposals until a closing date.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Duration, Utc};
use chrono_tz::Europe::London;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;
use withus_db::entities::{agenda_item, meeting};
use withus_db::sea_orm;

use super::{load, queries};
use crate::kit::components::{DateInput, ErrorSummary, Fieldset, Input, Textarea, escape, render};
use crate::kit::dates::uk_time;
use crate::kit::error::{AppResult, html_status};
use crate::kit::forms::FormData;
use crate::kit::forms::parse_id;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::plain;

pub const STATUSES: &[(&str, &str)] = &[
    ("proposed", "agenda-proposed"),
    ("accepted", "agenda-accepted"),
    ("declined", "agenda-declined"),
];

/// The agenda as text, for the plain-language checker and for emails.
pub fn as_text(items: &[agenda_item::Model]) -> String {
    items
        .iter()
        .filter(|i| i.status == "accepted")
        .map(|i| match &i.detail {
            Some(d) => format!("- {}\n\n{}\n", i.title, d),
            None => format!("- {}\n", i.title),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn decide_buttons(m: &meeting::Model, item: &agenda_item::Model, csrf: &str) -> String {
    let button = |to: &str, key: &str| {
        format!(
            "<form method=\"post\" action=\"/meetings/{}/agenda/{}\" class=\"withus-inline-form\">\
<input type=\"hidden\" name=\"csrf_token\" value=\"{}\"><input type=\"hidden\" name=\"status\" value=\"{to}\">\
<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-0\" data-module=\"govuk-button\">{}<span class=\"govuk-visually-hidden\"> {}</span></button></form>",
            m.id,
            item.id,
            escape(csrf),
            escape(&t(key)),
            escape(&item.title)
        )
    };
    match item.status.as_str() {
        "proposed" => format!(
            "{} {}",
            button("accepted", "agenda-accept"),
            button("declined", "agenda-decline")
        ),
        _ => String::new(),
    }
}

/// The agenda part of the meeting page; `closes` is a closing date typed into the share form
/// that was refused, with why, to show again.
pub async fn section(
    tenant: &Tenant,
    m: &meeting::Model,
    csrf: &str,
    closes: Option<(&[String; 3], &str)>,
) -> AppResult<String> {
    let items = queries::agenda(&tenant.scope, m.id).await?;
    let mut html = String::new();
    if items.is_empty() {
        html.push_str(&format!(
            "<p class=\"govuk-body\">{}</p>",
            escape(&t("agenda-none"))
        ));
    } else {
        html.push_str("<ol class=\"govuk-list govuk-list--number\">");
        for item in &items {
            let status = crate::kit::vocab::label(STATUSES, &item.status);
            html.push_str(&format!(
                "<li><strong>{}</strong> <span class=\"govuk-hint govuk-!-display-inline\">{}</span>{}{}</li>",
                escape(&item.title),
                escape(&t_args("agenda-by", &[("name", &item.proposer_name), ("status", &status)])),
                item.detail
                    .as_ref()
                    .map(|d| format!("<p class=\"govuk-body\">{}</p>", escape(d)))
                    .unwrap_or_default(),
                decide_buttons(m, item, csrf)
            ));
        }
        html.push_str("</ol>");
    }
    let report = plain::report(tenant, &as_text(&items)).await?;
    html.push_str(&plain::findings_html(&report, &t("agenda-title")));
    html.push_str(&format!(
        "<form method=\"post\" action=\"/meetings/{}/agenda\" novalidate>\
<input type=\"hidden\" name=\"csrf_token\" value=\"{}\">{}{}\
<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">{}</button></form>",
        m.id,
        escape(csrf),
        render(&Input::new("title", t("agenda-item-title")).id("agenda-title")),
        render(
            &Textarea::new("detail", t("agenda-item-detail"))
                .id("agenda-detail")
                .rows(3)
        ),
        escape(&t("agenda-add")),
    ));
    let shared = match (m.agenda_shared_at, m.agenda_closes_at) {
        (Some(s), Some(c)) => t_args(
            "agenda-shared",
            &[("shared", &super::moment(s)), ("closes", &super::moment(c))],
        ),
        _ => t("agenda-not-shared"),
    };
    let days = queries::days_ahead(&tenant.scope).await?;
    // Time to send papers about new items before the meeting, but never a day already gone.
    let suggested = (m.starts_at - Duration::days(days + 3))
        .with_timezone(&London)
        .date_naive()
        .max(crate::kit::dates::today())
        .min(m.starts_at.with_timezone(&London).date_naive());
    let shown = closes.map_or_else(
        || {
            [
                suggested.day().to_string(),
                suggested.month().to_string(),
                suggested.year().to_string(),
            ]
        },
        |(typed, _)| typed.clone(),
    );
    html.push_str(&format!(
        "<h3 class=\"govuk-heading-s\">{}</h3><p class=\"govuk-body\">{}</p>\
<form method=\"post\" action=\"/meetings/{}/agenda/share\" novalidate>\
<input type=\"hidden\" name=\"csrf_token\" value=\"{}\">{}\
<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">{}</button></form>",
        escape(&t("agenda-share-title")),
        escape(&shared),
        m.id,
        escape(csrf),
        render(
            &DateInput::new(
                "closes",
                Fieldset::legend(t("agenda-closes"), "govuk-fieldset__legend--s", false),
                &shown[0],
                &shown[1],
                &shown[2],
            )
            .hint(t("agenda-closes-hint"))
            .error(closes.map(|(_, why)| why))
        ),
        escape(&t("agenda-share")),
    ));
    Ok(html)
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_row(
    scope: &withus_db::OrgScope,
    meeting_id: Uuid,
    title: &str,
    detail: &str,
    proposed_by: Option<Uuid>,
    proposer: &str,
    status: &str,
    position: i32,
) -> Result<(), sea_orm::DbErr> {
    scope
        .insert(agenda_item::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting_id),
            title: Set(title.to_owned()),
            detail: Set((!detail.is_empty()).then(|| detail.to_owned())),
            proposed_by: Set(proposed_by),
            proposer_name: Set(proposer.to_owned()),
            status: Set(status.to_owned()),
            position: Set(position),
            created_at: Set(Utc::now()),
        })
        .await
}

pub async fn insert(
    tenant: &Tenant,
    meeting_id: Uuid,
    title: &str,
    detail: &str,
    proposer: &str,
    status: &str,
) -> AppResult<()> {
    let position = queries::agenda(&tenant.scope, meeting_id).await?.len() as i32;
    let by = Some(tenant.user.account_id);
    insert_row(
        &tenant.scope,
        meeting_id,
        title,
        detail,
        by,
        proposer,
        status,
        position,
    )
    .await?;
    Ok(())
}

pub async fn add(tenant: Tenant, Path(id): Path<String>, data: FormData) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let title = data.one("title");
    if !title.is_empty() {
        let name = tenant.user.display_name.clone();
        insert(
            &tenant,
            loaded.meeting.id,
            &title,
            &data.one("detail"),
            &name,
            "accepted",
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}#agenda", loaded.meeting.id)).into_response())
}

pub async fn decide(
    tenant: Tenant,
    Path((id, item_id)): Path<(String, String)>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let item_id = parse_id(&item_id)?;
    let status = data.one("status");
    if matches!(status.as_str(), "accepted" | "declined") {
        tenant
            .scope
            .update_many::<agenda_item::Entity>()
            .set(agenda_item::ActiveModel {
                status: Set(status.clone()),
                ..Default::default()
            })
            .filter(agenda_item::Column::MeetingId.eq(loaded.meeting.id))
            .filter(agenda_item::Column::Id.eq(item_id))
            .exec(tenant.scope.db())
            .await?;
        tenant
            .audit(
                "decided agenda item",
                "meeting",
                Some(loaded.meeting.id),
                Some(&status),
            )
            .await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}#agenda", loaded.meeting.id)).into_response())
}

/// Shares the agenda: attendees can propose items until the end of the closing day.
pub async fn share(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let date = crate::kit::dates::typed(
        &data.one("closes-day"),
        &data.one("closes-month"),
        &data.one("closes-year"),
    );
    let meeting_day = m.starts_at.with_timezone(&London).date_naive();
    let refused = match date {
        None => Some("agenda-error-closes"),
        Some(d) if d < crate::kit::dates::today() => Some("agenda-error-closes-past"),
        Some(d) if d > meeting_day => Some("agenda-error-closes-late"),
        Some(_) => None,
    };
    // The end of the closing day, but no later than the meeting's start.
    let closes = date
        .filter(|_| refused.is_none())
        .and_then(|d| uk_time(d, 23 * 60 + 59).ok())
        .map(|c| c.min(m.starts_at))
        .filter(|c| *c > Utc::now());
    if let Some(closes) = closes {
        queries::set(
            &tenant.scope,
            m.id,
            meeting::ActiveModel {
                agenda_shared_at: Set(Some(Utc::now())),
                agenda_closes_at: Set(Some(closes)),
                ..Default::default()
            },
        )
        .await?;
        tenant
            .audit("shared agenda", "meeting", Some(m.id), None)
            .await?;
        return Ok(Redirect::to(&format!("/meetings/{}#agenda", m.id)).into_response());
    }
    // A date that passed every test but still closes before now: the meeting began today.
    let why = t(refused.unwrap_or("agenda-error-closes-past"));
    let errors = vec![("closes-day".to_owned(), why.clone())];
    let typed = [
        data.one("closes-day"),
        data.one("closes-month"),
        data.one("closes-year"),
    ];
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        super::views::meeting_page_with(
            &tenant,
            page,
            &loaded,
            Some(ErrorSummary::of(&errors)),
            Some(super::views::Kept::Closes(typed, why)),
        )
        .await?,
    )
}
