//! The worker's side of the fair lottery: a draw asked for on the draw page, or a check of a
//! stored draw, worked out away from any request, so a large pool can take minutes and nobody
//! waits on the solver. A draw reads the pool and quotas as they stand when it starts. The
//! draw is stored in the same transaction that marks the job done, and only by the worker
//! whose claim is the latest, so with any number of servers each job is drawn exactly once.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use withus_db::OrgScope;
use withus_db::entities::draw_job;
use withus_selection::SelectionError;

use super::problem::{Outcome, Problem, problem};
use super::queries::{self, CHECK, DatabaseConnection, DbErr, LEASE, NewDraw, Owner};
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
    let Some(job) = queries::claim(db, owner, now, LEASE).await? else {
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
        queries::fail(&scope, &job, &t("draw-job-stopped")).await?;
        return Ok(());
    }
    let heartbeat = Heartbeat::start("a draw", job.id, {
        let (scope, job) = (scope.clone(), job.clone());
        move || {
            let (scope, job) = (scope.clone(), job.clone());
            async move { queries::renew(&scope, &job, Utc::now() + LEASE).await }
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
    queries::fail(&scope, &job, &reasons.join("\n")).await?;
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
    let o = queries::opportunity(scope, job.opportunity_id)
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
    let drawn = NewDraw {
        opportunity_id: o.id,
        size: size as i32,
        reserves: reserves as i32,
        problem: to_json(&problem)?,
        result: to_json(&outcome)?,
        min_probability: outcome.min_probability,
        panels_in_support: outcome.panels_in_support as i32,
    };
    if queries::finish_draw(scope, job, drawn).await? {
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
    if queries::finish_check(scope, job, stored.id, same).await? {
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
