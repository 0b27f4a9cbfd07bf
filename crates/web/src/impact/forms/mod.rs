//! Closing the loop's forms: what was typed, read back and checked. The "you said, we did"
//! form is in `contribution.rs`, the questionnaire's in `answers.rs`; the evaluation's
//! outcomes and cycle, the feedback message and the days promised are here.

mod answers;
mod contribution;

pub use answers::Answers;
pub use contribution::{ContributionForm, Offered};

use crate::impact::queries::OutcomeResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};

/// The Act → Evaluate → Reflect → Learn notes, as stored or as typed.
pub struct CycleForm {
    pub act: String,
    pub reflection: String,
    pub lessons: String,
}

pub fn text_of(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// A field of the cycle form, trimmed; nothing when left empty.
pub fn typed(data: &FormData, name: &str) -> Option<String> {
    let text = data.one(name).trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// What happened against each intended outcome, the ones written; evidence without what
/// happened is what to fix.
pub fn outcome_results(data: &FormData, outcomes: &[String]) -> (Vec<OutcomeResult>, Errors) {
    let mut errors = Errors::default();
    let mut rows = Vec::new();
    for (i, outcome) in outcomes.iter().enumerate() {
        let n = i + 1;
        let happened = data.one(&format!("happened_{n}")).trim().to_owned();
        let evidence = data.one(&format!("evidence_{n}")).trim().to_owned();
        if happened.is_empty() && !evidence.is_empty() {
            errors.add(
                &format!("happened_{n}"),
                t_args("evaluation-error-happened", &[("number", &n.to_string())]),
            );
        }
        if !happened.is_empty() {
            rows.push(OutcomeResult {
                position: n as i32,
                outcome: outcome.clone(),
                happened,
                evidence,
            });
        }
    }
    (rows, errors)
}

/// The feedback to send: the message, and its easy read version when one was written.
pub struct FeedbackForm {
    pub message: String,
    pub easy_read: String,
}

impl FeedbackForm {
    pub fn from_data(data: &FormData) -> Self {
        FeedbackForm {
            message: data.one("message").trim().to_owned(),
            easy_read: data.one("easy_read").trim().to_owned(),
        }
    }

    pub fn errors(&self) -> Errors {
        let mut errors = Errors::default();
        if self.message.is_empty() {
            errors.add("message", t("feedback-error-message"));
        }
        errors
    }
}

/// The days promised for feedback, from 1 to 90, or what to fix.
pub fn feedback_days(typed: &str) -> Result<i32, Errors> {
    match typed
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|d| (1..=90).contains(d))
    {
        Some(days) => Ok(days),
        None => {
            let mut errors = Errors::default();
            errors.add("days", t("feedback-days-error"));
            Err(errors)
        }
    }
}
