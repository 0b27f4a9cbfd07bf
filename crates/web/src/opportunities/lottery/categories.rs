//! What a quota can be about: the person's role in the register, or an equality category
//! coded the way the census publishes it. Equality values count only for people who agreed
//! to their use in selection; everyone else is "not known" and never held to a quota.

use withus_reports::suppress::Shown;

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
/// (`withus_reports::suppress`), so no hidden count can be worked out from the others.
pub fn suppress(counts: &[usize], below: usize) -> Vec<Shown> {
    let counts: Vec<u64> = counts.iter().map(|&n| n as u64).collect();
    withus_reports::suppress::suppress(&counts, below as u64).cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_small_count_takes_the_next_smallest_with_it() {
        use Shown::{Count, FewerThan, Withheld};
        assert_eq!(
            suppress(&[12, 3, 40, 7], 5),
            vec![Count(12), FewerThan, Count(40), Withheld]
        );
        assert_eq!(
            suppress(&[12, 3, 2, 7], 5),
            vec![Count(12), FewerThan, FewerThan, Count(7)]
        );
        // Nobody is a small number too.
        assert_eq!(
            suppress(&[12, 0, 8], 5),
            vec![Count(12), FewerThan, Withheld]
        );
    }

    #[test]
    fn no_hidden_count_can_be_worked_out_from_the_total() {
        // For every small table, the hidden cells always come in twos or more.
        for a in 0..8 {
            for b in 0..8 {
                for c in 0..8 {
                    let shown = suppress(&[a, b, c, 20], 5);
                    let hidden = shown.iter().filter(|s| s.is_hidden()).count();
                    assert_ne!(hidden, 1, "{a} {b} {c}");
                }
            }
        }
    }

    #[test]
    fn adults_only() {
        assert_eq!(ADULT_AGE_BANDS[0].0, "16_24");
        assert_eq!(ADULT_AGE_BANDS.len(), 6);
    }
}
