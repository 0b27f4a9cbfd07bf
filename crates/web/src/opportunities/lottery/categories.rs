//! What a quota can be about: the person's role in the register, or an equality category
//! coded the way the census publishes it. Equality values count only for people who agreed
//! to their use in selection; everyone else is "not known" and never held to a quota.

use withus_reports::suppress::{Shown, Suppressed};

use withus_db::entities::{equality_answer, person};

use crate::equality::questions::{AGE_BANDS, age_band};
use crate::people::vocab::{INVOLVEMENT_ROLES, Vocab};

pub const NOT_KNOWN: &str = "not_known";

pub struct QuotaCategory {
    pub name: &'static str,
    pub label: &'static str,
    pub values: Vocab,
    /// Special category data: counted only with consent, shown only as suppressed counts.
    pub equality: bool,
}

pub const CATEGORIES: &[QuotaCategory] = &[
    QuotaCategory {
        name: "involvement_role",
        label: "quota-cat-role",
        values: INVOLVEMENT_ROLES,
        equality: false,
    },
    QuotaCategory {
        name: "age_band",
        label: "quota-cat-age",
        values: ADULT_AGE_BANDS,
        equality: true,
    },
    QuotaCategory {
        name: "sex",
        label: "quota-cat-sex",
        values: &[("female", "eq-female"), ("male", "eq-male")],
        equality: true,
    },
    QuotaCategory {
        name: "ethnic_group",
        label: "quota-cat-ethnic",
        values: &[
            ("asian", "quota-eth-asian"),
            ("black", "quota-eth-black"),
            ("mixed", "quota-eth-mixed"),
            ("white", "quota-eth-white"),
            ("other", "quota-eth-other"),
        ],
        equality: true,
    },
    QuotaCategory {
        name: "disability",
        label: "quota-cat-disability",
        values: &[
            ("disabled", "quota-disabled"),
            ("not_disabled", "quota-not-disabled"),
        ],
        equality: true,
    },
    QuotaCategory {
        name: "unpaid_care",
        label: "quota-cat-care",
        values: &[("no", "quota-care-no"), ("yes", "quota-care-yes")],
        equality: true,
    },
];

/// Adults only: panels are for people aged 16 and over.
const ADULT_AGE_BANDS: Vocab = AGE_BANDS.split_at(1).1;

pub fn category(name: &str) -> Option<&'static QuotaCategory> {
    CATEGORIES.iter().find(|c| c.name == name)
}

/// The person's value in `category`: their register role, or a census-coded equality value
/// from `answers` when they consented (`answers` is `None` without consent).
pub fn value_of(
    category: &QuotaCategory,
    person: &person::Model,
    answers: Option<&equality_answer::Model>,
    this_year: i32,
) -> &'static str {
    let known = |v: &str| {
        category
            .values
            .iter()
            .find(|(name, _)| *name == v)
            .map_or(NOT_KNOWN, |(name, _)| name)
    };
    if !category.equality {
        return known(&person.involvement_role);
    }
    let Some(a) = answers else { return NOT_KNOWN };
    fn answer(v: &Option<String>) -> &str {
        v.as_deref().unwrap_or("")
    }
    match category.name {
        "age_band" => match (&a.age_band, a.birth_year) {
            (Some(band), _) => known(band),
            (None, Some(year)) => known(age_band(year, this_year)),
            _ => NOT_KNOWN,
        },
        "sex" => known(answer(&a.sex)),
        "ethnic_group" => known(answer(&a.ethnic_group).split('_').next().unwrap_or("")),
        "disability" => match (answer(&a.long_term_condition), answer(&a.condition_impact)) {
            ("yes", "a_lot" | "a_little") => "disabled",
            ("no", _) | ("yes", "not_at_all") => "not_disabled",
            _ => NOT_KNOWN,
        },
        "unpaid_care" => match answer(&a.unpaid_care) {
            "no" => "no",
            "" | crate::equality::questions::PREFER_NOT => NOT_KNOWN,
            _ => "yes",
        },
        _ => NOT_KNOWN,
    }
}

