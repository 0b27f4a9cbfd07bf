//! The end-of-involvement questionnaire: seed 002's five impact questions, each with a short
//! rating and room for words, for the involved people and for staff. Answers are summed per
//! group and shown side by side (seed 001: professionals are usually more satisfied than
//! service users). The form is `forms/answers.rs`; sending it, `invite.rs`.

use uuid::Uuid;
use withus_db::entities::evaluation_answer;

/// Message keys of the five questions, in order (seed 002, Impact).
pub const QUESTIONS: [&str; 5] = [
    "question-outcomes",
    "question-difference",
    "question-process",
    "question-result",
    "question-beyond",
];

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
}
