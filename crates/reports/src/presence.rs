//! Who is involved against the population served, category by category (seed 002 Presence:
//! "an analysis of the population under consideration"). Answers are the ones a person gave
//! as they were when they took part; counts go through `suppress` before anyone sees them.

use crate::doubt::flags_to_keep;
use crate::suppress::{Shown, with_known_total};

/// A group is flagged when its share of the people who answered is under this fraction of
/// its share of the population…
pub const UNDER: f64 = 0.8;
/// …and enough people answered that at least one of them would be expected in it.
pub const EXPECTED_AT_LEAST: f64 = 1.0;

/// One person's equality answers as they were when they took part; `None` when not asked or
/// not answered, "prefer_not_to_say" when they chose not to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub age_band: Option<String>,
    pub sex: Option<String>,
    pub gender_same_as_birth: Option<String>,
    pub sexual_orientation: Option<String>,
    pub ethnic_group: Option<String>,
    pub religion: Option<String>,
    pub long_term_condition: Option<String>,
    pub condition_impact: Option<String>,
    pub unpaid_care: Option<String>,
}

const PREFER_NOT: &str = "prefer_not_to_say";

/// Where one person's answer puts them in a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placed {
    Group(usize),
    PreferNot,
    NotAnswered,
    /// Not compared: children (the census counts them; involvement is for adults).
    Outside,
}

pub struct Category {
    /// The census category (and the equality question, where they share a name).
    pub key: &'static str,
    /// Census groups, in the census's own words.
    pub groups: &'static [&'static str],
    pub place: fn(&Answers) -> Placed,
}

fn by_value(answer: &Option<String>, values: &[&[&str]]) -> Placed {
    match answer.as_deref() {
        None => Placed::NotAnswered,
        Some(PREFER_NOT) => Placed::PreferNot,
        Some(a) => values
            .iter()
            .position(|group| group.contains(&a))
            .map_or(Placed::NotAnswered, Placed::Group),
    }
}

fn disability(a: &Answers) -> Placed {
    // GSS harmonised standard: disabled = a long-term condition that limits day-to-day life.
    match (
        a.long_term_condition.as_deref(),
        a.condition_impact.as_deref(),
    ) {
        (Some(PREFER_NOT), _) | (Some("yes"), Some(PREFER_NOT)) => Placed::PreferNot,
        (Some("yes"), Some("a_lot" | "a_little")) => Placed::Group(0),
        (Some("no"), _) | (Some("yes"), Some("not_at_all")) => Placed::Group(1),
        _ => Placed::NotAnswered,
    }
}

pub const CATEGORIES: &[Category] = &[
    Category {
        key: "age",
        groups: &["16-24", "25-44", "45-64", "65-74", "75-84", "85+"],
        place: |a| match a.age_band.as_deref() {
            Some("0_15") => Placed::Outside,
            _ => by_value(
                &a.age_band,
                &[
                    &["16_24"],
                    &["25_44"],
                    &["45_64"],
                    &["65_74"],
                    &["75_84"],
                    &["85_plus"],
                ],
            ),
        },
    },
    Category {
        key: "sex",
        groups: &["Female", "Male"],
        place: |a| by_value(&a.sex, &[&["female"], &["male"]]),
    },
    Category {
        key: "gender_identity",
        groups: &[
            "Same as sex registered at birth",
            "Different from sex registered at birth",
        ],
        place: |a| by_value(&a.gender_same_as_birth, &[&["yes"], &["no"]]),
    },
    Category {
        key: "sexual_orientation",
        groups: &[
            "Straight or Heterosexual",
            "Gay or Lesbian",
            "Bisexual",
            "All other sexual orientations",
        ],
        place: |a| {
            by_value(
                &a.sexual_orientation,
                &[&["straight"], &["gay_lesbian"], &["bisexual"], &["other"]],
            )
        },
    },
    Category {
        key: "ethnic_group",
        groups: &[
            "Asian, Asian British or Asian Welsh",
            "Black, Black British, Black Welsh, Caribbean or African",
            "Mixed or Multiple ethnic groups",
            "White",
            "Other ethnic group",
        ],
        place: |a| match a.ethnic_group.as_deref() {
            None => Placed::NotAnswered,
            Some(PREFER_NOT) => Placed::PreferNot,
            Some(e) => ["asian_", "black_", "mixed_", "white_", "other_"]
                .iter()
                .position(|prefix| e.starts_with(prefix))
                .map_or(Placed::NotAnswered, Placed::Group),
        },
    },
    Category {
        key: "religion",
        groups: &[
            "No religion",
            "Christian",
            "Buddhist",
            "Hindu",
            "Jewish",
            "Muslim",
            "Sikh",
            "Other religion",
        ],
        place: |a| {
            by_value(
                &a.religion,
                &[
                    &["none"],
                    &["christian"],
                    &["buddhist"],
                    &["hindu"],
                    &["jewish"],
                    &["muslim"],
                    &["sikh"],
                    &["other"],
                ],
            )
        },
    },
    Category {
        key: "disability",
        groups: &[
            "Disabled under the Equality Act",
            "Not disabled under the Equality Act",
        ],
        place: disability,
    },
    Category {
        key: "unpaid_care",
        groups: &[
            "Provides no unpaid care",
            "Provides 19 hours or less a week",
            "Provides 20 to 49 hours a week",
            "Provides 50 or more hours a week",
        ],
        place: |a| {
            by_value(
                &a.unpaid_care,
                &[
                    &["no"],
                    &["9_or_less", "10_19"],
                    &["20_34", "35_49"],
                    &["50_plus"],
                ],
            )
        },
    },
];

