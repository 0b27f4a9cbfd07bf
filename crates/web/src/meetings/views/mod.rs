//! The coordinator's meeting page: details, the rule checks with their acknowledgements,
//! who is expected, the agenda and the papers, each section built here and laid out by
//! `templates/meetings/show.html`.

pub mod agenda;
pub mod find;
pub mod form;
pub mod index;
pub mod invite;
pub mod member;
pub mod papers;
pub mod people;
pub mod record;
pub mod told;
pub mod venues;

use askama::Template;
use chrono::Utc;
use uuid::Uuid;

use crate::kit::blocks::{bullets, div, heading_of, on_lines, span, text_lines};
use crate::kit::components::{
    ErrorSummary, NotificationBanner, SummaryList, Tag, Textarea, escape, render,
};
use crate::kit::error::AppResult;
use crate::kit::form_parts::{button_for, hidden_input, post_form};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::paragraph;
use crate::kit::tenancy::Tenant;
use crate::meetings::checks::Status;
use crate::meetings::queries::{self, Attendee, Checked, Loaded};
use crate::meetings::{moment, when};

#[derive(Template)]
#[template(path = "meetings/show.html")]
pub struct MeetingPage {
    page: Page,
    errors: Option<ErrorSummary>,
    id: Uuid,
    opportunity_id: Uuid,
    opportunity: String,
    title: String,
    state: String,
    summary: SummaryList,
    checks: Vec<String>,
    open: usize,
    cancelled: bool,
    invited: bool,
    past: bool,
    people: String,
    agenda: String,
    papers: String,
    /// What just happened, after a redirect: how many were invited and by what means.
    pub banner: Option<NotificationBanner>,
}

pub fn state_tag(m: &withus_db::entities::meeting::Model) -> String {
    let (text, colour) = if m.cancelled_at.is_some() {
        (t("meeting-state-cancelled"), "red")
    } else if m.ends_at < Utc::now() {
        (t("meeting-state-past"), "grey")
    } else if m.invited_at.is_some() {
        (t("meeting-state-invited"), "green")
    } else {
        (t("meeting-state-planning"), "yellow")
    };
    render(&Tag::new(text, colour))
}

pub fn venue_facts(v: &withus_db::entities::venue::Model) -> Vec<String> {
    [
        (v.step_free, "venue-step-free"),
        (v.hearing_loop, "venue-hearing-loop"),
        (v.accessible_toilet, "venue-accessible-toilet"),
        (v.parking, "venue-parking"),
        (v.public_transport, "venue-public-transport"),
        (v.quiet_room, "venue-quiet-room"),
    ]
    .iter()
    .filter(|(has, _)| *has)
    .map(|(_, key)| t(key))
    .collect()
}

fn summary(loaded: &Loaded, days_ahead: i64) -> SummaryList {
    let m = &loaded.meeting;
    let mut list = SummaryList::default().row(t("meeting-when"), when(m.starts_at, m.ends_at));
    if let Some(v) = &loaded.venue {
        let facts = venue_facts(v);
        let facts = if facts.is_empty() {
            t("venue-no-facts")
        } else {
            facts.join(", ")
        };
        list = list.html_row(
            t("meeting-where"),
            on_lines(&[
                escape(&v.name),
                text_lines(&v.address),
                span("govuk-hint", &facts),
            ]),
        );
    }
    if let Some(online) = &m.online_details {
        list = list.row(t("meeting-online"), online.clone());
    }
    list.row(
        t("meeting-field-high-level"),
        if m.high_level { t("yes") } else { t("no") },
    )
    .row(
        t("meeting-papers-ahead"),
        t_args("meeting-days", &[("days", &days_ahead.to_string())]),
    )
}

fn status_tag(c: &Checked) -> String {
    let (key, colour) = match (c.check.status, c.open()) {
        (Status::Met, _) => ("check-met", "green"),
        (Status::ToDo, _) => ("check-to-do", "grey"),
        (Status::Warning, true) => ("check-warning", "orange"),
        (Status::Warning, false) => ("check-acknowledged", "blue"),
    };
    render(&Tag::new(t(key), colour))
}

