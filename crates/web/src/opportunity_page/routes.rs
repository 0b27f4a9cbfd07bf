//! The staff page of one opportunity and moving it through its lifecycle: its details and
//! readiness, its meetings, the plain-language check, and what closing the loop shows (lessons
//! while a draft, the evaluation once it has started). Its own folder, above opportunities,
//! meetings and impact, because it gathers all three; moving one to evaluating sends the
//! questionnaire.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::kit::components::{Button, Cell, ErrorSummary, NotificationBanner, SummaryList, Table};
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::FormData;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::opportunities::load;
use crate::opportunities::{self, Full};
use crate::opportunities::{Readiness, next_status, status_problems};
use crate::opportunities::{STATUSES, opportunity_summary, status_tag};

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    saved: String,
    /// After moving to evaluating: whom the questionnaire was emailed to, and who it missed.
    people: Option<usize>,
    staff: Option<usize>,
    not_emailed: Option<usize>,
}

/// What moving to evaluating did: the questionnaire emailed, and to how many.
fn evaluating_banner(q: &ShowQuery) -> Option<NotificationBanner> {
    let (people, staff, missed) = (q.people?, q.staff?, q.not_emailed?);
    let count = |n: usize| n.to_string();
    let mut words = t_args(
        "opp-moved-evaluating",
        &[("people", &count(people)), ("staff", &count(staff))],
    );
    if missed > 0 {
        words.push(' ');
        words.push_str(&t_args(
            "opp-moved-not-emailed",
            &[("count", &count(missed))],
        ));
    }
    Some(NotificationBanner::success(words))
}

#[derive(Template)]
#[template(path = "opportunities/show.html")]
struct ShowPage {
    page: Page,
    id: Uuid,
    title: String,
    status: String,
    errors: Option<ErrorSummary>,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    next: Option<(String, Button)>,
    back_to_draft: Option<Button>,
    history: Table,
    takes_interest: bool,
    meetings: Vec<(Uuid, String, String)>,
    plain: String,
    /// Once evaluating: each outcome with its evidence, and the questionnaire side by side.
    impact: Vec<String>,
    /// While a draft: lessons from similar opportunities.
    lessons: String,
}

/// Adds what closing the loop shows: the evaluation once it has started, lessons while a draft.
async fn with_loop(tenant: &Tenant, full: &Full, mut page: ShowPage) -> AppResult<ShowPage> {
    match full.opportunity.status.as_str() {
        "evaluating" | "closed" => {
            page.impact = crate::impact::summary_blocks(tenant, full).await?;
        }
        "draft" => {
            let lessons = crate::impact::lessons_for(tenant, full).await?;
            page.lessons = crate::impact::lessons_block(&lessons);
        }
        _ => {}
    }
    Ok(page)
}

fn readiness(full: &Full) -> Readiness<'_> {
    let o = &full.opportunity;
    Readiness {
        purpose: &o.purpose,
        outcomes: full.outcomes.len(),
        level: o.level.as_deref(),
        can_change: &o.can_change,
        cannot_change: &o.cannot_change,
        who_decides: &o.who_decides,
        way: &o.way,
        roles_without_description: full
            .roles
            .iter()
            .filter(|r| r.description.trim().is_empty())
            .count(),
        // Only closing looks at these; move_status fills them in before it checks.
        feedback_unsent: 0,
        evaluated: true,
    }
}

