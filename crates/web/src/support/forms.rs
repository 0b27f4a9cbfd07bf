//! The support feature's forms: what was typed, kept when it fails, and the errors it gives.
//! Recording support for a person, pairing people for mentoring and noting their meetings,
//! adding a course, and recording a session or a check (who may be named is who can take it).

use std::collections::HashMap;

use chrono::NaiveDate;
use uuid::Uuid;
use withus_db::entities::course;

use super::expiry::expires_on;
use super::queries::{NewRecord, NewSession};
use super::{AUDIENCES, COURSE_KINDS, KINDS};
use crate::kit::components::{Input, Textarea, render};
use crate::kit::dates::today;
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::sections::{TypedDate, radios};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::contains;
use crate::people::display_name;
use crate::people::staff_contacts;

#[derive(Default)]
pub struct SupportForm {
    pub kind: String,
    pub given: TypedDate,
    pub note: String,
}

impl SupportForm {
    pub fn from_data(data: &FormData) -> Self {
        SupportForm {
            kind: data.one("kind"),
            given: TypedDate::from_data(data, "given"),
            note: data.one("note").trim().to_owned(),
        }
    }

    pub fn errors(&self) -> Errors {
        let mut errors = Errors::default();
        if !contains(KINDS, &self.kind) {
            errors.add("kind", t("support-error-kind"));
        }
        if self
            .given
            .date()
            .is_none_or(|d| d > crate::kit::dates::today())
        {
            errors.add("given", t("support-error-date"));
        }
        if self.note.is_empty() {
            errors.add("note", t("support-error-note"));
        }
        errors
    }

    pub fn fields(&self, errors: &Errors) -> Vec<String> {
        vec![
            radios("kind", "support-kind", KINDS, &self.kind, errors),
            self.given.field("given", t("support-given-on"), errors),
            render(
                &Textarea::new("note", t("support-note"))
                    .value(&self.note)
                    .hint(t("support-note-hint"))
                    .error(errors.get("note")),
            ),
        ]
    }
}

/// The mentor and the mentee chosen, when they are ids at all.
pub fn pair_ids(data: &FormData) -> (Option<Uuid>, Option<Uuid>) {
    let mentor = Uuid::parse_str(&data.one("mentor")).ok();
    let mentee = Uuid::parse_str(&data.one("mentee")).ok();
    (mentor, mentee)
}

/// Both must be people of the organisation (`known`), and not the same person.
pub fn pair_errors(
    mentor: Option<Uuid>,
    mentee: Option<Uuid>,
    known: &HashMap<Uuid, String>,
) -> Errors {
    let mut errors = Errors::default();
    if !mentor.is_some_and(|m| known.contains_key(&m)) {
        errors.add("mentor", t("mentoring-error-mentor"));
    }
    if !mentee.is_some_and(|m| known.contains_key(&m)) {
        errors.add("mentee", t("mentoring-error-mentee"));
    } else if mentor == mentee {
        errors.add("mentee", t("mentoring-error-same"));
    }
    errors
}

/// A meeting of a mentoring pair: the day they met and a note of it.
pub struct MeetingForm {
    pub met: TypedDate,
    pub note: String,
}

impl MeetingForm {
    pub fn from_data(data: &FormData) -> Self {
        MeetingForm {
            met: TypedDate::from_data(data, "met"),
            note: data.one("note").trim().to_owned(),
        }
    }

    /// The day they met, no later than today and not before the pair `started_on`.
    pub fn check(&self, started_on: NaiveDate) -> Result<NaiveDate, Errors> {
        let mut errors = Errors::default();
        let date = self
            .met
            .date()
            .filter(|d| *d <= today() && *d >= started_on);
        if date.is_none() {
            errors.add("met", t("mentoring-error-date"));
        }
        if self.note.is_empty() {
            errors.add("note", t("mentoring-error-note"));
        }
        date.filter(|_| errors.is_empty()).ok_or(errors)
    }
}

#[derive(Default)]
pub struct CourseForm {
    pub name: String,
    pub kind: String,
    pub audience: String,
    pub months: String,
    pub description: String,
}

impl CourseForm {
    pub fn from_data(data: &FormData) -> Self {
        CourseForm {
            name: data.one("name").trim().to_owned(),
            kind: data.one("kind"),
            audience: data.one("audience"),
            months: data.one("months").trim().to_owned(),
            description: data.one("description").trim().to_owned(),
        }
    }

    pub(super) fn months(&self) -> Result<Option<i32>, ()> {
        if self.months.is_empty() {
            return Ok(None);
        }
        self.months
            .parse::<i32>()
            .ok()
            .filter(|m| (1..=120).contains(m))
            .map(Some)
            .ok_or(())
    }

