//! The figures behind the board's report, the dashboards and the strategy's objectives, for
//! any period: computed from the records each time, never stored, so they cannot drift from
//! what happened. Payments and feedback are in `follow_up.rs`; every row they are worked out
//! from is read in `queries.rs`, and so are what was said and the questionnaire answers.

mod follow_up;
pub mod queries;

pub use follow_up::*;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{equality_answer, meeting, opportunity};
use withus_reports::presence::Answers;

use crate::kit::equality_questions::age_band;
use crate::kit::error::AppResult;

/// Ladder steps where involved people share in decisions (seed 001's levels of engagement):
/// their meetings, and every high-level one, are decision-making meetings.
pub const DECIDING: &[&str] = &["participation", "delegated_power", "empowerment"];
/// Kinds of meeting attendee who are involved people rather than staff.
pub const INVOLVED: &[&str] = &["member", "reserve", "chair"];

/// Someone involved taking part in a meeting that was held.
#[derive(Clone, Debug)]
pub struct Taking {
    pub person_id: Uuid,
    pub meeting_id: Uuid,
    pub opportunity_id: Uuid,
    pub at: DateTime<Utc>,
    pub minutes: i64,
    pub attended: bool,
}

/// Which taking part to count.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub opportunity: Option<Uuid>,
    pub level: Option<String>,
    pub org_level: Option<String>,
}

impl Filter {
    pub fn keeps(&self, o: &opportunity::Model) -> bool {
        self.opportunity.is_none_or(|id| id == o.id)
            && self
                .level
                .as_ref()
                .is_none_or(|l| o.level.as_ref() == Some(l))
            && self
                .org_level
                .as_ref()
                .is_none_or(|l| o.org_level.as_ref() == Some(l))
    }
}

/// Meetings held in the period (started in it, ended by now, not cancelled), with their
/// opportunities.
pub struct Held {
    pub meetings: Vec<meeting::Model>,
    pub opportunities: HashMap<Uuid, opportunity::Model>,
    /// The period as moments: meetings that started from the first, before the second.
    pub between: (DateTime<Utc>, DateTime<Utc>),
}

/// Involved people at held meetings. Everyone expected counts as taking part unless they
/// sent apologies or were recorded absent; `attended` is whether presence was recorded.
pub async fn taking_part(scope: &OrgScope, held: &Held, filter: &Filter) -> AppResult<Vec<Taking>> {
    let kept: HashMap<Uuid, &meeting::Model> = held
        .meetings
        .iter()
        .filter(|m| {
            held.opportunities
                .get(&m.opportunity_id)
                .is_some_and(|o| filter.keeps(o))
        })
        .map(|m| (m.id, m))
        .collect();
    let rows = queries::involved_attendees(scope, held.between).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(meeting_id, person_id, attendance, minutes)| {
            let (person_id, m) = (person_id?, kept.get(&meeting_id)?);
            if matches!(attendance.as_deref(), Some("apologies" | "absent")) {
                return None;
            }
            Some(Taking {
                person_id,
                meeting_id,
                opportunity_id: m.opportunity_id,
                at: m.starts_at,
                minutes: minutes.map_or_else(|| (m.ends_at - m.starts_at).num_minutes(), i64::from),
                attended: attendance.as_deref() == Some("attended"),
            })
        })
        .collect())
}

/// Each person's first time taking part.
pub fn first_times(taking: &[Taking]) -> Vec<(Uuid, DateTime<Utc>)> {
    let mut first: BTreeMap<Uuid, DateTime<Utc>> = BTreeMap::new();
    for t in taking {
        first
            .entry(t.person_id)
            .and_modify(|at| *at = (*at).min(t.at))
            .or_insert(t.at);
    }
    first.into_iter().collect()
}

/// Each person's equality answers as they were when they took part: the latest given by then,
/// or, if they only answered later, the first they gave. Age is worked out for the year they
/// took part from the birth year where it was given, so it is their age then, not now.
pub async fn answers_then(
    scope: &OrgScope,
    people: &[(Uuid, DateTime<Utc>)],
) -> AppResult<Vec<Answers>> {
    let ids: Vec<Uuid> = people.iter().map(|(id, _)| *id).collect();
    let mut history: HashMap<Uuid, Vec<equality_answer::Model>> = HashMap::new();
    for row in queries::equality_answers_of(scope, &ids).await? {
        history.entry(row.person_id).or_default().push(row);
    }
    Ok(people
        .iter()
        .map(|(id, at)| {
            let Some(rows) = history.get_mut(id) else {
                return Answers::default();
            };
            rows.sort_by_key(|r| r.answered_at);
            let then = rows
                .iter()
                .rev()
                .find(|r| r.answered_at <= *at)
                .or_else(|| rows.first());
            then.map(|r| frozen(r, at.year())).unwrap_or_default()
        })
        .collect())
}

fn frozen(r: &equality_answer::Model, year: i32) -> Answers {
    Answers {
        age_band: r
            .birth_year
            .map(|born| age_band(born, year).to_owned())
            .or_else(|| r.age_band.clone()),
        sex: r.sex.clone(),
        gender_same_as_birth: r.gender_same_as_birth.clone(),
        sexual_orientation: r.sexual_orientation.clone(),
        ethnic_group: r.ethnic_group.clone(),
        religion: r.religion.clone(),
        long_term_condition: r.long_term_condition.clone(),
        condition_impact: r.condition_impact.clone(),
        unpaid_care: r.unpaid_care.clone(),
    }
}

/// Decision-making meetings held, and how many had at least two involved people recorded
/// as there; meetings with no attendance recorded are counted apart, not guessed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deciding {
    pub meetings: usize,
    pub with_two: usize,
    pub not_recorded: usize,
}

pub fn deciding(held: &Held, taking: &[Taking]) -> Deciding {
    let mut present: HashMap<Uuid, usize> = HashMap::new();
    let mut recorded: HashSet<Uuid> = HashSet::new();
    for t in taking {
        if t.attended {
            *present.entry(t.meeting_id).or_default() += 1;
            recorded.insert(t.meeting_id);
        }
    }
    let mut out = Deciding::default();
    for m in &held.meetings {
        let Some(o) = held.opportunities.get(&m.opportunity_id) else {
            continue;
        };
        if !(m.high_level || o.level.as_deref().is_some_and(|l| DECIDING.contains(&l))) {
            continue;
        }
        out.meetings += 1;
        if !recorded.contains(&m.id) {
            out.not_recorded += 1;
        } else if present.get(&m.id).copied().unwrap_or(0) >= 2 {
            out.with_two += 1;
        }
    }
    out
}

/// Held meetings that had papers, and how many sent them the organisation's days ahead.
pub async fn papers_ahead(scope: &OrgScope, held: &Held, days: i64) -> AppResult<(usize, usize)> {
    let starts: HashMap<Uuid, DateTime<Utc>> =
        held.meetings.iter().map(|m| (m.id, m.starts_at)).collect();
    let meetings: Vec<Uuid> = starts.keys().copied().collect();
    let mut last_sent: HashMap<Uuid, Option<DateTime<Utc>>> = HashMap::new();
    for (meeting, sent) in queries::papers_of(scope, &meetings).await? {
        let entry = last_sent.entry(meeting).or_insert(sent);
        // A paper never sent makes the meeting late, whatever else went out.
        *entry = match (*entry, sent) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
    }
    let on_time = last_sent
        .iter()
        .filter(|(m, sent)| {
            sent.zip(starts.get(m))
                .is_some_and(|(s, start)| *start - s >= chrono::Duration::days(days))
        })
        .count();
    Ok((last_sent.len(), on_time))
}
