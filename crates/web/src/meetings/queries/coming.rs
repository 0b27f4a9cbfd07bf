//! The meetings someone is expected at: those coming, as their own home page lists them, and
//! every one they were invited to, as their meetings page does.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{meeting, meeting_attendee, meeting_paper, venue};
use withus_db::sea_orm;

/// A meeting coming, with where it is and how many of its papers have been sent.
pub struct Coming {
    pub meeting: meeting::Model,
    /// The venue's name and address; None for a meeting held online only.
    pub venue: Option<(String, String)>,
    pub papers: usize,
}

/// The meetings `person_id` has been invited to that have not ended and are not cancelled,
/// soonest first.
pub async fn coming_for(
    scope: &OrgScope,
    person_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<Coming>, DbErr> {
    let ids: Vec<Uuid> = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.eq(person_id))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| a.meeting_id)
        .collect();
    let meetings = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(ids))
        .filter(meeting::Column::InvitedAt.is_not_null())
        .filter(meeting::Column::CancelledAt.is_null())
        .filter(meeting::Column::EndsAt.gte(now))
        .order_by_asc(meeting::Column::StartsAt)
        .all(scope.db())
        .await?;
    let venue_ids: Vec<Uuid> = meetings.iter().filter_map(|m| m.venue_id).collect();
    let venues = scope
        .find::<venue::Entity>()
        .filter(venue::Column::Id.is_in(venue_ids))
        .all(scope.db())
        .await?;
    // Only the meeting of each sent paper: the files themselves stay in the database.
    let sent: Vec<Uuid> = scope
        .find::<meeting_paper::Entity>()
        .select_only()
        .column(meeting_paper::Column::MeetingId)
        .filter(meeting_paper::Column::MeetingId.is_in(meetings.iter().map(|m| m.id)))
        .filter(meeting_paper::Column::SentAt.is_not_null())
        .into_tuple()
        .all(scope.db())
        .await?;
    Ok(meetings
        .into_iter()
        .map(|m| Coming {
            venue: venues
                .iter()
                .find(|v| Some(v.id) == m.venue_id)
                .map(|v| (v.name.clone(), v.address.clone())),
            papers: sent.iter().filter(|id| **id == m.id).count(),
            meeting: m,
        })
        .collect())
}

/// Whether `person_id` is expected at the meeting.
pub async fn expects(scope: &OrgScope, meeting_id: Uuid, person_id: Uuid) -> Result<bool, DbErr> {
    Ok(scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::MeetingId.eq(meeting_id))
        .filter(meeting_attendee::Column::PersonId.eq(person_id))
        .one(scope.db())
        .await?
        .is_some())
}

/// The meetings `person_id` is expected at and has been invited to, past and coming, in no
/// particular order.
pub async fn invited_to(scope: &OrgScope, person_id: Uuid) -> Result<Vec<meeting::Model>, DbErr> {
    let ids: Vec<Uuid> = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.eq(person_id))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| a.meeting_id)
        .collect();
    scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(ids))
        .filter(meeting::Column::InvitedAt.is_not_null())
        .all(scope.db())
        .await
}
