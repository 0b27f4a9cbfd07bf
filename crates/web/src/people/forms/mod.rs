//! The register's forms as types: what was typed (kept to show again) and, once checked, the
//! values to store. Messages follow the GOV.UK pattern and come from the translation bundle. The forms of a
//! person's record (times they cannot do, status, a consent) are in `record.rs`, what the export
//! asks for in `export.rs` and the uploaded file of an import in `upload.rs`.

mod export;
mod record;
pub mod upload;

pub use export::ExportChoice;
pub use record::*;

use crate::kit::forms::{Errors, FormData, looks_like_email};
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::{self, Vocab};

/// What a person's form holds, exactly as typed.
#[derive(Clone, Debug, Default)]
pub struct PersonForm {
    pub given_name: String,
    pub family_name: String,
    pub preferred_name: String,
    pub pronouns: String,
    pub email: String,
    pub phone: String,
    pub postcode: String,
    pub involvement_role: String,
    pub contact: Vec<String>,
    pub ways: Vec<String>,
    pub topics: Vec<String>,
    pub access_needs: Vec<String>,
    pub areas: Vec<String>,
    pub roles: Vec<String>,
    pub levels: Vec<String>,
    pub access_notes: String,
    pub paid_preference: String,
    pub time_commitment: String,
    /// The id of the member of staff they can turn to, as typed; checked against the
    /// organisation's staff by the caller.
    pub named_contact: String,
}

