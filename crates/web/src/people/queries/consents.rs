//! Consents a person gives the organisation for the purposes the register shows
//! (`consents::PURPOSES`): listed, given and withdrawn.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::consent;
use withus_db::sea_orm;

use crate::people::consents::PURPOSES;

/// The person's consents for the purposes above, newest first.
pub async fn consents(scope: &OrgScope, person: Uuid) -> Result<Vec<consent::Model>, DbErr> {
    let purposes: Vec<&str> = PURPOSES.iter().map(|(p, _)| *p).collect();
    scope
        .find::<consent::Entity>()
        .filter(consent::Column::PersonId.eq(person))
        .filter(consent::Column::Purpose.is_in(purposes))
        .order_by_desc(consent::Column::GivenAt)
        .all(scope.db())
        .await
}

/// Records a consent given now, `how` it was given, by the member of staff `by`.
pub async fn give_consent(
    scope: &OrgScope,
    person: Uuid,
    purpose: String,
    how: String,
    by: Uuid,
) -> Result<(), DbErr> {
    scope
        .insert(consent::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            person_id: Set(person),
            purpose: Set(purpose),
            how: Set(how),
            given_at: Set(Utc::now()),
            withdrawn_at: Set(None),
            recorded_by: Set(Some(by)),
        })
        .await
}

/// Withdraws one of the person's live consents for the purposes above; answers whether there
/// was one to withdraw.
pub async fn withdraw_consent(
    scope: &OrgScope,
    person: Uuid,
    consent_id: Uuid,
) -> Result<bool, DbErr> {
    let purposes: Vec<&str> = PURPOSES.iter().map(|(p, _)| *p).collect();
    let result = scope
        .update_many::<consent::Entity>()
        .col_expr(consent::Column::WithdrawnAt, Expr::value(Utc::now()))
        .filter(consent::Column::Id.eq(consent_id))
        .filter(consent::Column::PersonId.eq(person))
        .filter(consent::Column::Purpose.is_in(purposes))
        .filter(consent::Column::WithdrawnAt.is_null())
        .exec(scope.db())
        .await?;
    Ok(result.rows_affected == 1)
}
