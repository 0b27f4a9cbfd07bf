//! Fair lottery draws (and checks of a stored draw), run by whichever server's worker claims
//! them first. The claim is the import's: a lease taken by one atomic statement, so two
//! servers never work on the same job at once, and a job whose server stopped is taken over
//! once its lease has run out. A claim names its owner, which the worker's renewals and its
//! finishing must match.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::entities::draw_job::{self, Column};
use crate::job_queue::{Owner, Queue, next_due};

pub const DRAW: &str = "draw";
pub const CHECK: &str = "check";

pub const QUEUED: &str = "queued";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

/// Claims the oldest queued job, or one whose worker stopped renewing its lease, for `owner`,
/// and counts the attempt: owner and count are what let only the latest claim finish the job.
pub async fn claim(
    db: &DatabaseConnection,
    owner: &Owner,
    now: DateTime<Utc>,
    lease: Duration,
) -> Result<Option<draw_job::Model>, DbErr> {
    let queue = Queue {
        id: Column::Id,
        status: Column::Status,
        lease_until: Column::LeaseUntil,
        queued_at: Column::QueuedAt,
        queued: QUEUED,
        running: RUNNING,
    };
    let due = next_due(db, draw_job::Entity, &queue, now);
    let claimed = draw_job::Entity::update_many()
        .col_expr(Column::Status, Expr::value(RUNNING))
        .col_expr(Column::StartedAt, Expr::value(now))
        .col_expr(Column::LeaseUntil, Expr::value(now + lease))
        .col_expr(Column::LeaseOwner, Expr::value(owner.as_str()))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .filter(Column::Id.in_subquery(due))
        .exec_with_returning(db)
        .await?;
    Ok(claimed.into_iter().next())
}
