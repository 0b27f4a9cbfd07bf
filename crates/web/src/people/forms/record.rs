//! The small forms on a person's record: a time they cannot do, their status, and a consent.

use chrono::NaiveDate;

use crate::kit::dates::parse_time;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::vocab::{self};
use crate::people::consents::{HOW, PURPOSES};

#[derive(Clone, Debug, Default)]
pub struct TimeForm {
    pub days: Vec<String>,
    pub from: String,
    pub to: String,
    pub term_time_only: bool,
}

#[derive(Debug)]
pub struct TimeInput {
    pub days: Vec<i16>,
    pub start_minute: i32,
    pub end_minute: i32,
    pub term_time_only: bool,
}

impl TimeForm {
    pub fn from_form(form: &FormData) -> Self {
        Self {
            days: form.all("days"),
            from: form.one("from"),
            to: form.one("to"),
            term_time_only: form.one("term_time_only") == "yes",
        }
    }

    pub fn check(&self) -> Result<TimeInput, Errors> {
        let mut errors = Errors::default();
        let days: Vec<i16> = self
            .days
            .iter()
            .filter(|d| vocab::contains(vocab::WEEKDAYS, d))
            .filter_map(|d| d.parse().ok())
            .collect();
        if days.is_empty() {
            errors.add("days", t("error-days-missing"));
        }
        let from = parse_time(&self.from);
        let to = parse_time(&self.to);
        if from.is_none() {
            errors.add("from", t("error-time-from"));
        }
        if to.is_none() {
            errors.add("to", t("error-time-to"));
        }
        if let (Some(from), Some(to)) = (from, to)
            && to <= from
        {
            errors.add("to", t("error-time-order"));
        }
        match (from, to) {
            (Some(start_minute), Some(end_minute)) if errors.is_empty() => Ok(TimeInput {
                days,
                start_minute,
                end_minute,
                term_time_only: self.term_time_only,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct StatusForm {
    pub status: String,
    pub day: String,
    pub month: String,
    pub year: String,
}

impl StatusForm {
    pub fn from_form(form: &FormData) -> Self {
        Self {
            status: form.one("status"),
            day: form.one("until-day"),
            month: form.one("until-month"),
            year: form.one("until-year"),
        }
    }

    /// The new status and, for a break, the date it ends (after `today`).
    pub fn check(&self, today: NaiveDate) -> Result<(String, Option<NaiveDate>), Errors> {
        let mut errors = Errors::default();
        if !vocab::contains(vocab::STATUSES, &self.status) {
            errors.add("status", t("error-status-missing"));
            return Err(errors);
        }
        if self.status != "break" {
            return Ok((self.status.clone(), None));
        }
        match crate::kit::dates::typed(&self.day, &self.month, &self.year) {
            None => errors.add("until", t("error-break-date")),
            Some(date) if date <= today => errors.add("until", t("error-break-date-past")),
            Some(date) => return Ok((self.status.clone(), Some(date))),
        }
        Err(errors)
    }
}

/// A consent recorded on a person's page: what it is for and how it was given, each from its
/// list.
pub fn check_consent(form: &FormData) -> Result<(String, String), Errors> {
    let (purpose, how) = (form.one("purpose"), form.one("how"));
    let mut errors = Errors::default();
    if !vocab::contains(PURPOSES, &purpose) {
        errors.add("purpose", t("error-consent-purpose"));
    }
    if !vocab::contains(HOW, &how) {
        errors.add("how", t("error-consent-how"));
    }
    if errors.is_empty() {
        Ok((purpose, how))
    } else {
        Err(errors)
    }
}
