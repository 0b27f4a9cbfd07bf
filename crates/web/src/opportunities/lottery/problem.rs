//! From the pool and quotas to the fair lottery's problem, stored as it stood so the draw
//! can be re-run and checked; and from its answer to what the coordinator reads.

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use withus_db::entities::selection_quota;
use withus_selection::{Category, Conflict, Instance, Person, SelectionError, Value};

use super::categories::{CATEGORIES, NOT_KNOWN, category};
use super::queries::Pool;
use crate::kit::i18n::{t, t_args};

/// Counts below this are shown as "fewer than 5" where they concern equality answers.
pub const SMALL: usize = 5;

pub type Ranges = Vec<(String, usize, usize)>;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Problem {
    pub size: usize,
    /// (category name, [(value, min, max)])
    pub categories: Vec<(String, Ranges)>,
    pub people: Vec<(Uuid, Vec<usize>)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub probabilities: Vec<(Uuid, f64)>,
    pub panel: Vec<Uuid>,
    pub reserves: Vec<Uuid>,
    pub irreplaceable: Vec<Uuid>,
    pub panel_number: usize,
    pub panels_in_support: usize,
    pub min_probability: f64,
    pub dual_bound: f64,
}

/// Only the categories that have a quota take part; a value without one may fill any seat.
pub fn problem(pool: &Pool, quotas: &[selection_quota::Model], size: usize) -> Problem {
    let mut categories = Vec::new();
    let mut columns = Vec::new();
    for (c, cat) in CATEGORIES.iter().enumerate() {
        if !quotas.iter().any(|q| q.category == cat.name) {
            continue;
        }
        let mut names: Vec<&str> = cat.values.iter().map(|(v, _)| *v).collect();
        if cat.equality {
            names.push(NOT_KNOWN);
        }
        let values = names
            .iter()
            .map(|&v| {
                let range = quotas
                    .iter()
                    .find(|q| q.category == cat.name && q.value == v)
                    .map_or((0, size), |q| {
                        (q.min_count.max(0) as usize, q.max_count.max(0) as usize)
                    });
                (v.to_owned(), range.0, range.1)
            })
            .collect();
        categories.push((cat.name.to_owned(), values));
        columns.push((c, names));
    }
    let people = pool
        .people
        .iter()
        .zip(&pool.values)
        .map(|((_, p), values)| {
            let coded = columns
                .iter()
                .map(|(c, names)| names.iter().position(|n| *n == values[*c]).unwrap_or(0))
                .collect();
            (p.id, coded)
        })
        .collect();
    Problem {
        size,
        categories,
        people,
    }
}

/// A value's name as people read it: "Carer", "16 to 24", "not known".
pub fn value_label(category_name: &str, value: &str) -> String {
    if value == NOT_KNOWN {
        return t("quota-not-known");
    }
    category(category_name)
        .and_then(|c| c.values.iter().find(|(v, _)| *v == value))
        .map_or_else(|| value.to_owned(), |(_, key)| t(key))
}

pub fn category_label(name: &str) -> String {
    category(name).map_or_else(|| name.to_owned(), |c| t(c.label))
}

impl Problem {
    pub fn instance(&self) -> Instance {
        Instance {
            categories: self
                .categories
                .iter()
                .map(|(name, values)| Category {
                    name: category_label(name).to_lowercase(),
                    values: values
                        .iter()
                        .map(|(v, min, max)| Value {
                            name: v.clone(),
                            label: t_args(
                                "quota-people-whose",
                                &[
                                    ("category", &category_label(name).to_lowercase()),
                                    ("value", &value_label(name, v)),
                                ],
                            ),
                            min: *min,
                            max: *max,
                        })
                        .collect(),
                })
                .collect(),
            people: self
                .people
                .iter()
                .map(|(id, values)| Person {
                    id: id.to_string(),
                    values: values.clone(),
                })
                .collect(),
            households: Vec::new(),
            size: self.size,
        }
    }

    /// Works out everyone's chance, then draws with `seed`, within the 20 seconds a
    /// request could once wait. Slow for large pools: call it off the async runtime.
    pub fn solve(&self, seed: &str, reserves: usize) -> Result<Outcome, SelectionError> {
        self.solve_within(seed, reserves, std::time::Duration::from_secs(20))
    }

    /// Like `solve`, with the time the solver may take before it stops refining: a huge
    /// pool stops after `budget` with its lowest chance still optimal. A pool of a few dozen
    /// takes milliseconds whatever the budget.
    pub fn solve_within(
        &self,
        seed: &str,
        reserves: usize,
        budget: std::time::Duration,
    ) -> Result<Outcome, SelectionError> {
        let instance = self.instance();
        let result = withus_selection::leximin_within(&instance, Some(budget))?;
        let drawn = withus_selection::draw(&instance, &result, seed, reserves);
        let ids = |list: &[usize]| list.iter().map(|&i| self.people[i].0).collect();
        Ok(Outcome {
            probabilities: self
                .people
                .iter()
                .zip(&result.probabilities)
                .map(|((id, _), p)| (*id, *p))
                .collect(),
            panel: ids(&drawn.panel),
            reserves: ids(&drawn.reserves),
            irreplaceable: ids(&drawn.irreplaceable),
            panel_number: drawn.panel_number,
            panels_in_support: result.panels.len(),
            min_probability: result.min_probability,
            dual_bound: result.dual_bound,
        })
    }

    fn is_equality_label(&self, label: &str) -> bool {
        let instance = self.instance();
        instance
            .categories
            .iter()
            .zip(&self.categories)
            .any(|(c, (name, _))| {
                category(name).is_some_and(|q| q.equality)
                    && c.values.iter().any(|v| v.label == label)
            })
    }

    /// A conflict in plain words, with small counts of equality answers hidden.
    pub fn explain(&self, conflict: &Conflict) -> String {
        match conflict {
            Conflict::NotEnoughInPool {
                size,
                min,
                label,
                count,
            } if *count < SMALL && self.is_equality_label(label) => t_args(
                "quota-conflict-few",
                &[
                    ("size", &size.to_string()),
                    ("min", &min.to_string()),
                    ("label", label),
                    ("small", &SMALL.to_string()),
                ],
            ),
            other => other.to_string(),
        }
    }
}

/// "about 1 in 4", "about 7 in 10", "certain": a chance in words.
pub fn chance_words(p: f64) -> String {
    if p >= 0.995 {
        t("chance-certain")
    } else if p < 0.0005 {
        t("chance-none")
    } else if p >= 0.5 {
        t_args(
            "chance-in-ten",
            &[("n", &((p * 10.0).round() as u32).to_string())],
        )
    } else {
        t_args(
            "chance-one-in",
            &[("n", &((1.0 / p).round() as u32).to_string())],
        )
    }
}
