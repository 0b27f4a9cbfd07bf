//! Draw jobs as the coordinator's pages and the worker see them: queue one, claim one, read
//! one, list those not finished, and finish one in the same transaction as what it made.
//! Every change a worker makes names its attempt, so a worker whose lease was taken over
//! changes nothing.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;
use withus_db::OrgScope;
pub use withus_db::draw_jobs::{CHECK, DONE, DRAW, FAILED, QUEUED, RUNNING, claim};
use withus_db::entities::draw_job::{self, Column};
use withus_db::entities::selection_draw;
use withus_db::sea_orm;

/// Failed jobs stay on the draw page this long, so a coordinator who left finds out why.
const FAILED_SHOWN_DAYS: i64 = 7;

/// What a coordinator asked for.
pub struct NewJob<'a> {
    /// `withus_db::draw_jobs::DRAW` or `CHECK`.
    pub kind: &'a str,
    pub opportunity_id: Uuid,
    /// The stored draw a check runs again.
    pub draw_id: Option<Uuid>,
    pub seed: &'a str,
    pub by: Uuid,
}

pub async fn queue(scope: &OrgScope, job: NewJob<'_>, now: DateTime<Utc>) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(draw_job::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            opportunity_id: Set(job.opportunity_id),
            kind: Set(job.kind.to_owned()),
            draw_id: Set(job.draw_id),
            seed: Set(job.seed.to_owned()),
            status: Set(QUEUED.to_owned()),
            attempts: Set(0),
            queued_by: Set(Some(job.by)),
            queued_at: Set(now),
            started_at: Set(None),
            lease_until: Set(None),
            lease_owner: Set(None),
            finished_at: Set(None),
            same_panel: Set(None),
            failure: Set(None),
        })
        .await?;
    Ok(id)
}

pub async fn job(
    scope: &OrgScope,
    opportunity_id: Uuid,
    id: Uuid,
) -> Result<Option<draw_job::Model>, DbErr> {
    scope
        .find::<draw_job::Entity>()
        .filter(Column::OpportunityId.eq(opportunity_id))
        .filter(Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// The opportunity's jobs still waiting or running, and those that failed lately, newest
/// first: what a coordinator coming back to the draw page needs to find.
pub async fn unfinished(
    scope: &OrgScope,
    opportunity_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<draw_job::Model>, DbErr> {
    scope
        .find::<draw_job::Entity>()
        .filter(Column::OpportunityId.eq(opportunity_id))
        .filter(
            Condition::any()
                .add(Column::Status.is_in([QUEUED, RUNNING]))
                .add(
                    Condition::all()
                        .add(Column::Status.eq(FAILED))
                        .add(Column::QueuedAt.gt(now - Duration::days(FAILED_SHOWN_DAYS))),
                ),
        )
        .order_by_desc(Column::QueuedAt)
        .limit(20)
        .all(scope.db())
        .await
}

/// A check of this draw already waiting or running, so pressing the button twice runs it once.
pub async fn check_under_way(
    scope: &OrgScope,
    draw_id: Uuid,
) -> Result<Option<draw_job::Model>, DbErr> {
    scope
        .find::<draw_job::Entity>()
        .filter(Column::Kind.eq(CHECK))
        .filter(Column::DrawId.eq(draw_id))
        .filter(Column::Status.is_in([QUEUED, RUNNING]))
        .one(scope.db())
        .await
}

/// This claim of the job, and no other: its owner and its attempt. A worker whose lease ran
/// out and was taken over matches nothing.
fn mine(job: &draw_job::Model) -> Condition {
    Condition::all()
        .add(Column::Id.eq(job.id))
        .add(Column::Status.eq(RUNNING))
        .add(Column::LeaseOwner.eq(job.lease_owner.clone()))
        .add(Column::Attempts.eq(job.attempts))
}

/// Holds the lease a while longer; false once the job is no longer this attempt's.
pub async fn renew(
    scope: &OrgScope,
    job: &draw_job::Model,
    until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let renewed = scope
        .update_many::<draw_job::Entity>()
        .col_expr(Column::LeaseUntil, Expr::value(until))
        .filter(mine(job))
        .exec(scope.db())
        .await?;
    Ok(renewed.rows_affected == 1)
}

/// Records why nothing was drawn, one reason a line.
pub async fn fail(scope: &OrgScope, job: &draw_job::Model, reasons: &str) -> Result<bool, DbErr> {
    let failed = scope
        .update_many::<draw_job::Entity>()
        .col_expr(Column::Status, Expr::value(FAILED))
        .col_expr(Column::Failure, Expr::value(reasons.to_owned()))
        .col_expr(Column::FinishedAt, Expr::value(Utc::now()))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(mine(job))
        .exec(scope.db())
        .await?;
    Ok(failed.rows_affected == 1)
}

async fn mark_done<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    job: &draw_job::Model,
    draw_id: Uuid,
    same_panel: Option<bool>,
) -> Result<bool, DbErr> {
    let marked = scope
        .update_many::<draw_job::Entity>()
        .col_expr(Column::Status, Expr::value(DONE))
        .col_expr(Column::DrawId, Expr::value(draw_id))
        .col_expr(Column::SamePanel, Expr::value(same_panel))
        .col_expr(Column::FinishedAt, Expr::value(Utc::now()))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(mine(job))
        .exec(conn)
        .await?;
    Ok(marked.rows_affected == 1)
}

/// A draw the worker worked out, to be stored with its job's seed.
pub struct NewDraw {
    pub opportunity_id: Uuid,
    pub size: i32,
    pub reserves: i32,
    /// The problem and the outcome, as JSON.
    pub problem: String,
    pub result: String,
    pub min_probability: f64,
    pub panels_in_support: i32,
}

/// Stores the draw and marks the job done, both or neither. False, and nothing stored, when
/// another worker has taken the job over: that one stores it.
pub async fn finish_draw(
    scope: &OrgScope,
    job: &draw_job::Model,
    draw: NewDraw,
) -> Result<bool, DbErr> {
    let draw_id = Uuid::now_v7();
    let row = selection_draw::ActiveModel {
        id: Set(draw_id),
        organisation_id: Set(scope.organisation_id()),
        opportunity_id: Set(draw.opportunity_id),
        seed: Set(job.seed.clone()),
        size: Set(draw.size),
        reserves: Set(draw.reserves),
        problem: Set(draw.problem),
        result: Set(draw.result),
        min_probability: Set(draw.min_probability),
        panels_in_support: Set(draw.panels_in_support),
        drawn_by: Set(job.queued_by),
        drawn_at: Set(Utc::now()),
        applied_at: Set(None),
        checked_at: Set(None),
    };
    let txn = scope.transaction().await?;
    // The draw goes in first: the job's link to it is checked at once.
    scope.insert_many_in(&txn, vec![row]).await?;
    if !mark_done(scope, &txn, job, draw_id, None).await? {
        txn.rollback().await?;
        return Ok(false);
    }
    txn.commit().await?;
    Ok(true)
}

/// Records a check's answer, and when the same panel came out, that the draw was checked.
pub async fn finish_check(
    scope: &OrgScope,
    job: &draw_job::Model,
    draw_id: Uuid,
    same: bool,
) -> Result<bool, DbErr> {
    let txn = scope.transaction().await?;
    if !mark_done(scope, &txn, job, draw_id, Some(same)).await? {
        txn.rollback().await?;
        return Ok(false);
    }
    if same {
        scope
            .update_many::<selection_draw::Entity>()
            .col_expr(selection_draw::Column::CheckedAt, Expr::value(Utc::now()))
            .filter(selection_draw::Column::Id.eq(draw_id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(true)
}
