//! The cost calculator's form: what was asked, with the opportunity's own numbers where
//! nothing was, and the numbers read from it.

use std::collections::HashMap;

use withus_payments::parse_pounds;

use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;

/// What the calculator was asked, and the numbers it could read (`None` where it could not).
pub struct Asked {
    pub data: FormData,
    pub places: Option<i64>,
    pub sessions: Option<i64>,
    pub minutes: Option<i64>,
    pub expenses: Option<i64>,
}

/// Reads the calculator's query, `places` and `sessions` standing where nothing was typed.
pub fn read(
    q: &HashMap<String, String>,
    places: String,
    sessions: String,
    errors: &mut Errors,
) -> Asked {
    let typed = |k: &str, default: String| {
        q.get(k)
            .cloned()
            .filter(|v| !v.is_empty())
            .unwrap_or(default)
    };
    let data = FormData(vec![
        ("places".into(), typed("places", places)),
        ("sessions".into(), typed("sessions", sessions)),
        ("hours".into(), typed("hours", "2".into())),
        ("activity".into(), typed("activity", "meeting".into())),
        ("expenses".into(), typed("expenses", "10.00".into())),
    ]);
    let number = |k: &str, errors: &mut Errors| {
        let v = data
            .one(k)
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=10_000).contains(n));
        if v.is_none() {
            errors.add(k, t("costs-error-number"));
        }
        v
    };
    let places = number("places", errors);
    let sessions = number("sessions", errors);
    let minutes = data
        .one("hours")
        .parse::<f64>()
        .ok()
        .filter(|h| (0.0..=24.0).contains(h))
        .map(|h| (h * 60.0).round() as i64);
    if minutes.is_none() {
        errors.add("hours", t("costs-error-hours"));
    }
    let expenses = parse_pounds(&data.one("expenses"));
    if expenses.is_none() {
        errors.add("expenses", t("costs-error-expenses"));
    }
    Asked {
        data,
        places,
        sessions,
        minutes,
        expenses,
    }
}
