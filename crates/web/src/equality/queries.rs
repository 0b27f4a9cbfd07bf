//! Equality answers and the consent to use them in selection, through the organisation's
//! scope. Each save adds a row, so the latest answer is the one that counts.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{consent, equality_answer};
use withus_db::sea_orm;

use super::answers::Answers;

pub async fn latest(
    scope: &OrgScope,
    person: Uuid,
) -> Result<Option<equality_answer::Model>, DbErr> {
    scope
        .find::<equality_answer::Entity>()
        .filter(equality_answer::Column::PersonId.eq(person))
        .order_by_desc(equality_answer::Column::AnsweredAt)
        .one(scope.db())
        .await
}

/// The person's live (not withdrawn) consent for `purpose`.
pub async fn live_consent(
    scope: &OrgScope,
    person: Uuid,
    purpose: &str,
) -> Result<Option<consent::Model>, DbErr> {
    scope
        .find::<consent::Entity>()
        .filter(consent::Column::PersonId.eq(person))
        .filter(consent::Column::Purpose.eq(purpose))
        .filter(consent::Column::WithdrawnAt.is_null())
        .one(scope.db())
        .await
}

/// Stores the checked answers as the person's latest; an empty answer is stored as none.
pub(super) async fn record_answers(
    scope: &OrgScope,
    person: Uuid,
    answers: &Answers,
    birth_year: Option<i32>,
    actor: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let stored = |name: &str| {
        let value = answers.get(name);
        (!value.is_empty()).then(|| value.to_owned())
    };
    scope
        .insert(equality_answer::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            person_id: Set(person),
            birth_year: Set(birth_year),
            // A year of birth gives the band as it is now; reports work out the band at any date.
            age_band: Set(stored("age_band").or_else(|| {
                birth_year
                    .map(|y| crate::kit::equality_questions::age_band(y, now.year()).to_owned())
            })),
            sex: Set(stored("sex")),
            gender_same_as_birth: Set(stored("gender_same_as_birth")),
            sexual_orientation: Set(stored("sexual_orientation")),
            ethnic_group: Set(stored("ethnic_group")),
            religion: Set(stored("religion")),
            long_term_condition: Set(stored("long_term_condition")),
            condition_impact: Set(stored("condition_impact")),
            unpaid_care: Set(stored("unpaid_care")),
            answered_at: Set(now),
            recorded_by: Set(actor),
        })
        .await
}

pub async fn give_consent(
    scope: &OrgScope,
    person: Uuid,
    purpose: &str,
    how: String,
    actor: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .insert(consent::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            person_id: Set(person),
            purpose: Set(purpose.into()),
            how: Set(how),
            given_at: Set(now),
            withdrawn_at: Set(None),
            recorded_by: Set(actor),
        })
        .await
}

pub async fn withdraw_consent(
    scope: &OrgScope,
    consent_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .update_many::<consent::Entity>()
        .col_expr(consent::Column::WithdrawnAt, Expr::value(now))
        .filter(consent::Column::Id.eq(consent_id))
        .exec(scope.db())
        .await?;
    Ok(())
}
