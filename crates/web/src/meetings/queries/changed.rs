//! Changing a meeting and what hangs off it: the meeting from its form, invited, cancelled,
//! the agenda shared and its items decided, papers sent, people removed, attendance and notes
//! recorded, and how many days ahead papers go out.

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{agenda_item, meeting, meeting_attendee, meeting_paper};
use withus_db::sea_orm;

use crate::meetings::forms::MeetingInput;

use super::{Attendee, set};

fn row(input: &MeetingInput) -> meeting::ActiveModel {
    meeting::ActiveModel {
        title: Set(input.title.clone()),
        activity: Set(input.activity.clone()),
        starts_at: Set(input.starts_at),
        ends_at: Set(input.ends_at),
        high_level: Set(input.high_level),
        venue_id: Set(input.venue_id),
        online_details: Set(input.online_details.clone()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
}

/// Changes a meeting to what its form says; `sequence` is given when people already invited
/// get the change in their calendar.
pub async fn update_meeting(
    scope: &OrgScope,
    meeting_id: Uuid,
    input: &MeetingInput,
    sequence: Option<i32>,
) -> Result<(), DbErr> {
    let mut changed = row(input);
    changed.id = NotSet;
    if let Some(sequence) = sequence {
        changed.sequence = Set(sequence);
    }
    set(scope, meeting_id, changed).await
}

pub async fn set_invited(scope: &OrgScope, meeting_id: Uuid) -> Result<(), DbErr> {
    set(
        scope,
        meeting_id,
        meeting::ActiveModel {
            invited_at: Set(Some(Utc::now())),
            ..Default::default()
        },
    )
    .await
}

/// Cancels the meeting now; `sequence` is the calendar's next, so the cancellation replaces
/// the invitation.
pub async fn cancel(scope: &OrgScope, meeting_id: Uuid, sequence: i32) -> Result<(), DbErr> {
    set(
        scope,
        meeting_id,
        meeting::ActiveModel {
            cancelled_at: Set(Some(Utc::now())),
            sequence: Set(sequence),
            ..Default::default()
        },
    )
    .await
}

/// Opens the agenda for proposals until `closes`.
pub async fn share_agenda(
    scope: &OrgScope,
    meeting_id: Uuid,
    closes: DateTime<Utc>,
) -> Result<(), DbErr> {
    set(
        scope,
        meeting_id,
        meeting::ActiveModel {
            agenda_shared_at: Set(Some(Utc::now())),
            agenda_closes_at: Set(Some(closes)),
            ..Default::default()
        },
    )
    .await
}

/// Accepts or declines one of the meeting's agenda items.
pub async fn decide_agenda_item(
    scope: &OrgScope,
    meeting_id: Uuid,
    item_id: Uuid,
    status: &str,
) -> Result<(), DbErr> {
    scope
        .update_many::<agenda_item::Entity>()
        .set(agenda_item::ActiveModel {
            status: Set(status.to_owned()),
            ..Default::default()
        })
        .filter(agenda_item::Column::MeetingId.eq(meeting_id))
        .filter(agenda_item::Column::Id.eq(item_id))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Marks every paper of the meeting not yet sent as sent now; answers how many were.
pub async fn mark_papers_sent(scope: &OrgScope, meeting_id: Uuid) -> Result<u64, DbErr> {
    let result = scope
        .update_many::<meeting_paper::Entity>()
        .col_expr(meeting_paper::Column::SentAt, Expr::value(Utc::now()))
        .filter(meeting_paper::Column::MeetingId.eq(meeting_id))
        .filter(meeting_paper::Column::SentAt.is_null())
        .exec(scope.db())
        .await?;
    Ok(result.rows_affected)
}

pub async fn remove_attendee(
    scope: &OrgScope,
    meeting_id: Uuid,
    attendee_id: Uuid,
) -> Result<(), DbErr> {
    scope
        .delete_many::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::MeetingId.eq(meeting_id))
        .filter(meeting_attendee::Column::Id.eq(attendee_id))
        .exec(scope.db())
        .await?;
    // Feedback owed for the meeting is counted again without them.
    let now = Utc::now();
    withus_db::feedback_owed::meetings(scope, scope.db(), [meeting_id], now).await
}

/// Records who came and the minutes each gave; someone who came was last involved when the
/// meeting started.
pub async fn record_attendance(
    scope: &OrgScope,
    starts_at: DateTime<Utc>,
    rows: Vec<(&Attendee, Option<String>, Option<i32>)>,
) -> Result<(), DbErr> {
    for (a, attendance, mins) in rows {
        scope
            .update_many::<meeting_attendee::Entity>()
            .set(meeting_attendee::ActiveModel {
                attendance: Set(attendance.clone()),
                minutes: Set(mins),
                ..Default::default()
            })
            .filter(meeting_attendee::Column::Id.eq(a.row.id))
            .exec(scope.db())
            .await?;
        if let (Some("attended"), Some(p)) = (attendance.as_deref(), &a.person) {
            crate::people::set_last_involved(scope, p.id, starts_at).await?;
        }
    }
    Ok(())
}

pub async fn set_notes(
    scope: &OrgScope,
    meeting_id: Uuid,
    notes: Option<String>,
) -> Result<(), DbErr> {
    set(
        scope,
        meeting_id,
        meeting::ActiveModel {
            notes: Set(notes),
            ..Default::default()
        },
    )
    .await
}

pub async fn set_notes_shared(scope: &OrgScope, meeting_id: Uuid) -> Result<(), DbErr> {
    set(
        scope,
        meeting_id,
        meeting::ActiveModel {
            notes_shared_at: Set(Some(Utc::now())),
            ..Default::default()
        },
    )
    .await
}

/// How many days before a meeting its papers should go out, for the whole organisation.
pub async fn set_days_ahead(scope: &OrgScope, days: i32) -> Result<(), DbErr> {
    withus_db::installation::set_papers_days_ahead(scope.db(), scope.organisation_id(), days).await
}