/// One line of a category's table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub count: Shown,
    /// Share of the people who answered, only where the count itself is shown.
    pub share: Option<f64>,
    /// Share of the population (census groups only).
    pub population: Option<f64>,
    pub under: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub category: &'static str,
    /// The census groups, then "prefer not to say" and "not answered".
    pub rows: Vec<Row>,
    pub total: Shown,
}

impl Table {
    pub fn under_represented(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rows.iter().filter(|r| r.under).map(|r| r.label)
    }
}

pub const PREFER_NOT_LABEL: &str = "Prefer not to say";
pub const NOT_ANSWERED_LABEL: &str = "Not answered";

/// Compares `people` with the population. `population(category)` gives the weight of each
/// census group by its census name (groups it does not give are left without a share).
pub fn compare(
    people: &[Answers],
    population: &dyn Fn(&str) -> Vec<(String, f64)>,
    threshold: u64,
) -> Vec<Table> {
    CATEGORIES
        .iter()
        .map(|category| table(category, people, &population(category.key), threshold))
        .collect()
}

fn table(
    category: &Category,
    people: &[Answers],
    population: &[(String, f64)],
    threshold: u64,
) -> Table {
    let groups = category.groups.len();
    let mut counts = vec![0u64; groups + 2];
    for person in people {
        match (category.place)(person) {
            Placed::Group(g) => counts[g] += 1,
            Placed::PreferNot => counts[groups] += 1,
            Placed::NotAnswered => counts[groups + 1] += 1,
            Placed::Outside => {}
        }
    }
    let answered: u64 = counts[..groups].iter().sum();
    let weight = |label: &str| population.iter().find(|(v, _)| v == label).map(|(_, w)| *w);
    let known: f64 = category.groups.iter().filter_map(|g| weight(g)).sum();
    // The page says how many people took part, so each line's total is known.
    let shown = with_known_total(&counts, threshold);
    // A share beside a count gives away how many answered, and with it the sum of the hidden
    // groups: shares only when every group is shown.
    let groups_shown = shown.cells[..groups].iter().all(|c| !c.is_hidden());
    let labels = category
        .groups
        .iter()
        .copied()
        .chain([PREFER_NOT_LABEL, NOT_ANSWERED_LABEL]);
    let mut rows = labels
        .zip(&counts)
        .zip(&shown.cells)
        .enumerate()
        .map(|(i, ((label, &count), &cell))| {
            let in_census = i < groups;
            let population = weight(label)
                .filter(|_| in_census && known > 0.0)
                .map(|w| w / known);
            let share = (in_census && answered > 0).then(|| count as f64 / answered as f64);
            let under = match (share, population) {
                (Some(s), Some(p)) => s < p * UNDER && answered as f64 * p >= EXPECTED_AT_LEAST,
                _ => false,
            };
            Row {
                label,
                count: cell,
                share: share.filter(|_| groups_shown),
                population,
                under,
            }
        })
        .collect::<Vec<_>>();
    // A flag on a hidden count bounds it from above (fewer than the share expected); flags go
    // where a reader could then work a hidden count out. How many answered is known to them
    // only through the shares, which show only when every group does.
    let flags: Vec<Option<u64>> = rows
        .iter()
        .map(|r| {
            let bound = r.population? * UNDER * answered as f64;
            r.under.then(|| (bound.ceil() as u64).saturating_sub(1))
        })
        .collect();
    let whole = 0..groups + 2;
    let parts = if groups_shown {
        vec![0..groups, groups..groups + 2]
    } else {
        std::iter::once(whole).collect()
    };
    let keep = flags_to_keep(&counts, &shown.cells, &flags, &parts, threshold);
    for (row, keep) in rows.iter_mut().zip(keep) {
        row.under = row.under && keep;
    }
    Table {
        category: category.key,
        rows,
        total: shown.total,
    }
}

#[cfg(test)]
mod tests;
