//! The seven rule checks a meeting is held to before people are invited (seed 002, Process).
//! Pure: the caller loads the facts, so every rule is tested on its own. Findings that name a
//! person's needs or the times they cannot do are for the coordinator's page only.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::London;

use crate::kit::dates::uk_session;
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::{ACCESS_NEEDS, label};
use crate::opportunities::Window;
use withus_db::entities::{meeting, venue};

type Meets = fn(&venue::Model) -> bool;

/// Access needs a venue meets, by the venue fact that meets it.
const VENUE_FACTS: &[(&str, Meets)] = &[
    ("step_free", |v| v.step_free),
    ("hearing_loop", |v| v.hearing_loop),
    ("quiet_room", |v| v.quiet_room),
];

/// Access needs that are a format papers come in.
pub const FORMAT_NEEDS: &[&str] = &["easy_read", "large_print", "braille", "audio"];

/// An involved person expected at the meeting, as the checks see them.
pub struct Expected {
    pub name: String,
    /// "member" or "reserve".
    pub kind: String,
    pub needs: Vec<String>,
    pub cannot_do: Vec<Window>,
    /// Other meetings they are already expected at that overlap this one.
    pub busy: Vec<super::queries::Clash>,
}

pub struct Paper {
    pub title: String,
    pub format: String,
    pub sent_at: Option<DateTime<Utc>>,
}

pub struct Facts<'a> {
    pub meeting: &'a meeting::Model,
    pub venue: Option<&'a venue::Model>,
    pub people: &'a [Expected],
    pub papers: &'a [Paper],
    /// The access needs the opportunity says it meets.
    pub promised: &'a [String],
    pub days_ahead: i64,
    pub now: DateTime<Utc>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    /// Not due yet: nothing is wrong so far.
    ToDo,
    Warning,
}

#[derive(Clone, Debug)]
pub struct Check {
    /// Stable name, stored with acknowledgements.
    pub rule: &'static str,
    pub status: Status,
    /// Each thing to put right, in plain words.
    pub findings: Vec<String>,
    /// How it stands when nothing is wrong.
    pub note: Option<String>,
}

impl Check {
    fn new(rule: &'static str, findings: Vec<String>) -> Self {
        let status = if findings.is_empty() {
            Status::Met
        } else {
            Status::Warning
        };
        Check {
            rule,
            status,
            findings,
            note: None,
        }
    }

    fn note(mut self, note: String) -> Self {
        self.note = Some(note);
        self
    }

    fn pending(mut self, note: String) -> Self {
        if self.status == Status::Met {
            self.status = Status::ToDo;
            self.note = Some(note);
        }
        self
    }
}

pub const RULES: &[&str] = &[
    "involved", "reserve", "time", "access", "papers", "formats", "agenda",
];

pub fn run(f: &Facts) -> Vec<Check> {
    vec![
        involved(f),
        reserve(f),
        time(f),
        access(f),
        papers(f),
        formats(f),
        agenda(f),
    ]
}

fn involved(f: &Facts) -> Check {
    let count = f.people.iter().filter(|p| p.kind == "member").count();
    let n = count.to_string();
    if count < 2 {
        return Check::new(
            "involved",
            vec![t_args("check-involved-too-few", &[("count", &n)])],
        );
    }
    let note = if count == 2 {
        t("check-involved-two")
    } else {
        t_args("check-involved-met", &[("count", &n)])
    };
    Check::new("involved", vec![]).note(note)
}

fn reserve(f: &Facts) -> Check {
    let reserves = f.people.iter().filter(|p| p.kind == "reserve").count();
    if !f.meeting.high_level {
        return Check::new("reserve", vec![]).note(t("check-reserve-not-needed"));
    }
    if reserves == 0 {
        return Check::new("reserve", vec![t("check-reserve-missing")]);
    }
    Check::new("reserve", vec![]).note(t_args(
        "check-reserve-met",
        &[("count", &reserves.to_string())],
    ))
}

fn time(f: &Facts) -> Check {
    let (day, start, end) = uk_session(f.meeting.starts_at, f.meeting.ends_at);
    let findings = f
        .people
        .iter()
        .filter(|p| {
            p.cannot_do
                .iter()
                .any(|w| w.weekday == day && w.start < end && start < w.end)
        })
        .map(|p| t_args("check-time-clash", &[("name", &p.name)]))
        .chain(f.people.iter().flat_map(|p| {
            p.busy.iter().map(|other| {
                t_args(
                    "check-time-booked",
                    &[
                        ("name", &p.name),
                        ("meeting", &other.title),
                        ("when", &super::moment(other.starts_at)),
                    ],
                )
            })
        }))
        .collect();
    Check::new("time", findings).note(t("check-time-met"))
}

