//! What telling people about a meeting writes: each email in the outbox, who was invited, and
//! the claim on a meeting's reminder.

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{meeting, meeting_attendee};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm;

use super::Attendee;

/// Emails each of `to` who can be emailed; answers the attendees written to.
pub async fn enqueue_mail<'a>(
    scope: &OrgScope,
    to: impl Iterator<Item = &'a Attendee>,
    subject: &str,
    body: impl Fn(&Attendee) -> String,
    calendar: Option<&str>,
) -> Result<Vec<Uuid>, DbErr> {
    let mut written = Vec::new();
    for a in to {
        let Some(address) = &a.email else {
            continue;
        };
        let body = body(a);
        let message = NewMessage {
            to: address,
            subject,
            body: &body,
            calendar,
        };
        outbox::enqueue(scope, message, Utc::now()).await?;
        written.push(a.row.id);
    }
    Ok(written)
}

/// Marks these attendees invited now.
pub async fn set_attendees_invited(scope: &OrgScope, ids: Vec<Uuid>) -> Result<(), DbErr> {
    scope
        .update_many::<meeting_attendee::Entity>()
        .set(meeting_attendee::ActiveModel {
            invited_at: Set(Some(Utc::now())),
            ..Default::default()
        })
        .filter(meeting_attendee::Column::Id.is_in(ids))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Meetings in any organisation due a reminder (invited, not cancelled, not yet reminded) that
/// start between `from` and `until`: (organisation, meeting).
pub async fn meetings_to_remind(
    db: &DatabaseConnection,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<(Uuid, Uuid)>, DbErr> {
    withus_db::installation::meetings_to_remind(db, from, until).await
}

/// Claims the meeting's reminder by setting `reminded_at` where it is still empty; false when
/// another server claimed it first.
pub async fn claim_reminder(
    scope: &OrgScope,
    meeting_id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let claimed = scope
        .update_many::<meeting::Entity>()
        .col_expr(meeting::Column::RemindedAt, Expr::value(now))
        .filter(meeting::Column::Id.eq(meeting_id))
        .filter(meeting::Column::RemindedAt.is_null())
        .exec(scope.db())
        .await?;
    Ok(claimed.rows_affected > 0)
}
