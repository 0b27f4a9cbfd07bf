//! What the one map of personal data (`withus_db::personal`) ties to a person: read out for a
//! request to see everything held, and erased at their request.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter, TransactionTrait};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{interest, meeting, meeting_attendee};
use withus_db::personal::{self, Section, Subject};
use withus_db::sea_orm;

/// Every row the map ties to the person, or `None` when the organisation has no such person.
pub async fn everything_held(
    scope: &OrgScope,
    person_id: Uuid,
) -> Result<Option<Vec<Section>>, DbErr> {
    let db = scope.db();
    let Some(subject) = Subject::find(db, scope.organisation_id(), person_id).await? else {
        return Ok(None);
    };
    Ok(Some(personal::export(db, &subject).await?))
}

/// Erases a person's personal data. The row stays, anonymous, so counts of people by role and
/// status still add up; everything the map ties to them is deleted, blanked or replaced, their
/// sign-in goes (which ends their sessions) and so does mail to them. Erasing someone already
/// erased changes nothing more.
pub async fn erase(scope: &OrgScope, id: Uuid) -> Result<(), DbErr> {
    let txn = scope.db().begin().await?;
    let Some(subject) = Subject::find(&txn, scope.organisation_id(), id).await? else {
        return Ok(());
    };
    let now = Utc::now();
    stop_taking_part(scope, &txn, id, now).await?;
    personal::erase(&txn, &subject, now).await?;
    // Nobody owes feedback to someone erased.
    withus_db::feedback_owed::for_person(scope, &txn, id, now).await?;
    txn.commit().await
}

/// Someone erased will not come: their interest in anything not yet settled is withdrawn (so
/// nobody offers them a place) and they come off meetings that have not started. What they
/// took part in stays, anonymous, in the counts.
async fn stop_taking_part<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .update_many::<interest::Entity>()
        .col_expr(interest::Column::Status, Expr::value("withdrawn"))
        .col_expr(interest::Column::WithdrawnAt, Expr::value(now))
        .filter(interest::Column::PersonId.eq(id))
        .filter(interest::Column::Status.is_in(["interested", "offered", "reserve"]))
        .exec(conn)
        .await?;
    let mut to_come = scope.select_column::<meeting::Entity>(meeting::Column::Id);
    to_come.and_where(meeting::Column::StartsAt.gt(now));
    scope
        .delete_many::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.eq(id))
        .filter(meeting_attendee::Column::MeetingId.in_subquery(to_come))
        .exec(conn)
        .await?;
    Ok(())
}
