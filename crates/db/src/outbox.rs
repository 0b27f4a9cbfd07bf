//! The mail outbox as a job queue shared by every app server. A worker claims one due message
//! with a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite's single writer makes the
//! `UPDATE … RETURNING` atomic), so two servers never send the same message.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::OrgScope;
use crate::entities::outbox_message::{self, Column};
use crate::job_queue::{Owner, skip_locked};

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
/// No mail server is configured: the message stays readable on the administrator's page.
pub const KEPT: &str = "kept";
pub const FAILED: &str = "failed";
pub const MAX_ATTEMPTS: i32 = 8;

pub struct NewMessage<'a> {
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// A calendar file to attach (RFC 5545 text).
    pub calendar: Option<&'a str>,
}

pub async fn enqueue(
    scope: &OrgScope,
    message: NewMessage<'_>,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    enqueue_in(scope, scope.db(), message, now).await
}

/// Like `enqueue`, inside the caller's transaction: the message goes only if the rest does.
pub async fn enqueue_in<C: sea_orm::ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    message: NewMessage<'_>,
    now: DateTime<Utc>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert_many_in(
            conn,
            vec![outbox_message::ActiveModel {
                id: Set(id),
                organisation_id: Set(scope.organisation_id()),
                to_address: Set(message.to.to_owned()),
                subject: Set(message.subject.to_owned()),
                body_text: Set(message.body.to_owned()),
                status: Set(PENDING.to_owned()),
                attempts: Set(0),
                next_attempt_at: Set(now),
                lease_until: Set(None),
                lease_owner: Set(None),
                last_error: Set(None),
                created_at: Set(now),
                sent_at: Set(None),
                calendar: Set(message.calendar.map(str::to_owned)),
            }],
        )
        .await?;
    Ok(id)
}

/// Claims the oldest due message for `lease` and counts the attempt, for this process.
pub async fn claim(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    lease: Duration,
) -> Result<Option<outbox_message::Model>, DbErr> {
    claim_as(db, Owner::this_process(), now, lease).await
}

/// Like `claim`, naming the owner. Sending one message takes seconds, well inside `lease`, so
/// a message needs no heartbeat: one whose server died is sent again once the lease runs out.
pub async fn claim_as(
    db: &DatabaseConnection,
    owner: &Owner,
    now: DateTime<Utc>,
    lease: Duration,
) -> Result<Option<outbox_message::Model>, DbErr> {
    let mut due = Query::select();
    due.column(Column::Id)
        .from(outbox_message::Entity)
        .and_where(Expr::col(Column::Status).eq(PENDING))
        .and_where(Expr::col(Column::NextAttemptAt).lte(now))
        .and_where(
            Expr::col(Column::LeaseUntil)
                .is_null()
                .or(Expr::col(Column::LeaseUntil).lt(now)),
        )
        .order_by(Column::NextAttemptAt, sea_orm::Order::Asc)
        .limit(1);
    skip_locked(db, &mut due);
    let claimed = outbox_message::Entity::update_many()
        .col_expr(Column::LeaseUntil, Expr::value(now + lease))
        .col_expr(Column::LeaseOwner, Expr::value(owner.as_str()))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .filter(Column::Id.in_subquery(due))
        .exec_with_returning(db)
        .await?;
    Ok(claimed.into_iter().next())
}

/// Records the outcome of a claimed message: delivered (`SENT`), kept for reading (`KEPT`).
pub async fn finish(
    db: &DatabaseConnection,
    id: Uuid,
    status: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    outbox_message::Entity::update_many()
        .col_expr(Column::Status, Expr::value(status))
        .col_expr(Column::SentAt, Expr::value(now))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Exponential backoff from one minute, doubling, capped at six hours.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 20) - 1;
    let minutes = Ord::min(1i64 << exponent, 360);
    Duration::minutes(minutes)
}

/// Records a failed attempt: retry later with backoff, or give up after `MAX_ATTEMPTS`.
pub async fn fail(
    db: &DatabaseConnection,
    message: &outbox_message::Model,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let status = if message.attempts >= MAX_ATTEMPTS {
        FAILED
    } else {
        PENDING
    };
    outbox_message::Entity::update_many()
        .col_expr(Column::Status, Expr::value(status))
        .col_expr(
            Column::NextAttemptAt,
            Expr::value(now + backoff(message.attempts)),
        )
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::LastError, Expr::value(error.to_owned()))
        .filter(Column::Id.eq(message.id))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_caps() {
        assert_eq!(backoff(1), Duration::minutes(1));
        assert_eq!(backoff(2), Duration::minutes(2));
        assert_eq!(backoff(4), Duration::minutes(8));
        assert_eq!(backoff(30), Duration::minutes(360));
    }
}
