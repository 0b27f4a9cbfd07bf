//! Fair lottery draws (and checks of a stored draw), run by whichever server's worker claims
//! them first. The claim is the import's: a lease taken by one atomic statement, so two
//! servers never work on the same job at once, and a job whose server stopped is taken over
//! once its lease has run out.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::entities::draw_job::{self, Column};
use crate::outbox::skip_locked;

pub const DRAW: &str = "draw";
pub const CHECK: &str = "check";

pub const QUEUED: &str = "queued";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

/// Claims the oldest queued job, or one whose worker stopped before its lease ran out, and
/// counts the attempt: the count is what lets only the latest claim finish the job.
pub async fn claim(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    lease: Duration,
) -> Result<Option<draw_job::Model>, DbErr> {
    let mut due = Query::select();
    due.column(Column::Id)
        .from(draw_job::Entity)
        .and_where(
            Expr::col(Column::Status)
                .eq(QUEUED)
                .or(Expr::col(Column::Status)
                    .eq(RUNNING)
                    .and(Expr::col(Column::LeaseUntil).lt(now))),
        )
        .order_by(Column::QueuedAt, sea_orm::Order::Asc)
        .limit(1);
    skip_locked(db, &mut due);
    let claimed = draw_job::Entity::update_many()
        .col_expr(Column::Status, Expr::value(RUNNING))
        .col_expr(Column::StartedAt, Expr::value(now))
        .col_expr(Column::LeaseUntil, Expr::value(now + lease))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .filter(Column::Id.in_subquery(due))
        .exec_with_returning(db)
        .await?;
    Ok(claimed.into_iter().next())
}
