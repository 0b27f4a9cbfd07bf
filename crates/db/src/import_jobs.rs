//! Confirmed spreadsheet imports, run by whichever server's worker claims them first. The claim
//! is the outbox's: a lease taken by one atomic statement, so two servers never import twice.
//! A claim names its owner and counts its attempt; the worker renews the lease while it works,
//! and every later change it makes names both, so a worker whose job was taken over (or
//! retried by the coordinator) changes nothing.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::OrgScope;
use crate::entities::people_import::{self, Column};
use crate::job_queue::{Owner, Queue, next_due};

pub use crate::import_state::{CHECKED, DONE, FAILED, IMPORTING, Move, QUEUED, State};

/// Claims the oldest queued import, or one whose owner stopped renewing its lease, for
/// `owner`, and counts the attempt.
pub async fn claim(
    db: &DatabaseConnection,
    owner: &Owner,
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
    debug_assert_eq!(Move::Claim.from_names(), [QUEUED, IMPORTING]);
    let due = next_due(db, people_import::Entity, &queue, now);
    let claimed = people_import::Entity::update_many()
        .col_expr(Column::Status, Expr::value(Move::Claim.to().name()))
        .col_expr(Column::StartedAt, Expr::value(now))
        .col_expr(Column::LeaseUntil, Expr::value(now + lease))
        .col_expr(Column::LeaseOwner, Expr::value(owner.as_str()))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .filter(Column::Id.in_subquery(due))
        .exec_with_returning(db)
        .await?;
    Ok(claimed.into_iter().next())
}

/// What names one claim of an import: enough to renew or finish it, without its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub id: Uuid,
    pub owner: Option<String>,
    pub attempts: i32,
}

impl Claim {
    pub fn of(job: &people_import::Model) -> Claim {
        Claim {
            id: job.id,
            owner: job.lease_owner.clone(),
            attempts: job.attempts,
        }
    }
}

/// This claim of the job and no other: its owner, its attempt, still running.
pub fn mine(claim: &Claim) -> Condition {
    Condition::all()
        .add(Column::Id.eq(claim.id))
        .add(Column::Status.eq(Move::Claim.to().name()))
        .add(Column::LeaseOwner.eq(claim.owner.clone()))
        .add(Column::Attempts.eq(claim.attempts))
}

/// Holds the lease until `until`; false once the job is no longer this claim's.
pub async fn renew(
    db: &DatabaseConnection,
    claim: &Claim,
    until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let renewed = people_import::Entity::update_many()
        .col_expr(Column::LeaseUntil, Expr::value(until))
        .filter(mine(claim))
        .exec(db)
        .await?;
    Ok(renewed.rows_affected == 1)
}

/// Records why an import stopped; nothing of it was written. False when the job is no
/// longer this claim's.
pub async fn fail(db: &DatabaseConnection, claim: &Claim, reason: &str) -> Result<bool, DbErr> {
    let failed = people_import::Entity::update_many()
        .col_expr(Column::Status, Expr::value(Move::Fail.to().name()))
        .col_expr(Column::Failure, Expr::value(reason.to_owned()))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(mine(claim))
        .exec(db)
        .await?;
    Ok(failed.rows_affected == 1)
}

/// Whether nobody is working on the import: it failed, or its owner stopped renewing the
/// lease. Such an import may be tried again.
pub fn can_retry(job: &people_import::Model, now: DateTime<Utc>) -> bool {
    job.status == FAILED || stalled(job, now)
}

/// Running, as far as the table says, but its owner has stopped renewing the lease.
pub fn stalled(job: &people_import::Model, now: DateTime<Utc>) -> bool {
    job.status == IMPORTING && job.lease_until.is_some_and(|until| until < now)
}

/// Puts a failed or stalled import back in the queue, with its count of attempts started
/// again. Nothing happens to one that is waiting, done, or running with a live lease. Answers
/// whether it was queued again.
pub async fn retry(scope: &OrgScope, id: Uuid, now: DateTime<Utc>) -> Result<bool, DbErr> {
    // Retry starts from failed, or from importing once the lease has run out.
    let stopped = Condition::any().add(Column::Status.eq(FAILED)).add(
        Condition::all()
            .add(Column::Status.eq(IMPORTING))
            .add(Column::LeaseUntil.lt(now)),
    );
    debug_assert_eq!(Move::Retry.from_names(), [FAILED, IMPORTING]);
    let queued = scope
        .update_many::<people_import::Entity>()
        .col_expr(Column::Status, Expr::value(Move::Retry.to().name()))
        .col_expr(Column::QueuedAt, Expr::value(now))
        .col_expr(
            Column::StartedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::LeaseOwner, Expr::value(Option::<String>::None))
        .col_expr(Column::Attempts, Expr::value(0))
        .col_expr(Column::Failure, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(id))
        .filter(stopped)
        .exec(scope.db())
        .await?;
    Ok(queued.rows_affected == 1)
}
