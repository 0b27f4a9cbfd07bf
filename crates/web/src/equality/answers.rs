//! The equality form as typed: one answer per question, the year of birth and the consent,
//! read back and checked, and its fields.

use withus_db::entities::{consent, equality_answer};

use crate::kit::components::{ChoiceKind, Choices, Fieldset, Input, render};
use crate::kit::equality_questions::{PREFER_NOT, QUESTIONS, accepts};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};

pub(super) const HOW: &[(&str, &str)] = &[
    ("online", "how-online"),
    ("paper", "how-paper"),
    ("phone", "how-phone"),
    ("in_person", "how-in-person"),
];

/// What the form holds: one value per question, the year of birth, and consent.
#[derive(Default)]
pub(super) struct Answers {
    pub(super) values: Vec<(&'static str, String)>,
    pub(super) birth_year: String,
    pub(super) consent: bool,
    pub(super) how: String,
}

impl Answers {
    pub(super) fn from_form(form: &FormData) -> Self {
        Answers {
            values: QUESTIONS
                .iter()
                .map(|q| (q.name, form.one(q.name)))
                .collect(),
            birth_year: form.one("birth_year"),
            consent: form.one("consent") == "yes",
            how: form.one("how"),
        }
    }

    pub(super) fn from_stored(
        row: Option<&equality_answer::Model>,
        consent: Option<&consent::Model>,
    ) -> Self {
        let value = |name: &str| -> String {
            let Some(r) = row else { return String::new() };
            let stored = match name {
                "age_band" => &r.age_band,
                "sex" => &r.sex,
                "gender_same_as_birth" => &r.gender_same_as_birth,
                "sexual_orientation" => &r.sexual_orientation,
                "ethnic_group" => &r.ethnic_group,
                "religion" => &r.religion,
                "long_term_condition" => &r.long_term_condition,
                "condition_impact" => &r.condition_impact,
                _ => &r.unpaid_care,
            };
            stored.clone().unwrap_or_default()
        };
        Answers {
            values: QUESTIONS.iter().map(|q| (q.name, value(q.name))).collect(),
            birth_year: row
                .and_then(|r| r.birth_year)
                .map(|y| y.to_string())
                .unwrap_or_default(),
            consent: consent.is_some(),
            how: consent.map(|c| c.how.clone()).unwrap_or_default(),
        }
    }

    pub(super) fn get(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub(super) fn check(&self, this_year: i32) -> Result<Option<i32>, Errors> {
        let mut errors = Errors::default();
        for question in QUESTIONS {
            let value = self.get(question.name);
            if !value.is_empty() && !accepts(question, value) {
                errors.add(question.name, t("error-equality-answer"));
            }
        }
        let birth_year = match self.birth_year.as_str() {
            "" => None,
            typed => match typed.parse::<i32>() {
                Ok(year) if (1900..=this_year).contains(&year) => Some(year),
                _ => {
                    errors.add(
                        "birth_year",
                        t_args("error-birth-year", &[("year", &this_year.to_string())]),
                    );
                    None
                }
            },
        };
        if self.consent && !HOW.iter().any(|(v, _)| *v == self.how) {
            errors.add("how", t("error-consent-how"));
        }
        if errors.is_empty() {
            Ok(birth_year)
        } else {
            Err(errors)
        }
    }

    pub(super) fn fields(&self, errors: &Errors) -> Vec<String> {
        let mut fields = vec![render(
            &Input::new("birth_year", t("eq-birth-year"))
                .hint(t("eq-birth-year-hint"))
                .value(&self.birth_year)
                .classes("govuk-input--width-4")
                .error(errors.get("birth_year")),
        )];
        let prefer_not = t("prefer-not-to-say");
        for question in QUESTIONS {
            let options: Vec<(&str, String)> =
                question.answers.iter().map(|(v, k)| (*v, t(k))).collect();
            let mut pairs: Vec<(&str, &str)> =
                options.iter().map(|(v, l)| (*v, l.as_str())).collect();
            pairs.push((PREFER_NOT, prefer_not.as_str()));
            let fieldset = Fieldset::legend(t(question.legend), "govuk-fieldset__legend--s", false);
            let mut choices = Choices::new(
                ChoiceKind::Radios,
                question.name,
                fieldset,
                &pairs,
                &[self.get(question.name)],
            );
            choices.classes = Some("govuk-radios--small".into());
            fields.push(render(&choices.error(errors.get(question.name))));
        }
        let consent_label = t("eq-consent-label");
        fields.push(render(
            &Choices::checkboxes(
                "consent",
                Fieldset::legend(t("eq-consent-legend"), "govuk-fieldset__legend--m", false),
                &[("yes", consent_label.as_str())],
                if self.consent { &["yes"] } else { &[] },
            )
            .hint(t("eq-consent-hint")),
        ));
        let how: Vec<(&str, String)> = HOW.iter().map(|(v, k)| (*v, t(k))).collect();
        let how_pairs: Vec<(&str, &str)> = how.iter().map(|(v, l)| (*v, l.as_str())).collect();
        fields.push(render(
            &Choices::radios(
                "how",
                Fieldset::legend(t("eq-consent-how"), "govuk-fieldset__legend--s", false),
                &how_pairs,
                &[self.how.as_str()],
            )
            .error(errors.get("how")),
        ));
        fields
    }
}
