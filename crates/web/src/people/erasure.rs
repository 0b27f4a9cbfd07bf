//! Erasure: removing a person's personal data at their request, keeping an anonymous row so
//! that counts still add up. It must never leave a personal field behind.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_choice, unavailable_time};
use withus_db::sea_orm;

use super::queries::find;

/// Deletes the rows of one of a person's tables.
async fn delete_for_person<E: withus_db::OrgOwned>(
    scope: &OrgScope,
    column: E::Column,
    id: Uuid,
) -> Result<(), DbErr> {
    scope
        .delete_many::<E>()
        .filter(column.eq(id))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// What closing the loop kept about them: support notes, training and checks, mentoring pairs
/// (with their meetings' notes) go; their name comes off contributions, which stay as the
/// group's; questionnaire ratings stay in the totals without their name or words.
async fn erase_involvement(scope: &OrgScope, id: Uuid) -> Result<(), DbErr> {
    use withus_db::entities::{
        contribution_person, evaluation_answer, mentoring_pair, support_record, training_record,
    };
    delete_for_person::<support_record::Entity>(scope, support_record::Column::PersonId, id)
        .await?;
    delete_for_person::<training_record::Entity>(scope, training_record::Column::PersonId, id)
        .await?;
    delete_for_person::<mentoring_pair::Entity>(scope, mentoring_pair::Column::MentorId, id)
        .await?;
    delete_for_person::<mentoring_pair::Entity>(scope, mentoring_pair::Column::MenteeId, id)
        .await?;
    delete_for_person::<contribution_person::Entity>(
        scope,
        contribution_person::Column::PersonId,
        id,
    )
    .await?;
    let mut answers = scope.update_many::<evaluation_answer::Entity>().col_expr(
        evaluation_answer::Column::PersonId,
        Expr::value(Option::<Uuid>::None),
    );
    for words in [
        evaluation_answer::Column::Words1,
        evaluation_answer::Column::Words2,
        evaluation_answer::Column::Words3,
        evaluation_answer::Column::Words4,
        evaluation_answer::Column::Words5,
    ] {
        answers = answers.col_expr(words, Expr::value(Option::<String>::None));
    }
    answers
        .filter(evaluation_answer::Column::PersonId.eq(id))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Erases a person's personal data at their request. The row stays, anonymous, so counts of
/// people by role and status still add up; names, contact details, choices, access needs,
/// times, equality answers, consents, their sign-in and mail to them go. Running it again
/// finishes an erasure that was interrupted.
pub async fn erase(scope: &OrgScope, id: Uuid) -> Result<(), DbErr> {
    use withus_db::entities::{account, consent, equality_answer, outbox_message};
    let Some(person) = find(scope, id).await? else {
        return Ok(());
    };
    let db = scope.db();
    let mut addresses: Vec<String> = person.email.iter().cloned().collect();
    if let Some(account_id) = person.account_id
        && let Some(account) = scope
            .find::<account::Entity>()
            .filter(account::Column::Id.eq(account_id))
            .one(db)
            .await?
    {
        addresses.push(account.email);
    }
    let now = Utc::now();
    let blank = |column: person::Column| (column, Expr::value(Option::<String>::None));
    let mut update = scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::GivenName, Expr::value(""))
        .col_expr(person::Column::FamilyName, Expr::value(""))
        .col_expr(person::Column::SearchName, Expr::value(""))
        .col_expr(
            person::Column::ChoiceKeys,
            Expr::value(withus_db::choice_keys::write([])),
        )
        .col_expr(person::Column::Status, Expr::value("left"))
        .col_expr(
            person::Column::BreakUntil,
            Expr::value(Option::<NaiveDate>::None),
        )
        .col_expr(person::Column::ContactByEmail, Expr::value(false))
        .col_expr(person::Column::ContactByPhone, Expr::value(false))
        .col_expr(person::Column::ContactByPost, Expr::value(false))
        .col_expr(person::Column::ContactByText, Expr::value(false))
        .col_expr(
            person::Column::NamedContactId,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(person::Column::AccountId, Expr::value(Option::<Uuid>::None))
        .col_expr(person::Column::ErasedAt, Expr::value(now))
        .col_expr(person::Column::UpdatedAt, Expr::value(now));
    for column in [
        person::Column::PreferredName,
        person::Column::Pronouns,
        person::Column::Email,
        person::Column::Phone,
        person::Column::Postcode,
        person::Column::AccessNotes,
        person::Column::TimeCommitment,
    ] {
        let (column, value) = blank(column);
        update = update.col_expr(column, value);
    }
    update.filter(person::Column::Id.eq(id)).exec(db).await?;
    // Nobody owes feedback to someone erased.
    crate::impact::recount::for_person(scope, db, id, now).await?;
    delete_for_person::<person_choice::Entity>(scope, person_choice::Column::PersonId, id).await?;
    delete_for_person::<unavailable_time::Entity>(scope, unavailable_time::Column::PersonId, id)
        .await?;
    delete_for_person::<equality_answer::Entity>(scope, equality_answer::Column::PersonId, id)
        .await?;
    delete_for_person::<consent::Entity>(scope, consent::Column::PersonId, id).await?;
    erase_involvement(scope, id).await?;
    if !addresses.is_empty() {
        scope
            .delete_many::<outbox_message::Entity>()
            .filter(outbox_message::Column::ToAddress.is_in(addresses))
            .exec(db)
            .await?;
    }
    if let Some(account_id) = person.account_id {
        scope
            .delete_many::<account::Entity>()
            .filter(account::Column::Id.eq(account_id))
            .exec(db)
            .await?;
    }
    Ok(())
}
