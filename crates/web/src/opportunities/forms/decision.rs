//! A decision on someone's interest, as typed: kept to show again when something is wrong.

use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::opportunities::vocab::{self, DECISIONS};

pub struct DecisionForm {
    pub decision: String,
    pub reason: String,
}

impl DecisionForm {
    pub fn from_form(data: &FormData) -> Self {
        Self {
            decision: data.one("decision"),
            reason: data.one("reason"),
        }
    }

    /// The reason to store, if one was given; saying no to someone needs one.
    pub fn check(&self) -> Result<Option<String>, Errors> {
        let mut errors = Errors::default();
        if !vocab::contains(DECISIONS, &self.decision) {
            errors.add("decision", t("opp-error-decision"));
        } else if self.decision == "not_selected" && self.reason.trim().is_empty() {
            errors.add("reason", t("opp-error-reason"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Some(self.reason.trim().to_owned()).filter(|r| !r.is_empty()))
    }
}
