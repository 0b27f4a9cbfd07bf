//! The frameworks an organisation rates itself against, shipped as data: seed 002's 4PI
//! (principles, purpose, presence, process, impact), SCIE's whole-system jigsaw (culture,
//! structure, practice, review; seeds 001 and 003), and the Principles of Engagement (seed
//! 000). Statements are in our own plain words, since involved people rate them too; where
//! Withus has a figure that speaks to one, `measure` names it (reports::annual::MEASURES).

pub struct Statement {
    pub key: &'static str,
    pub text: &'static str,
    pub measure: Option<&'static str>,
}

pub struct Part {
    pub key: &'static str,
    pub name: &'static str,
    pub statements: &'static [Statement],
}

pub struct Framework {
    pub key: &'static str,
    pub name: &'static str,
    pub about: &'static str,
    pub parts: &'static [Part],
}

/// The scale's names, for staff; involved people see the same scale in everyday words
/// (`rating-…-plain`).
pub const RATINGS: &[(&str, &str)] = &[
    ("not_started", "rating-not-started"),
    ("developing", "rating-developing"),
    ("established", "rating-established"),
    ("embedded", "rating-embedded"),
];

/// 1 for not started to 4 for embedded.
pub fn score(rating: &str) -> Option<f64> {
    RATINGS
        .iter()
        .position(|(r, _)| *r == rating)
        .map(|p| p as f64 + 1.0)
}

const fn s(key: &'static str, text: &'static str) -> Statement {
    Statement {
        key,
        text,
        measure: None,
    }
}

const fn m(key: &'static str, text: &'static str, measure: &'static str) -> Statement {
    Statement {
        key,
        text,
        measure: Some(measure),
    }
}

pub const FRAMEWORKS: &[Framework] = &[
    Framework {
        key: "4pi",
        name: "The five Ps: principles, purpose, presence, process and impact",
        about: "From a guide to involving people in social work.",
        parts: &[
            Part {
                key: "principles",
                name: "Principles",
                statements: &[
                    s(
                        "listen",
                        "We listen to people who use services and to carers, with respect.",
                    ),
                    s("fair", "Everyone has a fair chance to take part."),
                    s(
                        "power",
                        "We are honest that staff have more power, and we share it.",
                    ),
                    s("clear", "We are clear and open from the start."),
                ],
            },
            Part {
                key: "purpose",
                name: "Purpose",
                statements: &[
                    s("agreed", "We agree why we involve people before we start."),
                    s("roles", "Each person knows what their part is."),
                    s(
                        "outcomes",
                        "We write down what we hope will change, at the start.",
                    ),
                    s(
                        "limits",
                        "We say what people can change and what they cannot.",
                    ),
                ],
            },
            Part {
                key: "presence",
                name: "Presence",
                statements: &[
                    m(
                        "diverse",
                        "People from many different groups take part.",
                        "under_represented",
                    ),
                    s("levels", "People take part at every level, up to the top."),
                    m(
                        "two",
                        "At least two people who use services or carers come to each meeting where we decide things.",
                        "decision_meetings_with_two",
                    ),
                    m(
                        "monitoring",
                        "We check who takes part and who is missing.",
                        "people_involved",
                    ),
                ],
            },
            Part {
                key: "process",
                name: "Process",
                statements: &[
                    s("ways", "There are different ways to take part."),
                    s("recruitment", "We choose people in a fair and open way."),
                    m(
                        "papers",
                        "We send papers well before meetings.",
                        "papers_in_advance",
                    ),
                    s("jargon", "We do not use hard words, or we explain them."),
                    m(
                        "payment",
                        "We pay people quickly and clearly.",
                        "median_days_to_pay",
                    ),
                    s(
                        "support",
                        "We give support and training to people who take part.",
                    ),
                ],
            },
            Part {
                key: "impact",
                name: "Impact",
                statements: &[
                    m(
                        "feedback",
                        "We tell people what happened because of what they said.",
                        "feedback_on_time",
                    ),
                    m(
                        "changes",
                        "We can show what changed because people took part.",
                        "changes_made",
                    ),
                    s("cycle", "We look back, learn and do better next time."),
                ],
            },
        ],
    },
    Framework {
        key: "jigsaw",
        name: "The jigsaw: culture, structure, practice and review",
        about: "From a guide on how to make services with people.",
        parts: &[
            Part {
                key: "culture",
                name: "Culture",
                statements: &[
                    s(
                        "ethos",
                        "Everyone here believes that involving people matters.",
                    ),
                    s("valued", "People who take part feel valued and welcome."),
                ],
            },
            Part {
                key: "structure",
                name: "Structure",
                statements: &[
                    s(
                        "planning",
                        "Involving people is planned, with money and staff for it.",
                    ),
                    s(
                        "champions",
                        "We have named people who lead on involving people.",
                    ),
                ],
            },
            Part {
                key: "practice",
                name: "Practice",
                statements: &[
                    s("methods", "We work in ways that help people take part."),
                    m(
                        "reach",
                        "We reach out to groups we do not hear from.",
                        "under_represented",
                    ),
                ],
            },
            Part {
                key: "review",
                name: "Review",
                statements: &[
                    m(
                        "evidence",
                        "We check what changed because people took part.",
                        "changes_made",
                    ),
                    s(
                        "shared",
                        "We share what we learn across the whole organisation.",
                    ),
                ],
            },
        ],
    },
    Framework {
        key: "principles",
        name: "Eight principles",
        about: "Eight ideas for working well with people.",
        parts: &[Part {
            key: "all",
            name: "The eight principles",
            statements: &[
                s(
                    "achievement",
                    "We work with people to remove what stops them taking part.",
                ),
                s("change", "We are open to new ways of working."),
                s("choice", "People decide where and how they take part."),
                s(
                    "commitment",
                    "Our leaders show that they welcome people's voices.",
                ),
                s(
                    "integrity",
                    "We value what people bring from their own lives.",
                ),
                s("respect", "We treat people as we would like to be treated."),
                s(
                    "transparent",
                    "We share power and are open about how we work.",
                ),
                s(
                    "difference",
                    "We respect each person and challenge unfair views.",
                ),
            ],
        }],
    },
];

pub fn framework(key: &str) -> Option<&'static Framework> {
    FRAMEWORKS.iter().find(|f| f.key == key)
}

/// "4pi.presence.two": how a rating names its statement.
pub fn statement_key(framework: &Framework, part: &Part, statement: &Statement) -> String {
    format!("{}.{}.{}", framework.key, part.key, statement.key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_has_its_own_key_and_a_known_measure() {
        let mut keys = std::collections::HashSet::new();
        for f in FRAMEWORKS {
            for p in f.parts {
                for st in p.statements {
                    assert!(keys.insert(statement_key(f, p, st)), "{}", st.key);
                    if let Some(measure) = st.measure {
                        assert!(
                            crate::reports::annual::MEASURES
                                .iter()
                                .any(|(k, _)| *k == measure),
                            "{measure}"
                        );
                    }
                }
            }
        }
        assert_eq!(framework("4pi").map(|f| f.parts.len()), Some(5));
        assert_eq!(
            framework("principles").map(|f| f.parts[0].statements.len()),
            Some(8)
        );
    }

    #[test]
    fn ratings_score_one_to_four() {
        assert_eq!(score("not_started"), Some(1.0));
        assert_eq!(score("embedded"), Some(4.0));
        assert_eq!(score("made_up"), None);
    }
}
