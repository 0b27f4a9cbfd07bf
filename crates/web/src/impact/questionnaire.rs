//! The end-of-involvement questionnaire: seed 002's five impact questions, each with a short
//! rating and room for words, for the involved people and for staff. Plain HTML radios and
//! text areas, so it works without JavaScript. Answers are summed per group and shown side by
//! side (seed 001: professionals are usually more satisfied than service users).

use uuid::Uuid;
use withus_db::entities::{evaluation_answer, opportunity};

use super::queries;
use crate::AppState;
use crate::kit::components::{Choices, Fieldset, Textarea, render};
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::tenancy::Tenant;

/// Message keys of the five questions, in order (seed 002, Impact).
pub const QUESTIONS: [&str; 5] = [
    "question-outcomes",
    "question-difference",
    "question-process",
    "question-result",
    "question-beyond",
];

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

    pub(super) fn rating(&self, n: usize) -> Option<i32> {
        self.ratings[n].parse().ok().filter(|r| (1..=5).contains(r))
    }

    pub(super) fn words_of(&self, n: usize) -> Option<String> {
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

/// Who is answering: an involved person, or a member of staff.
#[derive(Clone, Copy)]
pub enum Who {
    Person(Uuid),
    Staff(Uuid),
}

/// A group's ratings for one question: how many rated it, and the average out of 5.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub count: usize,
    pub mean: Option<f64>,
}

/// Per question, the involved people's score and the staff's.
pub fn summarise(answers: &[evaluation_answer::Model]) -> [(Score, Score); 5] {
    let score = |group: &str, n: usize| {
        let ratings: Vec<i32> = answers
            .iter()
            .filter(|a| a.answered_as == group)
            .filter_map(|a| [a.rating_1, a.rating_2, a.rating_3, a.rating_4, a.rating_5][n])
            .collect();
        Score {
            count: ratings.len(),
            mean: (!ratings.is_empty())
                .then(|| f64::from(ratings.iter().sum::<i32>()) / ratings.len() as f64),
        }
    };
    std::array::from_fn(|n| (score("involved", n), score("staff", n)))
}

/// Emails everyone confirmed in the opportunity the link to their questionnaire.
pub async fn invite(state: &AppState, tenant: &Tenant, o: &opportunity::Model) -> AppResult<usize> {
    let confirmed = queries::confirmed_in(&tenant.scope, o.id).await?;
    // Those who have answered are not asked again when it is sent a second time.
    let answered = queries::answers(&tenant.scope, o.id).await?;
    let confirmed: Vec<Uuid> = confirmed
        .into_iter()
        .filter(|p| !answered.iter().any(|a| a.person_id == Some(*p)))
        .collect();
    let people = crate::people::by_ids(&tenant.scope, &confirmed).await?;
    let base = &state.config.public_url;
    let mut to: Vec<(String, String, String)> = people
        .iter()
        .filter(|p| p.contact_by_email && p.erased_at.is_none())
        .filter_map(|p| {
            let name = p
                .preferred_name
                .clone()
                .unwrap_or_else(|| p.given_name.clone());
            let link = format!("{base}/my/questionnaires/{}", o.id);
            p.email.clone().map(|address| (address, name, link))
        })
        .collect();
    // Staff: the opportunity's owner and staff expected at its meetings.
    let meetings = crate::meetings::for_opportunity(&tenant.scope, o.id).await?;
    let mut staff: Vec<Uuid> =
        queries::staff_expected_at(&tenant.scope, meetings.iter().map(|m| m.id))
            .await?
            .into_iter()
            .chain(o.owner_id)
            .collect();
    staff.sort();
    staff.dedup();
    staff.retain(|s| !answered.iter().any(|a| a.account_id == Some(*s)));
    let staff_link = format!("{base}/opportunities/{}/questionnaire", o.id);
    for a in queries::enabled_accounts(&tenant.scope, staff).await? {
        to.push((a.email, a.display_name, staff_link.clone()));
    }
    let subject = t_args("questionnaire-email-subject", &[("title", &o.title)]);
    let emails: Vec<(String, String)> = to
        .iter()
        .map(|(address, name, link)| {
            let body = t_args(
                "questionnaire-email",
                &[("name", name), ("title", &o.title), ("link", link)],
            );
            (address.clone(), body)
        })
        .collect();
    queries::queue_emails(&tenant.scope, &subject, &emails).await?;
    Ok(to.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn answer(group: &str, ratings: [Option<i32>; 5]) -> evaluation_answer::Model {
        evaluation_answer::Model {
            id: Uuid::now_v7(),
            organisation_id: Uuid::nil(),
            opportunity_id: Uuid::nil(),
            answered_as: group.into(),
            person_id: None,
            account_id: None,
            rating_1: ratings[0],
            words_1: None,
            rating_2: ratings[1],
            words_2: None,
            rating_3: ratings[2],
            words_3: None,
            rating_4: ratings[3],
            words_4: None,
            rating_5: ratings[4],
            words_5: None,
            submitted_at: Utc::now(),
        }
    }

    #[test]
    fn groups_are_averaged_apart_and_unrated_questions_left_out() {
        let answers = [
            answer("involved", [Some(2), Some(3), None, Some(1), None]),
            answer("involved", [Some(3), Some(4), None, Some(2), None]),
            answer("staff", [Some(5), Some(4), Some(4), Some(4), None]),
        ];
        let summary = summarise(&answers);
        assert_eq!(
            summary[0].0,
            Score {
                count: 2,
                mean: Some(2.5)
            }
        );
        assert_eq!(
            summary[0].1,
            Score {
                count: 1,
                mean: Some(5.0)
            }
        );
        assert_eq!(
            summary[2].0,
            Score {
                count: 0,
                mean: None
            }
        );
        assert_eq!(summary[4].1.count, 0);
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
