//! The "you said, we did" form: what was typed, read back and checked, and what it offers to
//! choose from for one opportunity.

use chrono::NaiveDate;
use uuid::Uuid;
use withus_db::entities::contribution;

use crate::impact::queries::ContributionInput;
use crate::impact::{AREAS, KINDS, LEVELS, STATUSES, areas_of};
use crate::kit::blocks::heading;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::sections::{
    TypedDate, checkboxes, choices_of, paragraph, radios, select, textarea,
};
use crate::kit::vocab::{Vocab, contains};

#[derive(Clone, Debug, Default)]
pub struct ContributionForm {
    pub meeting: String,
    pub kind: String,
    pub said: String,
    pub said_on: TypedDate,
    pub people: Vec<String>,
    pub status: String,
    pub outcome: String,
    pub level: String,
    pub areas: Vec<String>,
    pub evidence: String,
    pub outcome_on: TypedDate,
}

/// What the form offers for one opportunity: its meetings and the people involved in it.
pub struct Offered {
    pub meetings: Vec<(String, String)>,
    pub people: Vec<(String, String)>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl ContributionForm {
    pub fn from_data(data: &FormData) -> Self {
        ContributionForm {
            meeting: data.one("meeting"),
            kind: data.one("kind"),
            said: data.one("said").trim().to_owned(),
            said_on: TypedDate::from_data(data, "said_on"),
            people: data.all("people"),
            status: data.one("status"),
            outcome: data.one("outcome").trim().to_owned(),
            level: data.one("level"),
            areas: data.all("areas"),
            evidence: data.one("evidence").trim().to_owned(),
            outcome_on: TypedDate::from_data(data, "outcome_on"),
        }
    }

    pub fn from_row(c: &contribution::Model, people: &[Uuid]) -> Self {
        ContributionForm {
            meeting: c.meeting_id.map(|m| m.to_string()).unwrap_or_default(),
            kind: c.kind.clone(),
            said: c.said.clone(),
            said_on: TypedDate::of(c.said_on),
            people: people.iter().map(Uuid::to_string).collect(),
            status: c.status.clone(),
            outcome: c.outcome.clone().unwrap_or_default(),
            level: c.level.clone().unwrap_or_default(),
            areas: areas_of(&c.areas),
            evidence: c.evidence.clone().unwrap_or_default(),
            outcome_on: c.outcome_on.map(TypedDate::of).unwrap_or_default(),
        }
    }

    /// The checked values, or what to fix. `offered` limits meetings and people to the
    /// opportunity's own.
    pub fn check(
        &self,
        opportunity_id: Uuid,
        offered: &Offered,
        today: NaiveDate,
    ) -> Result<ContributionInput, Errors> {
        let mut errors = Errors::default();
        let is_offered = |list: &[(String, String)], v: &str| list.iter().any(|(id, _)| id == v);
        if !contains(KINDS, &self.kind) {
            errors.add("kind", t("contribution-error-kind"));
        }
        if self.said.is_empty() {
            errors.add("said", t("contribution-error-said"));
        }
        let said_on = self.said_on.date().filter(|d| *d <= today);
        if said_on.is_none() {
            errors.add("said_on", t("contribution-error-said-on"));
        }
        if !self.meeting.is_empty() && !is_offered(&offered.meetings, &self.meeting) {
            errors.add("meeting", t("contribution-error-meeting"));
        }
        if !contains(STATUSES, &self.status) {
            errors.add("status", t("contribution-error-status"));
        }
        let decided = self.status == "changed" || self.status == "not_changed";
        let mut outcome_on = None;
        if decided {
            if self.outcome.is_empty() {
                let key = if self.status == "changed" {
                    "contribution-error-change"
                } else {
                    "contribution-error-reason"
                };
                errors.add("outcome", t(key));
            }
            outcome_on = self
                .outcome_on
                .date()
                .filter(|d| *d <= today && said_on.is_none_or(|s| *d >= s));
            if outcome_on.is_none() {
                errors.add("outcome_on", t("contribution-error-outcome-on"));
            }
        }
        let areas: Vec<String> = self
            .areas
            .iter()
            .filter(|a| contains(AREAS, a))
            .cloned()
            .collect();
        if self.status == "changed" {
            if !contains(LEVELS, &self.level) {
                errors.add("level", t("contribution-error-level"));
            }
            if areas.is_empty() {
                errors.add("areas", t("contribution-error-areas"));
            }
        }
        match (said_on, errors.is_empty()) {
            (Some(said_on), true) => Ok(ContributionInput {
                opportunity_id,
                meeting_id: Uuid::parse_str(&self.meeting).ok(),
                kind: self.kind.clone(),
                said: self.said.clone(),
                said_on,
                people: self
                    .people
                    .iter()
                    .filter(|p| is_offered(&offered.people, p))
                    .filter_map(|p| Uuid::parse_str(p).ok())
                    .collect(),
                status: self.status.clone(),
                outcome: decided.then(|| optional(&self.outcome)).flatten(),
                level: contains(LEVELS, &self.level).then(|| self.level.clone()),
                areas,
                evidence: optional(&self.evidence),
                outcome_on,
            }),
            _ => Err(errors),
        }
    }

    pub fn fields(&self, offered: &Offered, errors: &Errors) -> Vec<String> {
        let radios = |name: &str, key: &str, vocab: Vocab, chosen: &str| {
            radios(name, key, vocab, chosen, errors)
        };
        let checkboxes =
            |name: &str, key: &str, items: &[(String, String)], chosen: &[String], hint: &str| {
                checkboxes(name, t(key), items, chosen, Some(t(hint)), errors)
            };
        let area = |name: &str, key: &str, value: &str| textarea(name, key, value, errors);
        let mut meetings = vec![(String::new(), t("contribution-no-meeting"))];
        meetings.extend(offered.meetings.iter().cloned());
        let people = &offered.people;
        let areas = choices_of(AREAS);
        let mut fields = vec![
            heading(2, "m", &t("contribution-said-heading")),
            radios("kind", "contribution-kind", KINDS, &self.kind),
            area("said", "contribution-said", &self.said),
            self.said_on
                .field("said_on", t("contribution-said-on"), errors),
            select(
                "meeting",
                t("contribution-meeting"),
                &meetings,
                &self.meeting,
                errors,
            ),
        ];
        if people.is_empty() {
            fields.push(paragraph(&t("contribution-group-only")));
        } else {
            fields.push(checkboxes(
                "people",
                "contribution-people",
                people,
                &self.people,
                "contribution-people-hint",
            ));
        }
        fields.extend([
            heading(2, "m", &t("contribution-did-heading")),
            radios("status", "contribution-status", STATUSES, &self.status),
            area("outcome", "contribution-outcome", &self.outcome),
            radios("level", "contribution-level", LEVELS, &self.level),
            checkboxes(
                "areas",
                "contribution-areas",
                &areas,
                &self.areas,
                "contribution-areas-hint",
            ),
            area("evidence", "contribution-evidence", &self.evidence),
            self.outcome_on
                .field("outcome_on", t("contribution-outcome-on"), errors),
        ]);
        fields
    }
}
