//! The questionnaire: each person's answers, who is asked to answer, and the emails that ask.

use chrono::Utc;
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{account, evaluation_answer, interest, meeting_attendee, opportunity};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm;

use crate::impact::forms::Answers;
use crate::impact::questionnaire::Who;

/// The answers as a row to store, stamped now; who answered is left for `save_answers`.
fn answer_row(answers: &Answers) -> evaluation_answer::ActiveModel {
    evaluation_answer::ActiveModel {
        rating_1: Set(answers.rating(0)),
        words_1: Set(answers.words_of(0)),
        rating_2: Set(answers.rating(1)),
        words_2: Set(answers.words_of(1)),
        rating_3: Set(answers.rating(2)),
        words_3: Set(answers.words_of(2)),
        rating_4: Set(answers.rating(3)),
        words_4: Set(answers.words_of(3)),
        rating_5: Set(answers.rating(4)),
        words_5: Set(answers.words_of(4)),
        submitted_at: Set(Utc::now()),
        ..Default::default()
    }
}

pub async fn answer_of(
    scope: &OrgScope,
    opportunity: Uuid,
    who: Who,
) -> Result<Option<evaluation_answer::Model>, DbErr> {
    let query = scope
        .find::<evaluation_answer::Entity>()
        .filter(evaluation_answer::Column::OpportunityId.eq(opportunity));
    match who {
        Who::Person(p) => query.filter(evaluation_answer::Column::PersonId.eq(p)),
        Who::Staff(a) => query.filter(evaluation_answer::Column::AccountId.eq(a)),
    }
    .one(scope.db())
    .await
}

/// Stores the answers; a second time changes the first (the unique keys keep it to one).
pub async fn save_answers(
    scope: &OrgScope,
    opportunity: Uuid,
    who: Who,
    answers: &Answers,
) -> Result<(), DbErr> {
    let mut row = answer_row(answers);
    if let Some(existing) = answer_of(scope, opportunity, who).await? {
        row.id = NotSet;
        scope
            .update_many::<evaluation_answer::Entity>()
            .set(row)
            .filter(evaluation_answer::Column::Id.eq(existing.id))
            .exec(scope.db())
            .await?;
        return Ok(());
    }
    row.id = Set(Uuid::now_v7());
    row.opportunity_id = Set(opportunity);
    let (answered_as, person, account) = match who {
        Who::Person(p) => ("involved", Some(p), None),
        Who::Staff(a) => ("staff", None, Some(a)),
    };
    row.answered_as = Set(answered_as.into());
    row.person_id = Set(person);
    row.account_id = Set(account);
    scope.insert(row).await
}

pub async fn answers(
    scope: &OrgScope,
    opportunity: Uuid,
) -> Result<Vec<evaluation_answer::Model>, DbErr> {
    scope
        .find::<evaluation_answer::Entity>()
        .filter(evaluation_answer::Column::OpportunityId.eq(opportunity))
        .all(scope.db())
        .await
}

/// The person's confirmed interest in the opportunity, if they were confirmed in it.
pub async fn confirmation(
    scope: &OrgScope,
    opportunity: Uuid,
    person: Uuid,
) -> Result<Option<interest::Model>, DbErr> {
    scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity))
        .filter(interest::Column::PersonId.eq(person))
        .filter(interest::Column::Status.eq("confirmed"))
        .one(scope.db())
        .await
}

/// Opportunities the person was confirmed in that are being evaluated and that they have not
/// answered the questionnaire for.
pub async fn questionnaires_unanswered(
    scope: &OrgScope,
    person: Uuid,
) -> Result<Vec<opportunity::Model>, DbErr> {
    let confirmed = scope
        .select_column::<interest::Entity>(interest::Column::OpportunityId)
        .and_where(Expr::col(interest::Column::PersonId).eq(person))
        .and_where(Expr::col(interest::Column::Status).eq("confirmed"))
        .to_owned();
    // Correlated on the opportunity, so each check is one lookup in the answers' index
    // (organisation, opportunity, person) rather than a read of every answer.
    let answered = scope
        .select_column::<evaluation_answer::Entity>(evaluation_answer::Column::OpportunityId)
        .and_where(
            Expr::col((
                evaluation_answer::Entity,
                evaluation_answer::Column::OpportunityId,
            ))
            .equals((opportunity::Entity, opportunity::Column::Id)),
        )
        .and_where(Expr::col(evaluation_answer::Column::PersonId).eq(person))
        .to_owned();
    scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Status.eq("evaluating"))
        .filter(opportunity::Column::Id.in_subquery(confirmed))
        .filter(Expr::exists(answered).not())
        .all(scope.db())
        .await
}

/// Accounts of staff expected at these meetings.
pub async fn staff_expected_at(
    scope: &OrgScope,
    meetings: impl IntoIterator<Item = Uuid>,
) -> Result<Vec<Uuid>, DbErr> {
    Ok(scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::MeetingId.is_in(meetings))
        .filter(meeting_attendee::Column::AccountId.is_not_null())
        .all(scope.db())
        .await?
        .into_iter()
        .filter_map(|a| a.account_id)
        .collect())
}

/// The accounts with these ids that are not disabled.
pub async fn enabled_accounts(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<Vec<account::Model>, DbErr> {
    scope
        .find::<account::Entity>()
        .filter(account::Column::Id.is_in(ids))
        .filter(account::Column::DisabledAt.is_null())
        .all(scope.db())
        .await
}

/// Queues each `(address, body)` email in the outbox under one subject, one after another and
/// not in a transaction: an email queued stays queued if a later one fails.
pub async fn queue_emails(
    scope: &OrgScope,
    subject: &str,
    emails: &[(String, String)],
) -> Result<(), DbErr> {
    for (address, body) in emails {
        let message = NewMessage {
            to: address,
            subject,
            body,
            calendar: None,
        };
        outbox::enqueue(scope, message, Utc::now()).await?;
    }
    Ok(())
}
