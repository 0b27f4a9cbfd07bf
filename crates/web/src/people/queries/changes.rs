//! Changes to a person that keep a history: their status, and the times they cannot do.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_status_change, unavailable_time};
use withus_db::sea_orm;

use crate::people::forms::TimeInput;

pub(super) async fn record_status(
    scope: &OrgScope,
    id: Uuid,
    status: &str,
    until: Option<NaiveDate>,
    actor: Option<Uuid>,
) -> Result<(), DbErr> {
    scope
        .insert(person_status_change::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            person_id: Set(id),
            status: Set(status.to_owned()),
            break_until: Set(until),
            changed_by: Set(actor),
            changed_at: Set(Utc::now()),
        })
        .await
}

pub async fn set_status(
    scope: &OrgScope,
    id: Uuid,
    status: &str,
    until: Option<NaiveDate>,
    actor: Option<Uuid>,
) -> Result<(), DbErr> {
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::Status, Expr::value(status.to_owned()))
        .col_expr(person::Column::BreakUntil, Expr::value(until))
        .col_expr(person::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(person::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    record_status(scope, id, status, until, actor).await
}

pub async fn add_times(scope: &OrgScope, person_id: Uuid, input: &TimeInput) -> Result<(), DbErr> {
    let rows = input
        .days
        .iter()
        .map(|day| unavailable_time::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            person_id: Set(person_id),
            weekday: Set(*day),
            start_minute: Set(input.start_minute),
            end_minute: Set(input.end_minute),
            term_time_only: Set(input.term_time_only),
        })
        .collect();
    scope.insert_many(rows).await
}

pub async fn remove_time(scope: &OrgScope, person_id: Uuid, time_id: Uuid) -> Result<bool, DbErr> {
    let result = scope
        .delete_many::<unavailable_time::Entity>()
        .filter(unavailable_time::Column::PersonId.eq(person_id))
        .filter(unavailable_time::Column::Id.eq(time_id))
        .exec(scope.db())
        .await?;
    Ok(result.rows_affected == 1)
}
