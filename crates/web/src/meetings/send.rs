//! Email about a meeting through the outbox: invitations, changes and cancellations with a
//! calendar file under the meeting's one UID, and word that papers are ready.

use chrono::Utc;

use super::ics::{Event, calendar};
use super::queries::{self, Attendee, Loaded};
use super::when;
use crate::AppState;
use crate::kit::error::AppResult;
use crate::kit::i18n::t_args;
use crate::kit::tenancy::Tenant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Invited,
    Changed,
    Cancelled,
}

pub fn place(loaded: &Loaded) -> String {
    let mut parts = Vec::new();
    if let Some(v) = &loaded.venue {
        parts.push(format!("{}, {}", v.name, v.address.replace('\n', ", ")));
    }
    if let Some(online) = &loaded.meeting.online_details {
        parts.push(online.clone());
    }
    parts.join(" / ")
}

/// How many of the people an email was for were written to, and how many could not be (no
/// address, or they did not agree to email), so the page can say who to phone or write to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Told {
    pub emailed: usize,
    pub not: usize,
}

impl Told {
    fn of(audience: usize, emailed: usize) -> Self {
        Self {
            emailed,
            not: audience.saturating_sub(emailed),
        }
    }

    /// The redirect's query that carries these counts to the meeting page's banner.
    pub fn query(&self, what: &str) -> String {
        format!("told={what}&emailed={}&not={}", self.emailed, self.not)
    }
}

/// Emails each of `to`; answers the attendees written to.
async fn mail<'a>(
    tenant: &Tenant,
    to: impl Iterator<Item = &'a Attendee>,
    subject: &str,
    body: impl Fn(&Attendee) -> String,
    calendar: Option<&str>,
) -> AppResult<Vec<uuid::Uuid>> {
    Ok(queries::enqueue_mail(&tenant.scope, to, subject, body, calendar).await?)
}

fn link(state: &AppState, loaded: &Loaded) -> String {
    format!(
        "{}/my/meetings/{}",
        state.config.public_url, loaded.meeting.id
    )
}

/// Sends the invitation (or its update or cancellation) to everyone expected, each with the
/// calendar file. Answers who was written to.
pub async fn invitations(
    state: &AppState,
    tenant: &Tenant,
    loaded: &Loaded,
    why: Why,
) -> AppResult<Told> {
    let m = &loaded.meeting;
    let attendees = queries::attendees(&tenant.scope, m.id).await?;
    let place = place(loaded);
    let link = link(state, loaded);
    let ics = calendar(&Event {
        uid: format!("{}@withus", m.id),
        sequence: m.sequence,
        starts: m.starts_at,
        ends: m.ends_at,
        title: &m.title,
        location: &place,
        description: &link,
        organiser: &state.config.mail_from,
        cancelled: why == Why::Cancelled,
        stamp: Utc::now(),
    });
    let subject = invitation(state, loaded, why, None).0;
    let body = |a: &Attendee| invitation(state, loaded, why, Some(a)).1;
    let written = mail(tenant, attendees.iter(), &subject, body, Some(&ics)).await?;
    let told = Told::of(attendees.len(), written.len());
    queries::set_attendees_invited(&tenant.scope, written).await?;
    Ok(told)
}

/// The subject and body of the invitation (or its update or cancellation), as `to` reads it:
/// the same words the preview shows and the outbox sends.
pub fn invitation(
    state: &AppState,
    loaded: &Loaded,
    why: Why,
    to: Option<&Attendee>,
) -> (String, String) {
    let m = &loaded.meeting;
    let (subject_key, body_key) = match why {
        Why::Invited => ("meeting-invite-subject", "meeting-invite-email"),
        Why::Changed => ("meeting-changed-subject", "meeting-changed-email"),
        Why::Cancelled => ("meeting-cancelled-subject", "meeting-cancelled-email"),
    };
    let body = t_args(
        body_key,
        &[
            ("name", to.map_or("", |a| a.name.as_str())),
            ("title", &m.title),
            ("when", &when(m.starts_at, m.ends_at)),
            ("place", &place(loaded)),
            ("link", &link(state, loaded)),
        ],
    );
    (t_args(subject_key, &[("title", &m.title)]), body)
}

/// Tells the involved people expected that papers are ready, with the link to their copies.
pub async fn papers_ready(state: &AppState, tenant: &Tenant, loaded: &Loaded) -> AppResult<Told> {
    let m = &loaded.meeting;
    let attendees = queries::attendees(&tenant.scope, m.id).await?;
    let (link, when) = (link(state, loaded), when(m.starts_at, m.ends_at));
    let body = |a: &Attendee| {
        t_args(
            "meeting-papers-email",
            &[
                ("name", &a.name),
                ("title", &m.title),
                ("when", &when),
                ("link", &link),
            ],
        )
    };
    let subject = t_args("meeting-papers-subject", &[("title", &m.title)]);
    let involved: Vec<&Attendee> = attendees.iter().filter(|a| a.person.is_some()).collect();
    let written = mail(tenant, involved.iter().copied(), &subject, body, None).await?;
    Ok(Told::of(involved.len(), written.len()))
}

/// The notes, sent to everyone expected so they can say if anything is wrong.
pub async fn notes(state: &AppState, tenant: &Tenant, loaded: &Loaded) -> AppResult<Told> {
    let m = &loaded.meeting;
    let attendees = queries::attendees(&tenant.scope, m.id).await?;
    let link = link(state, loaded);
    let notes = m.notes.clone().unwrap_or_default();
    let body = |a: &Attendee| {
        t_args(
            "meeting-notes-email",
            &[
                ("name", &a.name),
                ("title", &m.title),
                ("notes", &notes),
                ("link", &link),
            ],
        )
    };
    let subject = t_args("meeting-notes-subject", &[("title", &m.title)]);
    let written = mail(tenant, attendees.iter(), &subject, body, None).await?;
    Ok(Told::of(attendees.len(), written.len()))
}

/// How long before a meeting people get a reminder.
pub const REMIND_BEFORE_HOURS: i64 = 48;

/// Sends the reminders that are due, in every organisation. Each meeting is claimed by
/// setting `reminded_at` where it is still empty, so two servers never both remind.
pub async fn reminders(state: &AppState) -> AppResult<usize> {
    let now = Utc::now();
    let due = queries::meetings_to_remind(
        &state.db,
        now,
        now + chrono::Duration::hours(REMIND_BEFORE_HOURS),
    )
    .await?;
    let mut written = 0;
    for (organisation, meeting_id) in due {
        let scope = withus_db::OrgScope::new(state.db.clone(), organisation);
        if !queries::claim_reminder(&scope, meeting_id, now).await? {
            continue;
        }
        let Some(loaded) = queries::load(&scope, meeting_id).await? else {
            continue;
        };
        let m = &loaded.meeting;
        let attendees = queries::attendees(&scope, m.id).await?;
        let (link, when, place) = (
            link(state, &loaded),
            when(m.starts_at, m.ends_at),
            place(&loaded),
        );
        let body = |a: &Attendee| {
            t_args(
                "meeting-reminder-email",
                &[
                    ("name", &a.name),
                    ("title", &m.title),
                    ("when", &when),
                    ("place", &place),
                    ("link", &link),
                ],
            )
        };
        let subject = t_args("meeting-reminder-subject", &[("title", &m.title)]);
        written += queries::enqueue_mail(&scope, attendees.iter(), &subject, body, None)
            .await?
            .len();
    }
    Ok(written)
}