    pub fn errors(&self, taken: bool) -> Errors {
        let mut errors = Errors::default();
        if self.name.is_empty() {
            errors.add("name", t("course-error-name"));
        } else if taken {
            errors.add("name", t("course-error-taken"));
        }
        if !contains(COURSE_KINDS, &self.kind) {
            errors.add("kind", t("course-error-kind"));
        }
        if !contains(AUDIENCES, &self.audience) {
            errors.add("audience", t("course-error-audience"));
        }
        if self.months().is_err() {
            errors.add("months", t("course-error-months"));
        }
        errors
    }

    pub fn fields(&self, errors: &Errors) -> Vec<String> {
        vec![
            render(
                &Input::new("name", t("course-name"))
                    .value(&self.name)
                    .error(errors.get("name")),
            ),
            radios("kind", "course-kind", COURSE_KINDS, &self.kind, errors),
            radios(
                "audience",
                "course-audience",
                AUDIENCES,
                &self.audience,
                errors,
            ),
            render(
                &Input::new("months", t("course-months"))
                    .value(&self.months)
                    .hint(t("course-months-hint"))
                    .classes("govuk-input--width-3")
                    .kind("number")
                    .error(errors.get("months")),
            ),
            render(
                &Textarea::new("description", t("course-description"))
                    .value(&self.description)
                    .rows(3),
            ),
        ]
    }
}

/// Who can take the course: involved people, staff, or both.
pub struct Takers {
    pub people: Vec<(String, String)>,
    pub staff: Vec<(String, String)>,
}

pub async fn takers(tenant: &Tenant, c: &course::Model) -> AppResult<Takers> {
    let mut people: Vec<(String, String)> = if c.audience == "staff" {
        Vec::new()
    } else {
        crate::people::active_members(&tenant.scope)
            .await?
            .iter()
            .map(|p| (p.id.to_string(), display_name(p)))
            .collect()
    };
    people.sort_by(|a, b| a.1.cmp(&b.1));
    let staff = if c.audience == "involved" {
        Vec::new()
    } else {
        staff_contacts(&tenant.scope)
            .await?
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect()
    };
    Ok(Takers { people, staff })
}

/// Only ids from the lists offered count; anything else sent is dropped.
fn picked(data: &FormData, name: &str, offered: &[(String, String)]) -> Vec<Uuid> {
    data.all(name)
        .iter()
        .filter(|v| offered.iter().any(|(id, _)| id == *v))
        .filter_map(|v| Uuid::parse_str(v).ok())
        .collect()
}

/// A session of a course (with a row for each person who came or helped deliver it) or a
/// check of one person: the session, if any, and the rows to record.
pub fn training(
    data: &FormData,
    c: &course::Model,
    takers: &Takers,
) -> Result<(Option<NewSession>, Vec<NewRecord>), Errors> {
    let mut errors = Errors::default();
    let done = TypedDate::from_data(data, "done")
        .date()
        .filter(|d| *d <= today());
    if done.is_none() {
        errors.add("done", t("training-error-date"));
    }
    let new_record = |person: Option<Uuid>,
                      account: Option<Uuid>,
                      session: Option<Uuid>,
                      part: &'static str,
                      on,
                      expires| NewRecord {
        person,
        account,
        session,
        part,
        on,
        expires,
    };
    let mut rows = Vec::new();
    let mut session_row = None;
    if c.kind == "check" {
        let person = picked(data, "person", &takers.people).into_iter().next();
        if person.is_none() {
            errors.add("person", t("training-error-person"));
        }
        let typed = TypedDate::from_data(data, "expires");
        let typed_expiry = typed.date();
        let blank = typed.day.trim().is_empty()
            && typed.month.trim().is_empty()
            && typed.year.trim().is_empty();
        if !blank && typed_expiry.is_none_or(|e| done.is_some_and(|d| e <= d)) {
            errors.add("expires", t("training-error-expires"));
        }
        if let (Some(on), Some(person), true) = (done, person, errors.is_empty()) {
            let expires = typed_expiry.or_else(|| expires_on(on, c.valid_months));
            rows.push(new_record(
                Some(person),
                None,
                None,
                "attended",
                on,
                expires,
            ));
        }
    } else {
        let people = picked(data, "people", &takers.people);
        let delivered = picked(data, "delivered", &takers.people);
        let staff = picked(data, "staff", &takers.staff);
        if people.is_empty() && staff.is_empty() && delivered.is_empty() {
            errors.add("people", t("training-error-nobody"));
        }
        if let (Some(on), true) = (done, errors.is_empty()) {
            let session = Uuid::now_v7();
            let expires = expires_on(on, c.valid_months);
            session_row = Some(NewSession {
                id: session,
                held_on: on,
                co_delivered: !delivered.is_empty(),
            });
            rows.extend(
                people
                    .iter()
                    .map(|p| new_record(Some(*p), None, Some(session), "attended", on, expires)),
            );
            rows.extend(
                delivered
                    .iter()
                    .map(|p| new_record(Some(*p), None, Some(session), "delivered", on, expires)),
            );
            rows.extend(
                staff
                    .iter()
                    .map(|a| new_record(None, Some(*a), Some(session), "attended", on, expires)),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((session_row, rows))
}
