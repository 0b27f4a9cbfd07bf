//! The meeting form: what was typed, kept when it fails, and what it means once valid; the
//! organisation's days ahead for papers. The other forms of meetings: the agenda's closing date
//! (`agenda.rs`), a paper (`papers.rs`), attendance and hours (`record.rs`) and a venue
//! (`venues.rs`).

pub mod agenda;
pub mod papers;
pub mod record;
pub mod venues;

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::entities::{meeting, venue};

use crate::kit::components::{Choices, DateInput, Fieldset, Input, Select, Textarea, render};
use crate::kit::dates::{parse_time, show_time};
use crate::kit::dates::{uk_session, uk_time};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;

/// Kinds of activity, for fees set by activity type in the payment policy.
pub const ACTIVITIES: &[(&str, &str)] = &[
    ("meeting", "activity-meeting"),
    ("interview_panel", "activity-interview-panel"),
    ("training", "activity-training"),
    ("event", "activity-event"),
    ("consultation", "activity-consultation"),
];

/// How many days before a meeting its papers should go out, as typed: from 1 to 60.
pub fn days(typed: &str) -> Option<i32> {
    typed.parse::<i32>().ok().filter(|d| (1..=60).contains(d))
}

#[derive(Clone, Debug, Default)]
pub struct MeetingForm {
    pub activity: String,
    pub title: String,
    pub day: String,
    pub month: String,
    pub year: String,
    pub from: String,
    pub to: String,
    pub high_level: String,
    pub venue: String,
    pub online: String,
}

pub struct MeetingInput {
    pub title: String,
    pub activity: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub high_level: bool,
    pub venue_id: Option<Uuid>,
    pub online_details: Option<String>,
}

impl MeetingForm {
    pub fn from_data(data: &FormData) -> Self {
        MeetingForm {
            activity: data.one("activity"),
            title: data.one("title"),
            day: data.one("starts-day"),
            month: data.one("starts-month"),
            year: data.one("starts-year"),
            from: data.one("from"),
            to: data.one("to"),
            high_level: data.one("high_level"),
            venue: data.one("venue"),
            online: data.one("online"),
        }
    }

    pub fn from_meeting(m: &meeting::Model) -> Self {
        let local = m.starts_at.with_timezone(&London);
        let (_, from, to) = uk_session(m.starts_at, m.ends_at);
        MeetingForm {
            activity: m.activity.clone(),
            title: m.title.clone(),
            day: local.day().to_string(),
            month: local.month().to_string(),
            year: local.year().to_string(),
            from: show_time(from as i32),
            to: show_time(to as i32),
            high_level: if m.high_level { "yes" } else { "no" }.into(),
            venue: m.venue_id.map(|v| v.to_string()).unwrap_or_default(),
            online: m.online_details.clone().unwrap_or_default(),
        }
    }

    pub fn parse(&self, venues: &[venue::Model], errors: &mut Errors) -> Option<MeetingInput> {
        if self.title.is_empty() {
            errors.add("title", t("meeting-error-title"));
        }
        let date = crate::kit::dates::typed(&self.day, &self.month, &self.year);
        if date.is_none() {
            errors.add("starts", t("meeting-error-date"));
        }
        let (from, to) = (parse_time(&self.from), parse_time(&self.to));
        match (from, to) {
            (None, _) => errors.add("from", t("meeting-error-time")),
            (_, None) => errors.add("to", t("meeting-error-time")),
            (Some(f), Some(t_)) if t_ <= f => errors.add("to", t("meeting-error-order")),
            _ => {}
        }
        if !matches!(self.high_level.as_str(), "yes" | "no") {
            errors.add("high_level", t("meeting-error-high-level"));
        }
        let venue_id = match self.venue.as_str() {
            "" => None,
            v => match Uuid::parse_str(v)
                .ok()
                .filter(|id| venues.iter().any(|x| x.id == *id))
            {
                Some(id) => Some(id),
                None => {
                    errors.add("venue", t("meeting-error-venue"));
                    None
                }
            },
        };
        if venue_id.is_none() && self.venue.is_empty() && self.online.is_empty() {
            errors.add("venue", t("meeting-error-place"));
        }
        let (date, from, to) = (date?, from?, to?);
        // 1:30am on the last Sunday of March never happens: say so rather than refuse in silence.
        let (starts_at, ends_at) = match (uk_time(date, from), uk_time(date, to)) {
            (Ok(starts), Ok(ends)) => (starts, ends),
            (Err(_), _) => {
                errors.add("from", t("error-skipped-hour"));
                return None;
            }
            (_, Err(_)) => {
                errors.add("to", t("error-skipped-hour"));
                return None;
            }
        };
        let activity = if ACTIVITIES.iter().any(|(a, _)| *a == self.activity) {
            self.activity.clone()
        } else {
            "meeting".to_owned()
        };
        errors.is_empty().then(|| MeetingInput {
            title: self.title.clone(),
            activity,
            starts_at,
            ends_at,
            high_level: self.high_level == "yes",
            venue_id,
            online_details: (!self.online.is_empty()).then(|| self.online.clone()),
        })
    }

    pub fn fields(&self, venues: &[venue::Model], errors: &Errors) -> Vec<String> {
        let legend = |key: &str| Fieldset::legend(t(key), "govuk-fieldset__legend--s", false);
        let mut places: Vec<(String, String)> = vec![(String::new(), t("meeting-venue-none"))];
        places.extend(venues.iter().map(|v| (v.id.to_string(), v.name.clone())));
        let places: Vec<(&str, &str)> = places
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let activities: Vec<(&str, String)> = ACTIVITIES.iter().map(|(v, k)| (*v, t(k))).collect();
        let activities: Vec<(&str, &str)> =
            activities.iter().map(|(a, b)| (*a, b.as_str())).collect();
        vec![
            render(
                &Input::new("title", t("meeting-field-title"))
                    .value(&self.title)
                    .error(errors.get("title")),
            ),
            render(
                &Select::new(
                    "activity",
                    t("meeting-field-activity"),
                    &activities,
                    if self.activity.is_empty() {
                        "meeting"
                    } else {
                        &self.activity
                    },
                )
                .hint(t("meeting-activity-hint")),
            ),
            render(
                &DateInput::new(
                    "starts",
                    legend("meeting-field-date"),
                    &self.day,
                    &self.month,
                    &self.year,
                )
                .error(errors.get("starts")),
            ),
            render(
                &Input::new("from", t("meeting-field-from"))
                    .value(&self.from)
                    .classes("govuk-input--width-5")
                    .hint(t("opp-time-hint"))
                    .error(errors.get("from")),
            ),
            render(
                &Input::new("to", t("meeting-field-to"))
                    .value(&self.to)
                    .classes("govuk-input--width-5")
                    .error(errors.get("to")),
            ),
            render(
                &Choices::radios(
                    "high_level",
                    legend("meeting-field-high-level"),
                    &[("yes", &t("yes")), ("no", &t("no"))],
                    &[self.high_level.as_str()],
                )
                .hint(t("meeting-high-level-hint"))
                .error(errors.get("high_level")),
            ),
            render(
                &Select::new("venue", t("meeting-field-venue"), &places, &self.venue)
                    .hint(t("meeting-venue-hint"))
                    .error(errors.get("venue")),
            ),
            render(
                &Textarea::new("online", t("meeting-field-online"))
                    .value(&self.online)
                    .hint(t("meeting-online-hint")),
            ),
        ]
    }
}
