//! Travel booked beforehand for people who need it: asked for by a coordinator, marked booked
//! by finance, and read when the person claims (a booked taxi counts as agreed).

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{meeting, person, travel_booking};
use withus_db::sea_orm;

/// The travel asked for to one meeting.
pub async fn travel_for(
    scope: &OrgScope,
    meeting_id: Uuid,
) -> Result<Vec<travel_booking::Model>, DbErr> {
    scope
        .find::<travel_booking::Entity>()
        .filter(travel_booking::Column::MeetingId.eq(meeting_id))
        .all(scope.db())
        .await
}

/// Whether travel was asked for this person to this meeting.
pub async fn has_travel(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Uuid,
) -> Result<bool, DbErr> {
    Ok(scope
        .find::<travel_booking::Entity>()
        .filter(travel_booking::Column::MeetingId.eq(meeting_id))
        .filter(travel_booking::Column::PersonId.eq(person_id))
        .one(scope.db())
        .await?
        .is_some())
}

/// Asks for the person's travel to the meeting to be booked. A second request for the same
/// person and meeting fails as a duplicate.
pub async fn ask_for_travel(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Uuid,
    details: String,
    by: Uuid,
) -> Result<(), DbErr> {
    let row = travel_booking::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(Uuid::nil()),
        meeting_id: Set(meeting_id),
        person_id: Set(person_id),
        details: Set(details),
        requested_by: Set(Some(by)),
        requested_at: Set(Utc::now()),
        booked_at: Set(None),
        booked_by: Set(None),
    };
    scope.insert(row).await
}

/// Travel asked for and not yet booked, each with the person and the meeting (a booking whose
/// person or meeting is not found is left out).
pub async fn travel_to_book(
    scope: &OrgScope,
) -> Result<Vec<(travel_booking::Model, person::Model, meeting::Model)>, DbErr> {
    let waiting = scope
        .find::<travel_booking::Entity>()
        .filter(travel_booking::Column::BookedAt.is_null())
        .all(scope.db())
        .await?;
    let people: HashMap<Uuid, person::Model> = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(waiting.iter().map(|b| b.person_id)))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let meetings: HashMap<Uuid, meeting::Model> = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(waiting.iter().map(|b| b.meeting_id)))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    Ok(waiting
        .into_iter()
        .filter_map(|b| {
            let person = people.get(&b.person_id)?.clone();
            let m = meetings.get(&b.meeting_id)?.clone();
            Some((b, person, m))
        })
        .collect())
}

/// Marks the travel booked now, once; false when there is no such booking.
pub async fn mark_booked(scope: &OrgScope, id: Uuid, by: Uuid) -> Result<bool, DbErr> {
    let done = scope
        .update_many::<travel_booking::Entity>()
        .col_expr(travel_booking::Column::BookedAt, Expr::value(Utc::now()))
        .col_expr(travel_booking::Column::BookedBy, Expr::value(by))
        .filter(travel_booking::Column::Id.eq(id))
        .filter(travel_booking::Column::BookedAt.is_null())
        .exec(scope.db())
        .await?;
    Ok(done.rows_affected > 0
        || scope
            .find::<travel_booking::Entity>()
            .filter(travel_booking::Column::Id.eq(id))
            .one(scope.db())
            .await?
            .is_some())
}
