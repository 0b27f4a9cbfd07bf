//! What follows involvement: each opportunity's steps through the lifecycle, feedback to the
//! people at the meetings `activity` says it went to, end-of-involvement questionnaires, and this
//! year's self-assessment by the coordinator and some members.

use chrono::{Duration, Utc};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::entities::{
    assessment_rating, evaluation_answer, feedback, feedback_recipient, opportunity_status_change,
};
use withus_db::{OrgScope, sea_orm, sea_orm::DbErr};

use super::activity::Ran;
use super::{Dice, Made, insert};
use crate::opportunities::STATUSES;
use crate::reports::{FRAMEWORKS, RATINGS, statement_key};

/// Members who rate the organisation this year, beside the coordinator.
const RATERS: usize = 10;

/// Writes the status history, feedback, questionnaires and ratings of the organisation.
pub async fn write(
    scope: &OrgScope,
    dice: &mut Dice,
    ran: &[Ran],
    coordinator: Uuid,
    members: &[Uuid],
    made: &mut Made,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let created = now - Duration::days(400);
    let (mut changes, mut told, mut recipients, mut answers) = (vec![], vec![], vec![], vec![]);
    let mut tell = |dice: &mut Dice, opportunity: Uuid, meeting: Option<Uuid>, at, to: &[Uuid]| {
        let id = dice.id();
        told.push(feedback::ActiveModel {
            id: Set(id),
            opportunity_id: Set(opportunity),
            meeting_id: Set(meeting),
            message: Set("Thank you. Here is what we changed because of what you said.".into()),
            easy_read: Set(None),
            sent_by: Set(Some(coordinator)),
            sent_at: Set(at),
            ..Default::default()
        });
        let mut seen = std::collections::HashSet::new();
        for person in to.iter().filter(|p| seen.insert(**p)) {
            recipients.push(feedback_recipient::ActiveModel {
                id: Set(dice.id()),
                feedback_id: Set(id),
                person_id: Set(*person),
                channel: Set("email".into()),
                format: Set("standard".into()),
                ..Default::default()
            });
        }
    };
    for o in ran {
        let step = STATUSES.iter().position(|(s, _)| *s == o.status);
        for (k, (status, _)) in STATUSES.iter().enumerate().take(step.map_or(0, |s| s + 1)) {
            changes.push(opportunity_status_change::ActiveModel {
                id: Set(dice.id()),
                opportunity_id: Set(o.id),
                status: Set((*status).into()),
                changed_by: Set(Some(coordinator)),
                changed_at: Set(created + Duration::days(70 * k as i64)),
                ..Default::default()
            });
        }
        for (meeting, told, expected) in &o.meetings {
            if let Some(at) = told {
                tell(dice, o.id, Some(*meeting), *at, expected);
            }
        }
        if !matches!(o.status, "evaluating" | "closed") {
            continue;
        }
        let evaluating = created + Duration::days(70 * 4);
        if dice.chance(70) {
            tell(
                dice,
                o.id,
                None,
                evaluating + Duration::days(10),
                &o.confirmed,
            );
        }
        let staff = std::iter::once((None, Some(coordinator), "staff"));
        let involved = o
            .confirmed
            .iter()
            .filter(|_| dice.chance(50))
            .map(|p| (Some(*p), None, "involved"))
            .collect::<Vec<_>>();
        for (person, account, answered_as) in staff.chain(involved) {
            let id = dice.id();
            let [r1, r2, r3, r4, r5] = std::array::from_fn(|_| Set(Some(1 + dice.below(5) as i32)));
            answers.push(evaluation_answer::ActiveModel {
                id: Set(id),
                opportunity_id: Set(o.id),
                answered_as: Set(answered_as.into()),
                person_id: Set(person),
                account_id: Set(account),
                rating_1: r1,
                rating_2: r2,
                rating_3: r3,
                rating_4: r4,
                rating_5: r5,
                submitted_at: Set(evaluating + Duration::days(20)),
                ..Default::default()
            });
        }
    }
    made.status_changes += insert(scope, changes).await?;
    made.feedback += insert(scope, told).await?;
    insert(scope, recipients).await?;
    made.questionnaires += insert(scope, answers).await?;
    made.ratings += insert(scope, ratings(dice, coordinator, members)).await?;
    Ok(())
}

/// Every statement of every framework, rated this year by the coordinator as staff and by the
/// first members as involved people.
fn ratings(
    dice: &mut Dice,
    coordinator: Uuid,
    members: &[Uuid],
) -> Vec<assessment_rating::ActiveModel> {
    let now = Utc::now();
    let year = crate::reports::assessment_year();
    let raters = std::iter::once((coordinator, "staff"))
        .chain(members.iter().take(RATERS).map(|m| (*m, "involved")));
    let mut out = Vec::new();
    for (account, rated_as) in raters {
        for f in FRAMEWORKS {
            for p in f.parts {
                for s in p.statements {
                    out.push(assessment_rating::ActiveModel {
                        id: Set(dice.id()),
                        year: Set(year),
                        statement: Set(statement_key(f, p, s)),
                        account_id: Set(account),
                        rated_as: Set(rated_as.into()),
                        rating: Set(dice.pick(RATINGS).0.into()),
                        evidence: Set(String::new()),
                        rated_at: Set(now),
                        ..Default::default()
                    });
                }
            }
        }
    }
    out
}
