//! Confirmed spreadsheet imports, run by whichever server's worker claims them first. The claim
//! is the outbox's: a lease taken by one atomic statement, so two servers never import twice.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::entities::people_import::{self, Column};
use crate::outbox::skip_locked;

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
    let mut due = Query::select();
    due.column(Column::Id)
        .from(people_import::Entity)
        .and_where(
            Expr::col(Column::Status)
                .eq(QUEUED)
                .or(Expr::col(Column::Status)
                    .eq(IMPORTING)
                    .and(Expr::col(Column::LeaseUntil).lt(now))),
        )
        .order_by(Column::QueuedAt, sea_orm::Order::Asc)
        .limit(1);
    skip_locked(db, &mut due);
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