/// Counts as shown to a coordinator: the same suppression as every report of people
/// (`withus_reports::suppress`), cells and total decided together, so no hidden count can be
/// worked out from the others and what the total says.
pub fn suppress(counts: &[usize], below: usize) -> Suppressed {
    let counts: Vec<u64> = counts.iter().map(|&n| n as u64).collect();
    withus_reports::suppress::suppress(&counts, below as u64)
}

/// One category's counts of the pool as the quotas page shows them: each count (`None` when
/// nothing may be said of it) and the total, equality categories only.
#[derive(Debug, PartialEq, Eq)]
pub struct PoolLine {
    pub cells: Vec<Option<Shown>>,
    pub total: Option<Shown>,
}

/// The pool's size is no secret from a coordinator (the draw page gives it, and the list of
/// people interested), so it is the total of every line whatever the line shows. Where the
/// suppression has to withhold the total, the hidden counts would be pinned by it, and the
/// line shows none of its counts.
pub fn pool_line(counts: &[usize], equality: bool, below: usize) -> PoolLine {
    if !equality {
        return PoolLine {
            cells: counts
                .iter()
                .map(|&n| Some(Shown::Count(n as u64)))
                .collect(),
            total: None,
        };
    }
    let line = suppress(counts, below);
    let pinned = line.total == Shown::Withheld;
    PoolLine {
        cells: line
            .cells
            .into_iter()
            .map(|cell| (!pinned).then_some(cell))
            .collect(),
        total: Some(line.total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_small_count_takes_the_next_smallest_with_it() {
        use Shown::{Count, FewerThan, Withheld};
        let line = suppress(&[12, 3, 40, 7], 5);
        assert_eq!(line.cells, [Count(12), FewerThan, Count(40), Withheld]);
        assert_eq!(line.total, Count(62));
        let line = suppress(&[12, 3, 2, 7], 5);
        assert_eq!(line.cells, [Count(12), FewerThan, FewerThan, Count(7)]);
        assert_eq!(line.total, Count(24));
        // Nobody is a small number too.
        let line = suppress(&[12, 0, 8], 5);
        assert_eq!(line.cells, [Count(12), FewerThan, Withheld]);
        assert_eq!(line.total, Count(20));
    }

    #[test]
    fn no_hidden_count_can_be_worked_out_from_a_total_that_is_shown() {
        for a in 0..8 {
            for b in 0..8 {
                for c in 0..8 {
                    let line = suppress(&[a, b, c, 20], 5);
                    let hidden = line.cells.iter().filter(|s| s.is_hidden()).count();
                    match line.total {
                        Shown::Count(n) => {
                            assert_eq!(n, (a + b + c + 20) as u64);
                            assert_ne!(hidden, 1, "{a} {b} {c}");
                        }
                        _ => assert_eq!(hidden, 4, "only a line hidden whole loses its total"),
                    }
                }
            }
        }
    }

    #[test]
    fn a_pool_that_would_pin_its_counts_shows_none_of_them() {
        // Five who all said female; twelve split four, four and four. Beside the pool's size
        // "withheld" is at least 5 and three times "fewer than 5" at most 12.
        for counts in [[5, 0, 0], [4, 4, 4]] {
            let line = suppress(&counts, 5);
            assert_eq!(line.total, Shown::Withheld, "{counts:?}");
            let shown = pool_line(&counts, true, 5);
            let nothing: [Option<Shown>; 3] = [None; 3];
            assert_eq!(shown.cells, nothing, "{counts:?}");
            assert_eq!(shown.total, Some(Shown::Withheld));
        }
        let shown = pool_line(&[13, 7, 0], true, 5);
        assert_eq!(
            shown.cells,
            [
                Some(Shown::Count(13)),
                Some(Shown::Withheld),
                Some(Shown::FewerThan)
            ]
        );
        assert_eq!(shown.total, Some(Shown::Count(20)));
        // Roles are not special category data: shown as they are, with no total of their own.
        let roles = pool_line(&[3, 0], false, 5);
        assert_eq!(roles.cells, [Some(Shown::Count(3)), Some(Shown::Count(0))]);
        assert_eq!(roles.total, None);
    }

    #[test]
    fn adults_only() {
        assert_eq!(ADULT_AGE_BANDS[0].0, "16_24");
        assert_eq!(ADULT_AGE_BANDS.len(), 6);
    }
}