fn access(f: &Facts) -> Check {
    let Some(venue) = f.venue else {
        let findings = if f.meeting.online_details.is_none() {
            vec![t("check-access-no-place")]
        } else {
            vec![]
        };
        return Check::new("access", findings).note(t("check-access-online"));
    };
    let mut findings = Vec::new();
    for (need, meets) in VENUE_FACTS {
        if f.promised.iter().any(|p| p == need) && !meets(venue) {
            findings.push(t_args(
                "check-access-promise",
                &[("need", &label(ACCESS_NEEDS, need)), ("venue", &venue.name)],
            ));
        }
    }
    for person in f.people {
        for (need, meets) in VENUE_FACTS {
            if person.needs.iter().any(|n| n == need) && !meets(venue) {
                findings.push(t_args(
                    "check-access-unmet",
                    &[
                        ("name", &person.name),
                        ("need", &label(ACCESS_NEEDS, need)),
                        ("venue", &venue.name),
                    ],
                ));
            }
        }
    }
    Check::new("access", findings).note(t("check-access-met"))
}

fn day(at: DateTime<Utc>) -> String {
    at.with_timezone(&London).format("%A %-d %B").to_string()
}

fn papers(f: &Facts) -> Check {
    let deadline = f.meeting.starts_at - Duration::days(f.days_ahead);
    let days = f.days_ahead.to_string();
    let by = day(deadline);
    let late = f.now > deadline;
    let mut findings = Vec::new();
    for paper in f.papers {
        match paper.sent_at {
            Some(sent) if sent > deadline => findings.push(t_args(
                "check-papers-sent-late",
                &[
                    ("title", &paper.title),
                    ("sent", &day(sent)),
                    ("days", &days),
                ],
            )),
            None if late => findings.push(t_args(
                "check-papers-not-sent",
                &[("title", &paper.title), ("days", &days)],
            )),
            _ => {}
        }
    }
    if f.papers.is_empty() && late {
        findings.push(t_args("check-papers-none", &[("days", &days)]));
    }
    let waiting = f.papers.is_empty() || f.papers.iter().any(|p| p.sent_at.is_none());
    let check = Check::new("papers", findings);
    if waiting {
        check.pending(t_args("check-papers-by", &[("date", &by), ("days", &days)]))
    } else {
        check.note(t_args("check-papers-met", &[("days", &days)]))
    }
}

fn formats(f: &Facts) -> Check {
    let mut titles: Vec<&str> = f.papers.iter().map(|p| p.title.as_str()).collect();
    titles.sort_unstable();
    titles.dedup();
    let mut findings = Vec::new();
    for person in f.people {
        for need in person
            .needs
            .iter()
            .filter(|n| FORMAT_NEEDS.contains(&n.as_str()))
        {
            for title in &titles {
                let has = f
                    .papers
                    .iter()
                    .any(|p| p.title == *title && p.format == *need);
                if !has {
                    findings.push(t_args(
                        "check-formats-gap",
                        &[
                            ("name", &person.name),
                            ("format", &label(ACCESS_NEEDS, need)),
                            ("title", title),
                        ],
                    ));
                }
            }
        }
    }
    Check::new("formats", findings).note(t("check-formats-met"))
}

fn agenda(f: &Facts) -> Check {
    let deadline = f.meeting.starts_at - Duration::days(f.days_ahead);
    let days = f.days_ahead.to_string();
    match (f.meeting.agenda_shared_at, f.meeting.agenda_closes_at) {
        (None, _) if f.now > deadline => Check::new(
            "agenda",
            vec![t_args("check-agenda-not-shared", &[("days", &days)])],
        ),
        (None, _) => Check::new("agenda", vec![])
            .pending(t_args("check-agenda-by", &[("date", &day(deadline))])),
        (Some(shared), closes) => {
            let mut findings = Vec::new();
            if shared > deadline {
                findings.push(t_args(
                    "check-agenda-late",
                    &[("shared", &day(shared)), ("days", &days)],
                ));
            }
            if closes.is_none_or(|c| c <= shared) {
                findings.push(t("check-agenda-closed"));
            }
            let closes = closes.map(day).unwrap_or_default();
            Check::new("agenda", findings).note(t_args("check-agenda-met", &[("closes", &closes)]))
        }
    }
}
