//! An involved person's own meetings, as pages: the list, one meeting with its agenda, papers
//! and notes, and a paper typed into Withus read as a page. Nothing here shows anyone else's
//! needs or the checks.

use askama::Template;
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::{meeting, meeting_paper};

use crate::kit::components::{ErrorSummary, Input, NotificationBanner, Textarea, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::markdown::to_html;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::meetings::forms::papers::FORMATS;
use crate::meetings::paper_page::is_typed;
use crate::meetings::queries::{self, Loaded};
use crate::meetings::{moment, views, when};
use crate::people;

#[derive(Template)]
#[template(path = "meetings/mine.html")]
pub struct MinePage {
    page: Page,
    upcoming: Vec<(Uuid, String, String, bool)>,
    past: Vec<(Uuid, String, String, bool)>,
}

pub fn mine_page(page: Page, meetings: &[meeting::Model]) -> MinePage {
    let now = Utc::now();
    let row = |m: &meeting::Model| {
        (
            m.id,
            m.title.clone(),
            when(m.starts_at, m.ends_at),
            m.cancelled_at.is_some(),
        )
    };
    let mut upcoming: Vec<_> = meetings.iter().filter(|m| m.ends_at >= now).collect();
    upcoming.sort_by_key(|m| m.starts_at);
    let mut past: Vec<_> = meetings.iter().filter(|m| m.ends_at < now).collect();
    past.sort_by_key(|m| std::cmp::Reverse(m.starts_at));
    MinePage {
        page: page.titled(t("my-meetings-title")),
        upcoming: upcoming.into_iter().map(row).collect(),
        past: past.into_iter().map(row).collect(),
    }
}

/// A paper to get: its link, its format, whether it is the one the person asked for, and
/// whether it was typed into Withus (read as a page rather than downloaded).
type Version = (String, String, bool, bool);

#[derive(Template)]
#[template(path = "meetings/member_show.html")]
pub struct ShowPage {
    page: Page,
    errors: Option<ErrorSummary>,
    id: Uuid,
    title: String,
    when: String,
    cancelled: bool,
    place: Vec<String>,
    online: Option<String>,
    agenda: Vec<(String, Option<String>, Option<String>)>,
    papers: Vec<(String, Vec<Version>)>,
    propose: Option<(String, Vec<String>)>,
    notes: Option<String>,
    /// What the person just did, after a redirect: what happens next.
    pub banner: Option<NotificationBanner>,
}

pub async fn show_page(
    tenant: &Tenant,
    page: Page,
    loaded: &Loaded,
    person: Uuid,
    typed: Option<&FormData>,
    errors: &Errors,
) -> AppResult<ShowPage> {
    let m = &loaded.meeting;
    let details = people::details(&tenant.scope, person)
        .await?
        .ok_or(AppError::NotFound)?;
    let wanted: Vec<&str> = details
        .choices
        .iter()
        .filter(|(l, _)| l == "access_need")
        .map(|(_, v)| v.as_str())
        .collect();
    let items = queries::agenda(&tenant.scope, m.id).await?;
    let agenda = items
        .iter()
        .filter(|i| i.status == "accepted" || i.proposed_by == Some(tenant.user.account_id))
        .map(|i| {
            let status = (i.status != "accepted").then(|| {
                t_args(
                    "my-agenda-yours",
                    &[("status", &label(views::agenda::STATUSES, &i.status))],
                )
            });
            (i.title.clone(), i.detail.clone(), status)
        })
        .collect();
    let sent: Vec<meeting_paper::Model> = queries::papers(&tenant.scope, m.id)
        .await?
        .into_iter()
        .filter(|p| p.sent_at.is_some())
        .collect();
    let mut titles: Vec<&str> = sent.iter().map(|p| p.title.as_str()).collect();
    titles.dedup();
    let papers = titles
        .iter()
        .map(|title| {
            let mut versions: Vec<Version> = sent
                .iter()
                .filter(|p| p.title == *title)
                .map(|p| {
                    let yours = wanted.contains(&p.format.as_str());
                    (
                        format!("/my/meetings/{}/papers/{}", m.id, p.id),
                        label(FORMATS, &p.format).to_lowercase(),
                        yours,
                        is_typed(&p.filename),
                    )
                })
                .collect();
            // The format they asked for comes first.
            versions.sort_by_key(|v| !v.2);
            ((*title).to_owned(), versions)
        })
        .collect();
    let open = m.cancelled_at.is_none()
        && m.agenda_shared_at.is_some()
        && m.agenda_closes_at.is_some_and(|c| c > Utc::now());
    let propose = open.then(|| {
        let closes = m.agenda_closes_at.map(moment).unwrap_or_default();
        let value = |name: &str| typed.map(|d| d.one(name)).unwrap_or_default();
        (
            t_args("my-agenda-open", &[("closes", &closes)]),
            vec![
                render(
                    &Input::new("title", t("my-agenda-item"))
                        .value(&value("title"))
                        .error(errors.get("title")),
                ),
                render(
                    &Textarea::new("detail", t("my-agenda-detail"))
                        .value(&value("detail"))
                        .rows(3),
                ),
            ],
        )
    });
    Ok(ShowPage {
        page: page.titled(m.title.clone()),
        errors: errors.summary(),
        id: m.id,
        title: m.title.clone(),
        when: when(m.starts_at, m.ends_at),
        cancelled: m.cancelled_at.is_some(),
        place: loaded
            .venue
            .as_ref()
            .map(|v| {
                let mut lines = vec![v.name.clone()];
                lines.extend(v.address.lines().map(str::to_owned));
                let facts = views::venue_facts(v);
                if !facts.is_empty() {
                    lines.push(facts.join(", "));
                }
                lines
            })
            .unwrap_or_default(),
        online: m.online_details.clone(),
        agenda,
        papers,
        propose,
        notes: m.notes_shared_at.and(m.notes.clone()),
        banner: None,
    })
}

/// A paper typed into Withus, read as a page, by the people expected and by staff alike.
#[derive(Template)]
#[template(path = "meetings/paper.html")]
pub struct PaperPage {
    page: Page,
    back: String,
    meeting: String,
    title: String,
    body: String,
    /// The same paper as a PDF to print.
    pdf: String,
}

/// A typed paper's words as a page.
pub fn paper_page(
    page: Page,
    loaded: &Loaded,
    paper: &meeting_paper::Model,
    back: &str,
    pdf: &str,
) -> PaperPage {
    let words = String::from_utf8_lossy(&paper.data);
    PaperPage {
        page: page.titled(paper.title.clone()),
        back: back.to_owned(),
        meeting: loaded.meeting.title.clone(),
        title: paper.title.clone(),
        body: to_html(&words, paper.format == "easy_read"),
        pdf: pdf.to_owned(),
    }
}
