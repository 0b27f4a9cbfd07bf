//! The one query behind every job with a lease (imports, draws): the oldest queued job, or a
//! running one whose server stopped before its lease ran out, locked on PostgreSQL so two
//! servers never claim the same row.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait};

use crate::outbox::skip_locked;

/// The columns a leased job table has, and what its statuses are called.
pub struct Queue<C> {
    pub id: C,
    pub status: C,
    pub lease_until: C,
    pub queued_at: C,
    pub queued: &'static str,
    pub running: &'static str,
}

/// `SELECT id … LIMIT 1` of the job to claim next, for `UPDATE … WHERE id IN (…)`.
pub fn next_due<E: EntityTrait>(
    db: &DatabaseConnection,
    entity: E,
    queue: &Queue<E::Column>,
    now: DateTime<Utc>,
) -> SelectStatement
where
    E::Column: ColumnTrait,
{
    let mut due = Query::select();
    due.column(queue.id)
        .from(entity)
        .and_where(
            Expr::col(queue.status)
                .eq(queue.queued)
                .or(Expr::col(queue.status)
                    .eq(queue.running)
                    .and(Expr::col(queue.lease_until).lt(now))),
        )
        .order_by(queue.queued_at, sea_orm::Order::Asc)
        .limit(1);
    skip_locked(db, &mut due);
    due
}
