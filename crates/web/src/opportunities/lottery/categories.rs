//! What a quota can be about: the person's role in the register, or an equality category
//! coded the way the census publishes it. Equality values count only for people who agreed
//! to their use in selection; everyone else is "not known" and never held to a quota.

use withus_reports::suppress::{Shown, Suppressed};

use withus_db::entities::{equality_answer, person};

use crate::kit::equality_questions::{AGE_BANDS, age_band};
use crate::kit::vocab::{INVOLVEMENT_ROLES, Vocab};

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
            "" | crate::kit::equality_questions::PREFER_NOT => NOT_KNOWN,
            _ => "yes",
        },
        _ => NOT_KNOWN,
    }
}

/// Counts as shown to a coordinator: the same suppression as every report of people
/// (`withus_reports::suppress`). The pool's size is no secret from a coordinator (the draw page
/// gives it, and the list of people interested), so every line's total counts as known: where
/// hiding every count would still leave them pinned by it (5 people all women; 4, 4 and 4 of
/// 12), the line shows none of its counts.
pub fn suppress(counts: &[usize], below: usize) -> Suppressed {
    let counts: Vec<u64> = counts.iter().map(|&n| n as u64).collect();
    withus_reports::suppress::with_known_total(&counts, below as u64)
}

/// One category's counts of the pool as the quotas page shows them, with the total for
/// equality categories only (roles are not special category data and are shown as they are).
#[derive(Debug, PartialEq, Eq)]
pub struct PoolLine {
    pub cells: Vec<Shown>,
    pub total: Option<Shown>,
}

pub fn pool_line(counts: &[usize], equality: bool, below: usize) -> PoolLine {
    if !equality {
        return PoolLine {
            cells: counts.iter().map(|&n| Shown::Count(n as u64)).collect(),
            total: None,
        };
    }
    let line = suppress(counts, below);
    PoolLine {
        cells: line.cells,
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
    fn no_hidden_count_can_be_worked_out_beside_the_pool_size() {
        for a in 0..8 {
            for b in 0..8 {
                for c in 0..8 {
                    let line = suppress(&[a, b, c, 20], 5);
                    assert_eq!(line.total, Shown::Count((a + b + c + 20) as u64));
                    let hidden = line.cells.iter().filter(|s| s.is_hidden()).count();
                    assert_ne!(hidden, 1, "{a} {b} {c}");
                }
            }
        }
    }

    #[test]
    fn a_pool_that_would_pin_its_counts_shows_none_of_them() {
        // Five who all said female; twelve split four, four and four. Beside the pool's size
        // "withheld" is at least 5 and three times "fewer than 5" at most 12.
        for (counts, size) in [([5, 0, 0], 5), ([4, 4, 4], 12)] {
            let shown = pool_line(&counts, true, 5);
            assert_eq!(shown.cells, [Shown::NotShown; 3], "{counts:?}");
            assert_eq!(shown.total, Some(Shown::Count(size)));
        }
        let shown = pool_line(&[13, 7, 0], true, 5);
        assert_eq!(
            shown.cells,
            [Shown::Count(13), Shown::Withheld, Shown::FewerThan]
        );
        assert_eq!(shown.total, Some(Shown::Count(20)));
        // Roles are not special category data: shown as they are, with no total of their own.
        let roles = pool_line(&[3, 0], false, 5);
        assert_eq!(roles.cells, [Shown::Count(3), Shown::Count(0)]);
        assert_eq!(roles.total, None);
    }

    #[test]
    fn adults_only() {
        assert_eq!(ADULT_AGE_BANDS[0].0, "16_24");
        assert_eq!(ADULT_AGE_BANDS.len(), 6);
    }
}
