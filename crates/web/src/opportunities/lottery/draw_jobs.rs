//! The worker's side of the fair lottery: a draw asked for on the draw page, or a check of a
//! stored draw, worked out away from any request, so a large pool can take minutes and nobody
//! waits on the solver. A draw reads the pool and quotas as they stand when it starts. The
//! draw is stored in the same transaction that marks the job done, and only by the worker
//! whose claim is the latest, so with any number of servers each job is drawn exactly once.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::draw_jobs::{self, CHECK};
use withus_db::entities::{draw_job, opportunity, selection_draw};
use withus_db::job_queue::{LEASE, Owner};
use withus_db::sea_orm;
use withus_selection::SelectionError;

use super::job_queries;
use super::problem::{Outcome, Problem, problem};
use super::queries;
use crate::kit::audit;
use crate::kit::i18n::{t, t_args};
use crate::kit::lease::Heartbeat;

/// Long enough for every stage of LEXIMIN on the largest pools we support; past it the
/// solver stops refining with the lowest chance still optimal.
const BUDGET: StdDuration = StdDuration::from_secs(600);
/// A job whose server stopped this many times is given up rather than tried for ever.
const MAX_ATTEMPTS: i32 = 3;

/// Runs one waiting draw or check, if there is one, as the worker does every second. Answers
/// whether there was one. `now` is when the claim is made, so tests can move the clock on.
pub async fn run_one(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<bool, DbErr> {
    run_one_as(db, Owner::this_process(), now).await
}

/// `run_one` as the worker process `owner`. The claim's lease is short and renewed while the
/// solver runs, so a server that stops loses its job to another within a minute, however
/// long the draw itself takes.
pub async fn run_one_as(
    db: &DatabaseConnection,
    owner: &Owner,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(job) = draw_jobs::claim(db, owner, now, LEASE).await? else {
        return Ok(false);
    };
    run_claimed(db, job).await?;
    Ok(true)
}

/// Runs a job this worker has claimed. A test uses it to play a worker that carries on after
/// its lease was taken over: it works the draw out, and stores nothing.
pub async fn run_claimed(db: &DatabaseConnection, job: draw_job::Model) -> Result<(), DbErr> {
    let scope = OrgScope::new(db.clone(), job.organisation_id);
    if job.attempts > MAX_ATTEMPTS {
        job_queries::fail(&scope, &job, &t("draw-job-stopped")).await?;
        return Ok(());
    }
    let heartbeat = Heartbeat::start("a draw", job.id, {
        let (scope, job) = (scope.clone(), job.clone());
        move || {
            let (scope, job) = (scope.clone(), job.clone());
            async move { job_queries::renew(&scope, &job, Utc::now() + LEASE).await }
        }
    });
    let worked = if job.kind == CHECK {
        check(&scope, &job).await
    } else {
        draw(&scope, &job).await
    };
    drop(heartbeat);
    let reasons = match worked {
        Ok(()) => return Ok(()),
        Err(JobError::Refused(reasons)) => reasons,
        Err(JobError::Broken(cause)) => {
            tracing::error!(id = %job.id, "draw job failed: {cause}");
            vec![t("draw-job-error")]
        }
    };
    job_queries::fail(&scope, &job, &reasons.join("\n")).await?;
    Ok(())
}

enum JobError {
    /// Why nothing can be drawn, in plain words for the coordinator.
    Refused(Vec<String>),
    /// Something on our side, logged; the coordinator is asked to try again.
    Broken(String),
}

impl From<DbErr> for JobError {
    fn from(e: DbErr) -> Self {
        JobError::Broken(e.to_string())
    }
}

/// The solver off the async runtime, with its refusals explained as the draw page did.
async fn solve(problem: &Problem, seed: &str, reserves: usize) -> Result<Outcome, JobError> {
    let (run, seed) = (problem.clone(), seed.to_owned());
    let solved = tokio::task::spawn_blocking(move || run.solve_within(&seed, reserves, BUDGET))
        .await
        .map_err(|e| JobError::Broken(format!("the solver stopped: {e}")))?;
    solved.map_err(|e| match e {
        SelectionError::Infeasible(conflicts) => {
            JobError::Refused(conflicts.iter().map(|c| problem.explain(c)).collect())
        }
        other => JobError::Refused(vec![t_args(
            "lottery-error-solver",
            &[("reason", &other.to_string())],
        )]),
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, JobError> {
    serde_json::to_string(value).map_err(|e| JobError::Broken(e.to_string()))
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JobError> {
    serde_json::from_str(text).map_err(|e| JobError::Broken(format!("stored draw unreadable: {e}")))
}

async fn draw(scope: &OrgScope, job: &draw_job::Model) -> Result<(), JobError> {
    let o = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.eq(job.opportunity_id))
        .one(scope.db())
        .await?
        .ok_or_else(|| JobError::Broken("the opportunity has gone".into()))?;
    let pool = queries::pool(scope, o.id).await?;
    let quotas = queries::quotas(scope, o.id).await?;
    // Places may have been offered since the coordinator asked.
    let free = queries::free_places(scope, &o).await?;
    if free == 0 {
        return Err(JobError::Refused(vec![t("lottery-error-no-places")]));
    }
    let size = free.min(pool.people.len().max(1));
    let problem = problem(&pool, &quotas, size);
    let reserves = o.reserves.max(0) as usize;
    let outcome = solve(&problem, &job.seed, reserves).await?;
    let draw_id = Uuid::now_v7();
    let row = selection_draw::ActiveModel {
        id: Set(draw_id),
        organisation_id: Set(scope.organisation_id()),
        opportunity_id: Set(o.id),
        seed: Set(job.seed.clone()),
        size: Set(size as i32),
        reserves: Set(reserves as i32),
        problem: Set(to_json(&problem)?),
        result: Set(to_json(&outcome)?),
        min_probability: Set(outcome.min_probability),
        panels_in_support: Set(outcome.panels_in_support as i32),
        drawn_by: Set(job.queued_by),
        drawn_at: Set(Utc::now()),
        applied_at: Set(None),
        checked_at: Set(None),
    };
    if job_queries::finish_draw(scope, job, draw_id, row).await? {
        audit::record(
            scope,
            job.queued_by,
            "drew",
            "opportunity",
            Some(o.id),
            Some(&job.seed),
        )
        .await?;
    }
    Ok(())
}

/// Runs the stored problem again with the stored seed: the same panel and reserves must
/// come out.
async fn check(scope: &OrgScope, job: &draw_job::Model) -> Result<(), JobError> {
    let draw_id = job
        .draw_id
        .ok_or_else(|| JobError::Broken("a check without its draw".into()))?;
    let stored = queries::draw(scope, job.opportunity_id, draw_id)
        .await?
        .ok_or_else(|| JobError::Broken("the draw to check has gone".into()))?;
    let problem: Problem = parse(&stored.problem)?;
    let outcome: Outcome = parse(&stored.result)?;
    let reserves = stored.reserves.max(0) as usize;
    let same = match solve(&problem, &stored.seed, reserves).await {
        Ok(again) => again.panel == outcome.panel && again.reserves == outcome.reserves,
        // What was drawn once cannot be drawn now: that is a different result.
        Err(JobError::Refused(_)) => false,
        Err(broken) => return Err(broken),
    };
    if job_queries::finish_check(scope, job, stored.id, same).await? {
        audit::record(
            scope,
            job.queued_by,
            "checked draw",
            "opportunity",
            Some(job.opportunity_id),
            Some(if same { "same" } else { "different" }),
        )
        .await?;
    }
    Ok(())
}
