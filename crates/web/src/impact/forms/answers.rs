//! The questionnaire's form: one person's answers as typed, read back, checked and shown as
//! plain HTML radios and text areas, so it works without JavaScript.

use withus_db::entities::evaluation_answer;

use crate::impact::questionnaire::QUESTIONS;
use crate::kit::components::{Choices, Fieldset, Textarea, render};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};

/// Each question's answers, from most (5) to least (1), in words that fit its question: "How
/// well did it suit you?" is not answered "A lot". The values are the same for every question,
/// so the summaries compare them.
const SCALES: [[&str; 5]; 5] = [
    [
        "scale-all-of-it",
        "scale-most-of-it",
        "scale-some-of-it",
        "scale-a-little-of-it",
        "scale-none-of-it",
    ],
    [
        "scale-a-lot",
        "scale-quite-a-lot",
        "scale-some",
        "scale-a-little",
        "scale-nothing",
    ],
    [
        "scale-very-well",
        "scale-well",
        "scale-partly",
        "scale-not-very-well",
        "scale-not-at-all-well",
    ],
    [
        "scale-a-lot",
        "scale-quite-a-lot",
        "scale-some",
        "scale-a-little",
        "scale-not-at-all",
    ],
    [
        "scale-a-lot",
        "scale-quite-a-lot",
        "scale-some",
        "scale-a-little",
        "scale-nothing",
    ],
];

/// A question's answers as radios: its scale from 5 down to 1, then "rather not say" (0).
fn scale(n: usize) -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = SCALES[n]
        .iter()
        .zip(["5", "4", "3", "2", "1"])
        .map(|(key, value)| (value.to_owned(), t(key)))
        .collect();
    options.push(("0".to_owned(), t("rating-none")));
    options
}

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
        let mut fields = Vec::new();
        for (n, key) in QUESTIONS.iter().enumerate() {
            let options = scale(n);
            let options: Vec<(&str, &str)> = options
                .iter()
                .map(|(v, l)| (v.as_str(), l.as_str()))
                .collect();
            let number = (n + 1).to_string();
            let legend = t_args(
                "questionnaire-question",
                &[("number", &number), ("question", &t(key))],
            );
            fields.push(render(
                &Choices::radios(
                    &format!("rating_{number}"),
                    Fieldset::legend(legend, "govuk-fieldset__legend--m", false),
                    &options,
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
    fn each_question_has_five_answers_that_fit_it_and_rather_not_say() {
        for n in 0..5 {
            let options = scale(n);
            let values: Vec<&str> = options.iter().map(|(v, _)| v.as_str()).collect();
            assert_eq!(values, ["5", "4", "3", "2", "1", "0"]);
        }
        let words = |n: usize| scale(n).into_iter().map(|(_, l)| l).collect::<Vec<_>>();
        assert_eq!(words(2)[0], "Very well", "how well it suited you");
        assert_eq!(
            words(0)[4],
            "None of it",
            "how much it did what it set out to"
        );
        assert!(!words(2).contains(&"A lot".to_owned()));
    }

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
