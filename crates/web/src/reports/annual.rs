//! The annual involvement report for the board, for any dates: activity, where participation
//! happens, presence against the population, payments, feedback, "you said, we did",
//! questionnaires, the self-assessment with its actions, and the strategy's objectives. One
//! document, shown as a page, a tagged PDF and a spreadsheet.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use withus_db::OrgScope;
use withus_db::entities::{contribution, evaluation_answer};
use withus_reports::presence::{self, Table};

use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::Vocab;
use crate::reports::Period;
use crate::reports::figures::{self, Deciding, Feedback, Filter, Payments};
use crate::reports::settings::{self, Reporting};

/// A meeting held: its opportunity's area, ladder step and organisational level, the places
/// taken by involved people and the minutes they gave. Places, not people: one person at two
/// meetings takes two, so no count of people by area can be set against the total.
pub struct HeldRow {
    pub area: Option<String>,
    pub level: Option<String>,
    pub org_level: Option<String>,
    pub opportunity: uuid::Uuid,
    pub places: usize,
    pub minutes: i64,
}

/// Each meeting held, with the places taken and minutes given at it.
pub fn held_rows(held: &figures::Held, taking: &[figures::Taking]) -> Vec<HeldRow> {
    let mut given: HashMap<uuid::Uuid, (usize, i64)> = HashMap::new();
    for t in taking {
        let entry = given.entry(t.meeting_id).or_default();
        entry.0 += 1;
        entry.1 += t.minutes;
    }
    held.meetings
        .iter()
        .filter_map(|m| {
            let o = held.opportunities.get(&m.opportunity_id)?;
            Some(HeldRow {
                area: o.area.clone(),
                level: o.level.clone(),
                org_level: o.org_level.clone(),
                opportunity: o.id,
                places: given.get(&m.id).map_or(0, |g| g.0),
                minutes: given.get(&m.id).map_or(0, |g| g.1),
            })
        })
        .collect()
}

/// Everything the report says, as numbers.
pub struct Annual {
    pub period: Period,
    pub reporting: Reporting,
    pub opportunities: usize,
    pub meetings: usize,
    pub people: usize,
    pub minutes: i64,
    pub held: Vec<HeldRow>,
    pub deciding: Deciding,
    pub papers: (usize, usize),
    pub presence: Vec<Table>,
    pub payments: Payments,
    pub feedback: Feedback,
    pub contributions: Vec<contribution::Model>,
    pub answers: Vec<evaluation_answer::Model>,
    pub titles: HashMap<uuid::Uuid, String>,
}

/// Figures an objective of the strategy can be tied to.
pub const MEASURES: Vocab = &[
    ("people_involved", "measure-people-involved"),
    ("decision_meetings_with_two", "measure-with-two"),
    ("papers_in_advance", "measure-papers"),
    ("feedback_on_time", "measure-feedback"),
    ("median_days_to_pay", "measure-days-to-pay"),
    ("changes_made", "measure-changes"),
    ("under_represented", "measure-under"),
];

pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

impl Annual {
    pub async fn compute(scope: &OrgScope, period: Period, now: DateTime<Utc>) -> AppResult<Self> {
        let reporting = settings::load(scope).await?;
        let held = figures::queries::held(scope, &period, now).await?;
        let taking = figures::taking_part(scope, &held, &Filter::default()).await?;
        let first = figures::first_times(&taking);
        let answers_then = figures::answers_then(scope, &first).await?;
        let population = settings::population(scope, &reporting).await?;
        let presence = presence::compare(
            &answers_then,
            &|c| population.get(c).cloned().unwrap_or_default(),
            reporting.threshold(),
        );
        let rows = held_rows(&held, &taking);
        let days = crate::meetings::days_ahead(scope).await?;
        Ok(Annual {
            opportunities: rows
                .iter()
                .map(|r| r.opportunity)
                .collect::<HashSet<_>>()
                .len(),
            meetings: rows.len(),
            people: first.len(),
            minutes: rows.iter().map(|r| r.minutes).sum(),
            deciding: figures::deciding(&held, &taking),
            papers: figures::papers_ahead(scope, &held, days).await?,
            held: rows,
            presence,
            payments: figures::payments(scope, &period).await?,
            feedback: figures::feedback(scope, &period, now).await?,
            contributions: figures::queries::contributions(scope, &period).await?,
            answers: figures::queries::answers(scope, &period).await?,
            titles: held
                .opportunities
                .values()
                .map(|o| (o.id, o.title.clone()))
                .collect(),
            reporting,
            period,
        })
    }

    pub fn hours(&self) -> String {
        format!("{:.1}", self.minutes as f64 / 60.0)
    }

    /// Changes decided in the period.
    pub fn changed(&self) -> Vec<&contribution::Model> {
        self.contributions
            .iter()
            .filter(|c| c.status == "changed")
            .filter(|c| {
                c.outcome_on
                    .is_some_and(|d| d >= self.period.from && d <= self.period.to)
            })
            .collect()
    }

    pub fn under_represented(&self) -> Vec<(String, &'static str)> {
        self.presence
            .iter()
            .flat_map(|table| {
                table.under_represented().map(move |g| {
                    (
                        t(&format!("category-{}", table.category.replace('_', "-"))),
                        g,
                    )
                })
            })
            .collect()
    }

    /// The figure for a measure, as shown, with its value as a number to meet a target.
    pub fn measure(&self, key: &str) -> Option<(String, f64)> {
        let pct = |s: Option<f64>| s.map(|s| (percent(s), (s * 100.0).round()));
        match key {
            "people_involved" => Some((self.people.to_string(), self.people as f64)),
            "decision_meetings_with_two" => {
                let recorded = self.deciding.meetings - self.deciding.not_recorded;
                pct(share(self.deciding.with_two, recorded))
            }
            "papers_in_advance" => pct(share(self.papers.1, self.papers.0)),
            "feedback_on_time" => pct(share(self.feedback.on_time, self.feedback.due)),
            "median_days_to_pay" => self
                .payments
                .median_days
                .map(|d| (t_args("days-n", &[("n", &format!("{d:.0}"))]), d)),
            "changes_made" => {
                let n = self.changed().len();
                Some((n.to_string(), n as f64))
            }
            "under_represented" => {
                let n = self.under_represented().len();
                Some((n.to_string(), n as f64))
            }
            _ => None,
        }
    }
}
