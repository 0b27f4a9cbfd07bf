//! The questions and their answers (shared/data/README.md: Census 2021 ethnic groups, GSS
//! disability questions, unpaid care bands, sex, gender identity, sexual orientation, religion).

use crate::kit::vocab::Vocab;

pub const PREFER_NOT: &str = "prefer_not_to_say";

pub struct Question {
    /// The form field and the stored column.
    pub name: &'static str,
    pub legend: &'static str,
    pub answers: Vocab,
}

pub const AGE_BANDS: Vocab = &[
    ("0_15", "age-0-15"),
    ("16_24", "age-16-24"),
    ("25_44", "age-25-44"),
    ("45_64", "age-45-64"),
    ("65_74", "age-65-74"),
    ("75_84", "age-75-84"),
    ("85_plus", "age-85-plus"),
];

pub const QUESTIONS: &[Question] = &[
    Question {
        name: "age_band",
        legend: "eq-age-band",
        answers: AGE_BANDS,
    },
    Question {
        name: "sex",
        legend: "eq-sex",
        answers: &[("female", "eq-female"), ("male", "eq-male")],
    },
    Question {
        name: "gender_same_as_birth",
        legend: "eq-gender-same",
        answers: &[("yes", "eq-yes"), ("no", "eq-no")],
    },
    Question {
        name: "sexual_orientation",
        legend: "eq-orientation",
        answers: &[
            ("straight", "eq-straight"),
            ("gay_lesbian", "eq-gay-lesbian"),
            ("bisexual", "eq-bisexual"),
            ("other", "eq-other-orientation"),
        ],
    },
    Question {
        name: "ethnic_group",
        legend: "eq-ethnic-group",
        answers: &[
            ("asian_bangladeshi", "eth-asian-bangladeshi"),
            ("asian_chinese", "eth-asian-chinese"),
            ("asian_indian", "eth-asian-indian"),
            ("asian_pakistani", "eth-asian-pakistani"),
            ("asian_other", "eth-asian-other"),
            ("black_african", "eth-black-african"),
            ("black_caribbean", "eth-black-caribbean"),
            ("black_other", "eth-black-other"),
            ("mixed_white_asian", "eth-mixed-white-asian"),
            ("mixed_white_black_african", "eth-mixed-white-black-african"),
            (
                "mixed_white_black_caribbean",
                "eth-mixed-white-black-caribbean",
            ),
            ("mixed_other", "eth-mixed-other"),
            ("white_british", "eth-white-british"),
            ("white_irish", "eth-white-irish"),
            ("white_gypsy_traveller", "eth-white-gypsy-traveller"),
            ("white_roma", "eth-white-roma"),
            ("white_other", "eth-white-other"),
            ("other_arab", "eth-other-arab"),
            ("other_any", "eth-other-any"),
        ],
    },
    Question {
        name: "religion",
        legend: "eq-religion",
        answers: &[
            ("none", "rel-none"),
            ("christian", "rel-christian"),
            ("buddhist", "rel-buddhist"),
            ("hindu", "rel-hindu"),
            ("jewish", "rel-jewish"),
            ("muslim", "rel-muslim"),
            ("sikh", "rel-sikh"),
            ("other", "rel-other"),
        ],
    },
    Question {
        name: "long_term_condition",
        legend: "eq-condition",
        answers: &[("yes", "eq-yes"), ("no", "eq-no")],
    },
    Question {
        name: "condition_impact",
        legend: "eq-impact",
        answers: &[
            ("a_lot", "eq-a-lot"),
            ("a_little", "eq-a-little"),
            ("not_at_all", "eq-not-at-all"),
        ],
    },
    Question {
        name: "unpaid_care",
        legend: "eq-unpaid-care",
        answers: &[
            ("no", "care-no"),
            ("9_or_less", "care-9-or-less"),
            ("10_19", "care-10-19"),
            ("20_34", "care-20-34"),
            ("35_49", "care-35-49"),
            ("50_plus", "care-50-plus"),
        ],
    },
];

/// Whether `value` is an answer to `question`: one of its own, or "prefer not to say".
pub fn accepts(question: &Question, value: &str) -> bool {
    value == PREFER_NOT || question.answers.iter().any(|(v, _)| *v == value)
}

/// The age band for someone born in `birth_year`, in `year` (their age then, at the latest).
pub fn age_band(birth_year: i32, year: i32) -> &'static str {
    match year - birth_year {
        ..=15 => "0_15",
        16..=24 => "16_24",
        25..=44 => "25_44",
        45..=64 => "45_64",
        65..=74 => "65_74",
        75..=84 => "75_84",
        _ => "85_plus",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_takes_prefer_not_to_say_and_nothing_made_up() {
        for question in QUESTIONS {
            assert!(accepts(question, PREFER_NOT), "{}", question.name);
            assert!(!accepts(question, "made_up"), "{}", question.name);
        }
        let ethnic = QUESTIONS.iter().find(|q| q.name == "ethnic_group").unwrap();
        assert_eq!(ethnic.answers.len(), 19, "the 19 Census 2021 categories");
    }

    #[test]
    fn age_bands_follow_the_census() {
        assert_eq!(age_band(2000, 2026), "25_44");
        assert_eq!(age_band(2002, 2026), "16_24");
        assert_eq!(age_band(1941, 2026), "85_plus");
        assert_eq!(age_band(1961, 2026), "65_74");
    }
}