fn show_page(
    page: Page,
    full: &Full,
    problems: &[&str],
    saved: &str,
    meetings: &[withus_db::entities::meeting::Model],
    plain: String,
) -> ShowPage {
    let o = &full.opportunity;
    let errors = (!problems.is_empty()).then(|| {
        let mut summary = ErrorSummary::of(
            &problems
                .iter()
                .map(|p| ("next-step".to_owned(), t(p)))
                .collect::<Vec<_>>(),
        );
        summary.description_text = Some(t("opp-problems-intro"));
        summary
    });
    let banner = match saved {
        "added" => Some(NotificationBanner::success(t("opp-added"))),
        "changed" => Some(NotificationBanner::success(t("opp-changed"))),
        "moved" => Some(NotificationBanner::success(t("opp-moved"))),
        _ => None,
    };
    ShowPage {
        page: page.titled(o.title.clone()),
        id: o.id,
        title: o.title.clone(),
        status: status_tag(&o.status),
        errors,
        banner,
        summary: opportunity_summary(full),
        next: next_status(&o.status).map(|next| {
            (
                next.to_owned(),
                Button::submit(crate::kit::i18n::t_args(
                    "opp-move-to",
                    &[("status", &label(STATUSES, next).to_lowercase())],
                )),
            )
        }),
        back_to_draft: matches!(o.status.as_str(), "open" | "recruiting")
            .then(|| Button::submit(t("opp-back-to-draft")).secondary()),
        history: Table {
            caption: Some(t("opp-history")),
            caption_classes: Some("govuk-table__caption--m".into()),
            head: vec![
                Cell::text(t("opp-field-status")),
                Cell::text(t("opp-history-when")),
            ],
            rows: full
                .history
                .iter()
                .map(|h| {
                    vec![
                        Cell::text(label(STATUSES, &h.status)),
                        Cell::text(crate::kit::dates::london(h.changed_at)),
                    ]
                })
                .collect(),
            ..Table::default()
        },
        takes_interest: o.status != "draft",
        plain,
        impact: Vec::new(),
        lessons: String::new(),
        meetings: meetings
            .iter()
            .map(|m| {
                let title = if m.cancelled_at.is_some() {
                    crate::kit::i18n::t_args("meeting-cancelled-title", &[("title", &m.title)])
                } else {
                    m.title.clone()
                };
                (m.id, title, crate::meetings::when(m.starts_at, m.ends_at))
            })
            .collect(),
    }
}

/// What the plain-language checker makes of the words involved people will read.
async fn plain_findings(tenant: &Tenant, full: &Full) -> AppResult<String> {
    let o = &full.opportunity;
    let text = [
        o.summary.as_str(),
        &o.purpose,
        &o.can_change,
        &o.cannot_change,
    ]
    .iter()
    .filter(|t| !t.trim().is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join("\n\n");
    let checked = crate::plain::report(tenant, &text).await?;
    Ok(crate::plain::findings_html(&checked, &t("opp-plain-what")))
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let meetings = crate::meetings::for_opportunity(&tenant.scope, full.opportunity.id).await?;
    let plain = plain_findings(&tenant, &full).await?;
    let mut shown = show_page(page, &full, &[], &q.saved, &meetings, plain);
    if q.saved == "evaluating" {
        shown.banner = evaluating_banner(&q);
    }
    html(with_loop(&tenant, &full, shown).await?)
}

pub async fn move_status(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let to = data.one("to");
    let meetings = crate::meetings::for_opportunity(&tenant.scope, o.id).await?;
    let plain = plain_findings(&tenant, &full).await?;
    let mut ready = readiness(&full);
    if to == "closed" {
        let loop_state = crate::impact::loop_state(&tenant.scope, &full).await?;
        ready.feedback_unsent = loop_state.unsent;
        ready.evaluated = loop_state.evaluated;
    }
    let problems = status_problems(&o.status, &to, &ready);
    if !problems.is_empty() {
        let shown = show_page(page, &full, &problems, "", &meetings, plain);
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            with_loop(&tenant, &full, shown).await?,
        );
    }
    if opportunities::set_status(&tenant.scope, o.id, &o.status, &to, tenant.user.account_id)
        .await?
    {
        tenant
            .audit("moved", "opportunity", Some(o.id), Some(&to))
            .await?;
        if to == "evaluating" {
            let sent = crate::impact::invite_to_questionnaire(&state, &tenant, o).await?;
            let to = format!(
                "/opportunities/{}?saved=evaluating&people={}&staff={}&not_emailed={}",
                o.id, sent.people, sent.staff, sent.not_emailed
            );
            return Ok(Redirect::to(&to).into_response());
        }
    }
    Ok(Redirect::to(&format!("/opportunities/{}?saved=moved", o.id)).into_response())
}