fn optional(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// Keeps only values from the list, so a forged form cannot store anything else.
fn known(values: &[String], vocab: Vocab) -> Vec<String> {
    values
        .iter()
        .filter(|v| vocab::contains(vocab, v))
        .cloned()
        .collect()
}

impl PersonForm {
    pub fn from_form(form: &FormData) -> Self {
        Self {
            given_name: form.one("given_name"),
            family_name: form.one("family_name"),
            preferred_name: form.one("preferred_name"),
            pronouns: form.one("pronouns"),
            email: form.one("email"),
            phone: form.one("phone"),
            postcode: form.one("postcode"),
            involvement_role: form.one("involvement_role"),
            contact: form.all("contact"),
            ways: form.all("ways"),
            topics: form.all("topics"),
            access_needs: form.all("access_needs"),
            areas: form.all("areas"),
            roles: form.all("roles"),
            levels: form.all("levels"),
            access_notes: form.one("access_notes"),
            paid_preference: form.one("paid_preference"),
            time_commitment: form.one("time_commitment"),
            named_contact: form.one("named_contact"),
        }
    }

    /// Checks the form; on success every value is one we can store.
    pub fn check(&self) -> Result<PersonInput, Errors> {
        let mut errors = Errors::default();
        if self.given_name.is_empty() {
            errors.add("given_name", t("error-given-name-missing"));
        }
        if self.family_name.is_empty() {
            errors.add("family_name", t("error-family-name-missing"));
        }
        // The same rules as the import (which reads each row through this check): every limit
        // from the one table, and nothing a spreadsheet would run as a formula.
        let boxes = [
            ("given_name", &self.given_name),
            ("family_name", &self.family_name),
            ("preferred_name", &self.preferred_name),
            ("pronouns", &self.pronouns),
            ("email", &self.email),
            ("phone", &self.phone),
            ("postcode", &self.postcode),
            ("access_notes", &self.access_notes),
        ];
        for (field, value) in boxes {
            if let Some(problem) = crate::kit::limits::problem(field, value) {
                errors.add(field, problem);
            } else if field != "access_notes" && looks_like_formula(value, field) {
                errors.add(
                    field,
                    t_args(
                        "error-formula-start",
                        &[("label", crate::kit::limits::label(field))],
                    ),
                );
            }
        }
        if !self
            .postcode
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ')
        {
            errors.add("postcode", t("error-postcode-format"));
        }
        let email = self.email.to_lowercase();
        if !email.is_empty() && !looks_like_email(&email) {
            errors.add("email", t("error-email-format"));
        }
        if !vocab::contains(vocab::INVOLVEMENT_ROLES, &self.involvement_role) {
            errors.add("involvement_role", t("error-involvement-role-missing"));
        }
        let contact = known(&self.contact, vocab::CONTACT_CHANNELS);
        if contact.iter().any(|c| c == "email") && email.is_empty() {
            errors.add("email", t("error-email-needed-for-contact"));
        }
        if contact.iter().any(|c| c == "phone" || c == "text") && self.phone.is_empty() {
            errors.add("phone", t("error-phone-needed-for-contact"));
        }
        let paid_preference = if self.paid_preference.is_empty() {
            "either".to_owned()
        } else {
            self.paid_preference.clone()
        };
        if !vocab::contains(vocab::PAID_PREFERENCES, &paid_preference) {
            errors.add("paid_preference", t("error-paid-preference-missing"));
        }
        if !self.time_commitment.is_empty()
            && !vocab::contains(vocab::TIME_COMMITMENTS, &self.time_commitment)
        {
            errors.add("time_commitment", t("error-time-commitment"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(PersonInput {
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            preferred_name: optional(&self.preferred_name),
            pronouns: optional(&self.pronouns),
            email: optional(&email),
            phone: optional(&self.phone),
            postcode: optional(&self.postcode.to_uppercase()),
            involvement_role: self.involvement_role.clone(),
            contact_by_email: contact.iter().any(|c| c == "email"),
            contact_by_phone: contact.iter().any(|c| c == "phone"),
            contact_by_text: contact.iter().any(|c| c == "text"),
            contact_by_post: contact.iter().any(|c| c == "post"),
            ways: known(&self.ways, vocab::WAYS),
            topics: known(&self.topics, vocab::TOPICS),
            access_needs: known(&self.access_needs, vocab::ACCESS_NEEDS),
            areas: known(&self.areas, vocab::AREAS),
            roles: known(&self.roles, vocab::PARTICIPATION_ROLES),
            levels: known(&self.levels, vocab::LEVELS),
            access_notes: optional(&self.access_notes),
            paid_preference,
            time_commitment: optional(&self.time_commitment),
            named_contact: uuid::Uuid::parse_str(&self.named_contact).ok(),
        })
    }
}

/// Checks the form, and that a named contact is one of the organisation's staff.
pub fn check_with_contacts(
    form: &PersonForm,
    contacts: &[(uuid::Uuid, String)],
) -> Result<PersonInput, Errors> {
    let input = form.check()?;
    match input.named_contact {
        Some(chosen) if !contacts.iter().any(|(id, _)| *id == chosen) => {
            let mut errors = Errors::default();
            errors.add("named_contact", t("error-named-contact"));
            Err(errors)
        }
        _ => Ok(input),
    }
}

/// A checked person, ready to store.
#[derive(Clone, Debug)]
pub struct PersonInput {
    pub given_name: String,
    pub family_name: String,
    pub preferred_name: Option<String>,
    pub pronouns: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postcode: Option<String>,
    pub involvement_role: String,
    pub contact_by_email: bool,
    pub contact_by_phone: bool,
    pub contact_by_text: bool,
    pub contact_by_post: bool,
    pub ways: Vec<String>,
    pub topics: Vec<String>,
    pub access_needs: Vec<String>,
    pub areas: Vec<String>,
    pub roles: Vec<String>,
    pub levels: Vec<String>,
    pub access_notes: Option<String>,
    pub paid_preference: String,
    pub time_commitment: Option<String>,
    pub named_contact: Option<uuid::Uuid>,
}

impl PersonInput {
    /// Each of the person's lists with the name it is stored under.
    pub fn choices(&self) -> [(&'static str, &Vec<String>); 6] {
        [
            ("way", &self.ways),
            ("topic", &self.topics),
            ("access_need", &self.access_needs),
            ("area", &self.areas),
            ("role", &self.roles),
            ("level", &self.levels),
        ]
    }

    /// Lower-case names, family name first, so a search for the start of any name matches.
    pub fn search_name(&self) -> String {
        let mut parts = vec![self.family_name.as_str(), self.given_name.as_str()];
        if let Some(preferred) = &self.preferred_name {
            parts.push(preferred);
        }
        parts.join(" ").to_lowercase()
    }
}

/// Spreadsheets run a cell that starts with these as a formula, so neither the import nor the
/// person form takes one (a phone number written +44 is the one exception).
pub fn looks_like_formula(cell: &str, field: &str) -> bool {
    let starts = cell.starts_with(['=', '+', '-', '@']);
    let phone_number = field == "phone"
        && cell.starts_with('+')
        && cell[1..].chars().all(|c| c.is_ascii_digit() || c == ' ');
    starts && !phone_number
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_window_must_end_after_it_starts() {
        let form = TimeForm {
            days: vec!["1".into()],
            from: "15:30".into(),
            to: "14:45".into(),
            term_time_only: true,
        };
        let errors = form.check().expect_err("refused");
        assert_eq!(errors.get("to"), Some(t("error-time-order").as_str()));
        let form = TimeForm {
            days: vec!["9".into()],
            from: "14:45".into(),
            to: "15:30".into(),
            term_time_only: true,
        };
        assert!(form.check().expect_err("refused").get("days").is_some());
    }

    #[test]
    fn a_break_needs_a_date_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let form = |d: &str| StatusForm {
            status: "break".into(),
            day: d.into(),
            month: "12".into(),
            year: "2026".into(),
        };
        assert!(form("31").check(today).is_ok());
        assert!(form("32").check(today).is_err());
        let past = StatusForm {
            status: "break".into(),
            day: "1".into(),
            month: "1".into(),
            year: "2026".into(),
        };
        assert_eq!(
            past.check(today).err().unwrap().get("until"),
            Some(t("error-break-date-past").as_str())
        );
        let left = StatusForm {
            status: "left".into(),
            ..StatusForm::default()
        };
        assert_eq!(left.check(today).unwrap(), ("left".to_owned(), None));
    }

    #[test]
    fn a_person_needs_names_a_role_and_a_way_to_reach_them() {
        let form = PersonForm {
            email: "not an email".into(),
            contact: vec!["phone".into()],
            ..PersonForm::default()
        };
        let errors = form.check().expect_err("refused");
        let fields: Vec<&str> = errors.0.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "given_name",
                "family_name",
                "email",
                "involvement_role",
                "phone"
            ]
        );
        let ok = PersonForm {
            given_name: "Jo".into(),
            family_name: "Bennett".into(),
            involvement_role: "carer".into(),
            access_needs: vec!["large_print".into(), "made_up".into()],
            ..PersonForm::default()
        };
        let input = ok.check().expect("accepted");
        assert_eq!(input.access_needs, ["large_print"]);
        assert_eq!(input.search_name(), "bennett jo");
    }
}