/// One rule: what it asks, how it stands, what to put right and the acknowledgement form.
fn check_html(c: &Checked, id: Uuid, csrf: &str, errors: Option<&ErrorSummary>) -> String {
    let rule = c.check.rule;
    let title = t(&format!("check-{rule}-title"));
    let mut html = heading_of(3, "s", &format!("{} {}", escape(&title), status_tag(c)));
    if let Some(note) = &c.check.note
        && c.check.findings.is_empty()
    {
        html.push_str(&paragraph(note));
    }
    if !c.check.findings.is_empty() {
        let items: Vec<String> = c
            .check
            .findings
            .iter()
            .zip(&c.acknowledged)
            .map(|(finding, ack)| match ack {
                Some(a) => format!(
                    "{} {}",
                    escape(finding),
                    span(
                        "govuk-hint",
                        &t_args(
                            "check-went-on",
                            &[("reason", &a.reason), ("when", &moment(a.acknowledged_at))]
                        )
                    )
                ),
                None => escape(finding),
            })
            .collect();
        html.push_str(&bullets(&items));
    }
    if c.open() {
        let field = format!("reason-{rule}");
        let error = errors
            .and_then(|e| {
                e.error_list
                    .iter()
                    .find(|l| l.href.as_deref() == Some(&format!("#{field}")))
            })
            .map(|_| t("meeting-error-reason"));
        let textarea = Textarea::new("reason", t("check-reason"))
            .id(&field)
            .rows(2)
            .hint(t("check-reason-hint"))
            .error(error.as_deref());
        html.push_str(&post_form(
            csrf,
            &format!("/meetings/{id}/acknowledge"),
            &format!("{}{}", hidden_input("rule", rule), render(&textarea)),
            &button_for(&t("check-acknowledge"), "govuk-button--secondary", &title),
        ));
    }
    div("withus-check", Some(&format!("check-{rule}")), &html)
}

pub async fn meeting_page(
    tenant: &Tenant,
    page: Page,
    loaded: &Loaded,
    errors: Option<ErrorSummary>,
) -> AppResult<MeetingPage> {
    meeting_page_with(tenant, page, loaded, errors, None).await
}

/// What was typed into one of the meeting page's forms that failed, kept to show again.
pub enum Kept<'a> {
    Paper(
        &'a crate::meetings::forms::papers::Typed,
        &'a crate::kit::forms::Errors,
    ),
    /// The agenda's closing date as typed (day, month, year) and what is wrong with it.
    Closes([String; 3], String),
}

/// The page again after one of its forms failed, keeping what was typed into that form.
pub async fn meeting_page_with(
    tenant: &Tenant,
    page: Page,
    loaded: &Loaded,
    errors: Option<ErrorSummary>,
    kept: Option<Kept<'_>>,
) -> AppResult<MeetingPage> {
    let (typed, closes) = match &kept {
        Some(Kept::Paper(typed, errors)) => (Some((*typed, *errors)), None),
        Some(Kept::Closes(date, error)) => (None, Some((date, error.as_str()))),
        None => (None, None),
    };
    let m = &loaded.meeting;
    let scope = &tenant.scope;
    let attendees: Vec<Attendee> = queries::attendees(scope, m.id).await?;
    let paper_rows = queries::papers(scope, m.id).await?;
    let now = Utc::now();
    let checks = queries::checks(scope, loaded, &attendees, &paper_rows, now).await?;
    let days_ahead = queries::days_ahead(scope).await?;
    let csrf = page.csrf.clone();
    let people = people::section(tenant, m, &attendees, &csrf).await?;
    let agenda = agenda::section(tenant, m, &csrf, closes).await?;
    let papers = papers::section(tenant, m, &paper_rows, &csrf, typed).await?;
    Ok(MeetingPage {
        page: page.titled(m.title.clone()),
        id: m.id,
        opportunity_id: loaded.opportunity.id,
        opportunity: loaded.opportunity.title.clone(),
        title: m.title.clone(),
        state: state_tag(m),
        summary: summary(loaded, days_ahead),
        checks: checks
            .iter()
            .map(|c| check_html(c, m.id, &csrf, errors.as_ref()))
            .collect(),
        open: checks.iter().filter(|c| c.open()).count(),
        cancelled: m.cancelled_at.is_some(),
        invited: m.invited_at.is_some(),
        past: m.ends_at < now,
        errors,
        people,
        agenda,
        papers,
        banner: None,
    })
}
