//! The self-assessment's forms: a framework's ratings, an action of the plan, the strategy and
//! its objectives, each read and checked, with the choices they offer.

use chrono::NaiveDate;
use withus_db::entities::strategy;

use super::frameworks::{FRAMEWORKS, Framework, RATINGS, statement_key};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::sections::TypedDate;
use crate::reports::annual::MEASURES;

/// The year whose results to show: this year unless another is asked for.
#[derive(serde::Deserialize, Default)]
pub struct YearQuery {
    #[serde(default)]
    pub year: String,
}

/// The field of one statement's rating; its evidence is `{field}-evidence`.
pub fn field(part: &str, statement: &str) -> String {
    format!("{part}-{statement}")
}

/// The ratings sent for a framework, as (statement key, rating, evidence), and what is wrong
/// with them.
pub fn ratings(f: &Framework, data: &FormData) -> (Vec<(String, String, String)>, Errors) {
    let mut chosen = Vec::new();
    let mut errors = Errors::default();
    for part in f.parts {
        for st in part.statements {
            let name = field(part.key, st.key);
            let rating = data.one(&name);
            if rating.is_empty() {
                continue;
            }
            if RATINGS.iter().any(|(r, _)| *r == rating) {
                chosen.push((
                    statement_key(f, part, st),
                    rating,
                    data.one(&format!("{name}-evidence")).trim().to_owned(),
                ));
            } else {
                errors.add(&name, t("assessment-rating-error"));
            }
        }
    }
    if chosen.is_empty() && errors.is_empty() {
        let first = f
            .parts
            .first()
            .and_then(|p| p.statements.first().map(|s| field(p.key, s.key)));
        errors.add(&first.unwrap_or_default(), t("assessment-none-error"));
    }
    (chosen, errors)
}

pub const STATUSES: &[(&str, &str)] = &[
    ("not_started", "action-not-started"),
    ("in_progress", "action-in-progress"),
    ("done", "action-done"),
];

pub fn status_label(status: &str) -> String {
    STATUSES
        .iter()
        .find(|(s, _)| *s == status)
        .map_or_else(|| status.to_owned(), |(_, k)| t(k))
}

pub fn statements() -> Vec<(String, String)> {
    let mut items = vec![(String::new(), t("action-no-statement"))];
    for f in FRAMEWORKS {
        for p in f.parts {
            for s in p.statements {
                items.push((statement_key(f, p, s), format!("{}: {}", p.name, s.text)));
            }
        }
    }
    items
}

pub fn statuses() -> Vec<(String, String)> {
    STATUSES
        .iter()
        .map(|(v, k)| ((*v).to_owned(), t(k)))
        .collect()
}

/// A new action as sent.
pub struct ActionForm {
    pub title: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub statement: String,
}

/// The new action sent, and what is wrong with it.
pub fn action(data: &FormData) -> (ActionForm, Errors) {
    let mut errors = Errors::default();
    let title = data.one("title").trim().to_owned();
    let owner = data.one("owner").trim().to_owned();
    let due = TypedDate::from_data(data, "due").date();
    let statement = data.one("statement");
    if title.is_empty() {
        errors.add("title", t("action-what-error"));
    }
    if owner.is_empty() {
        errors.add("owner", t("action-owner-error"));
    }
    if due.is_none() {
        errors.add("due", t("action-due-error"));
    }
    if !statement.is_empty() && !statements().iter().any(|(k, _)| *k == statement) {
        errors.add("statement", t("action-statement-error"));
    }
    let form = ActionForm {
        title,
        owner,
        due,
        statement,
    };
    (form, errors)
}

/// The strategy's parts in order: (column, message key).
pub const PARTS: &[(&str, &str)] = &[
    ("vision", "strategy-vision"),
    ("aims", "strategy-aims"),
    ("principles", "strategy-principles"),
    ("who_engaged", "strategy-who"),
    ("levels", "strategy-levels"),
    ("mechanisms", "strategy-mechanisms"),
    ("monitoring", "strategy-monitoring"),
    ("senior_manager", "strategy-senior-manager"),
    ("champions", "strategy-champions"),
    ("easy_read", "strategy-easy-read"),
];

pub fn part(s: &strategy::Model, column: &str) -> String {
    match column {
        "vision" => &s.vision,
        "aims" => &s.aims,
        "principles" => &s.principles,
        "who_engaged" => &s.who_engaged,
        "levels" => &s.levels,
        "mechanisms" => &s.mechanisms,
        "monitoring" => &s.monitoring,
        "senior_manager" => &s.senior_manager,
        "champions" => &s.champions,
        _ => &s.easy_read,
    }
    .clone()
}

/// What is wrong with the strategy sent.
pub fn strategy(data: &FormData) -> Errors {
    let mut errors = Errors::default();
    for (column, key) in [
        ("vision", "strategy-vision"),
        ("senior_manager", "strategy-senior-manager"),
    ] {
        if data.one(column).trim().is_empty() {
            errors.add(column, t(&format!("{key}-error")));
        }
    }
    errors
}

pub fn measures() -> Vec<(String, String)> {
    let mut items = vec![(String::new(), t("objective-no-measure"))];
    items.extend(MEASURES.iter().map(|(k, l)| ((*k).to_owned(), t(l))));
    items
}

/// A new objective as sent.
pub struct ObjectiveForm {
    pub objective: String,
    pub measure: String,
    pub target: Option<i32>,
}

/// The new objective sent, and what is wrong with it.
pub fn objective(data: &FormData) -> (ObjectiveForm, Errors) {
    let objective = data.one("objective").trim().to_owned();
    let measure = data.one("measure");
    let target = data.one("target");
    let mut errors = Errors::default();
    if objective.is_empty() {
        errors.add("objective", t("objective-text-error"));
    }
    if !measure.is_empty() && !MEASURES.iter().any(|(k, _)| *k == measure) {
        errors.add("measure", t("objective-measure-error"));
    }
    let target = if target.trim().is_empty() {
        None
    } else {
        match target.trim().parse::<i32>() {
            Ok(n) if (0..=1_000_000).contains(&n) => Some(n),
            _ => {
                errors.add("target", t("objective-target-error"));
                None
            }
        }
    };
    let form = ObjectiveForm {
        objective,
        measure,
        target,
    };
    (form, errors)
}
