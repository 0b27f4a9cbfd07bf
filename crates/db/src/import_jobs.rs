//! Confirmed spreadsheet imports, run by whichever server's worker claims them first. The claim
//! is the outbox's: a lease taken by one atomic statement, so two servers never import twice.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::entities::people_import::{self, Column};
use crate::job_queue::{Queue, next_due};

pub const CHECKED: &str = "checked";
pub const QUEUED: &str = "queued";
pub const IMPORTING: &str = "importing";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

/// Claims the oldest queued import, or one whose worker stopped before its lease ran out.
pub async fn claim(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    lease: Duration,
) -> Result<Option<people_import::Model>, DbErr> {
    let queue = Queue {
        id: Column::Id,
        status: Column::Status,
        lease_until: Column::LeaseUntil,
        queued_at: Column::QueuedAt,
        queued: QUEUED,
        running: IMPORTING,
    };
    let due = next_due(db, people_import::Entity, &queue, now);
    let claimed = people_import::Entity::update_many()
        .col_expr(Column::Status, Expr::value(IMPORTING))
        .col_expr(Column::StartedAt, Expr::value(now))
        .col_expr(Column::LeaseUntil, Expr::value(now + lease))
        .filter(Column::Id.in_subquery(due))
        .exec_with_returning(db)
        .await?;
    Ok(claimed.into_iter().next())
}

/// Records why an import stopped; nothing of it was written.
pub async fn fail(db: &DatabaseConnection, id: uuid::Uuid, reason: &str) -> Result<(), DbErr> {
    people_import::Entity::update_many()
        .col_expr(Column::Status, Expr::value(FAILED))
        .col_expr(Column::Failure, Expr::value(reason.to_owned()))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(IMPORTING))
        .exec(db)
        .await?;
    Ok(())
}
