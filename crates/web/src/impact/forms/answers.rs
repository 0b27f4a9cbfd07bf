//! The questionnaire's form: one person's answers as typed, read back, checked and shown as
//! plain HTML radios and text areas, so it works without JavaScript.

use withus_db::entities::evaluation_answer;

use crate::impact::questionnaire::QUESTIONS;
use crate::kit::components::{Choices, Fieldset, Textarea, render};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};

const SCALE: [(&str, &str); 6] = [
    ("5", "rating-5"),
    ("4", "rating-4"),
    ("3", "rating-3"),
    ("2", "rating-2"),
    ("1", "rating-1"),
    ("0", "rating-none"),
];

/// One person's answers as typed: a rating ("1" to "5", "0" for rather not say) and words.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    pub ratings: [String; 5],
    pub words: [String; 5],
}

impl Answers {
    pub fn from_data(data: &FormData) -> Self {
        let mut answers = Answers::default();
        for n in 0..5 {
            answers.ratings[n] = data.one(&format!("rating_{}", n + 1));
            answers.words[n] = data.one(&format!("words_{}", n + 1)).trim().to_owned();
        }
        answers
    }

    pub fn from_row(row: &evaluation_answer::Model) -> Self {
        let ratings = [
            row.rating_1,
            row.rating_2,
            row.rating_3,
            row.rating_4,
            row.rating_5,
        ];
        let words = [
            &row.words_1,
            &row.words_2,
            &row.words_3,
            &row.words_4,
            &row.words_5,
        ];
        Answers {
            ratings: ratings.map(|r| r.map_or("0".into(), |r| r.to_string())),
            words: words.map(|w| w.clone().unwrap_or_default()),
        }
    }

    pub(in crate::impact) fn rating(&self, n: usize) -> Option<i32> {
        self.ratings[n].parse().ok().filter(|r| (1..=5).contains(r))
    }

    pub(in crate::impact) fn words_of(&self, n: usize) -> Option<String> {
        (!self.words[n].is_empty()).then(|| self.words[n].clone())
    }

    /// Only an empty questionnaire is refused: every question may be left out.
    pub fn errors(&self) -> Errors {
        let mut errors = Errors::default();
        if (0..5).all(|n| self.rating(n).is_none() && self.words[n].is_empty()) {
            errors.add("rating_1", t("questionnaire-error-empty"));
        }
        errors
    }

    pub fn fields(&self, errors: &Errors) -> Vec<String> {
        let scale: Vec<(&str, String)> = SCALE.iter().map(|(v, k)| (*v, t(k))).collect();
        let scale: Vec<(&str, &str)> = scale.iter().map(|(v, l)| (*v, l.as_str())).collect();
        let mut fields = Vec::new();
        for (n, key) in QUESTIONS.iter().enumerate() {
            let number = (n + 1).to_string();
            let legend = t_args(
                "questionnaire-question",
                &[("number", &number), ("question", &t(key))],
            );
            fields.push(render(
                &Choices::radios(
                    &format!("rating_{number}"),
                    Fieldset::legend(legend, "govuk-fieldset__legend--m", false),
                    &scale,
                    &[self.ratings[n].as_str()],
                )
                .hint(t(&format!("{key}-hint")))
                .error(errors.get(&format!("rating_{number}"))),
            ));
            fields.push(render(
                &Textarea::new(
                    &format!("words_{number}"),
                    t_args("questionnaire-words", &[("number", &number)]),
                )
                .value(&self.words[n])
                .rows(3),
            ));
        }
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_empty_questionnaire_is_refused() {
        assert!(!Answers::default().errors().is_empty());
        let mut one = Answers::default();
        one.words[3] = "It changed how the ward works".into();
        assert!(one.errors().is_empty());
        let mut rated = Answers::default();
        rated.ratings[0] = "4".into();
        assert!(rated.errors().is_empty());
        // "Rather not say" alone says nothing.
        let declined = Answers {
            ratings: std::array::from_fn(|_| "0".into()),
            ..Answers::default()
        };
        assert!(!declined.errors().is_empty());
    }
}
