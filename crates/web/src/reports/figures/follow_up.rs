//! The figures of what followed involvement: payments made and how fast, feedback sent,
//! what people said and what became of it, and questionnaire answers.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
use uuid::Uuid;
use withus_db::entities::{claim, contribution, evaluation_answer, payment, payment_policy};
use withus_db::{OrgScope, sea_orm, sea_orm::DbErr};

use crate::reports::Period;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Payments {
    pub claims: usize,
    pub paid: usize,
    pub paid_pence: i64,
    pub median_days: Option<f64>,
    /// Not yet paid (nor rejected) past the promised days, as of the end of the period.
    pub overdue: usize,
}

pub async fn payments(scope: &OrgScope, period: &Period) -> Result<Payments, DbErr> {
    // (id, policy, status, made at) of every claim made by the period's end.
    let claims: Vec<(Uuid, Uuid, String, DateTime<Utc>)> = scope
        .find::<claim::Entity>()
        .select_only()
        .column(claim::Column::Id)
        .column(claim::Column::PolicyId)
        .column(claim::Column::Status)
        .column(claim::Column::SubmittedAt)
        .filter(claim::Column::SubmittedAt.lt(period.ends()))
        .into_tuple()
        .all(scope.db())
        .await?;
    // (claim, paid on, pence) of every payment by the period's end.
    let paid: Vec<(Uuid, NaiveDate, i64)> = scope
        .find::<payment::Entity>()
        .select_only()
        .column(payment::Column::ClaimId)
        .column(payment::Column::PaidOn)
        .column(payment::Column::Pence)
        .filter(payment::Column::PaidOn.lte(period.to))
        .into_tuple()
        .all(scope.db())
        .await?;
    let policies: HashMap<Uuid, i64> = scope
        .find::<payment_policy::Entity>()
        .all(scope.db())
        .await?
        .into_iter()
        .map(|p| (p.id, i64::from(p.days_to_pay)))
        .collect();
    let made: HashMap<Uuid, NaiveDate> = claims
        .iter()
        .map(|c| (c.0, crate::reports::london_day(c.3)))
        .collect();
    let in_period: Vec<&(Uuid, NaiveDate, i64)> =
        paid.iter().filter(|p| p.1 >= period.from).collect();
    let days: Vec<i64> = in_period
        .iter()
        .filter_map(|p| {
            made.get(&p.0)
                .map(|m| withus_payments::days_to_pay(*m, p.1))
        })
        .collect();
    let paid_ids: HashSet<Uuid> = paid.iter().map(|p| p.0).collect();
    let overdue = claims
        .iter()
        .filter(|c| c.2 != "rejected" && !paid_ids.contains(&c.0))
        .filter(|c| {
            let promised = policies.get(&c.1).copied().unwrap_or(0);
            withus_payments::overdue(made[&c.0], promised, period.to)
        })
        .count();
    Ok(Payments {
        claims: claims.iter().filter(|c| c.3 >= period.starts()).count(),
        paid: in_period.len(),
        paid_pence: in_period.iter().map(|p| p.2).sum(),
        median_days: withus_payments::median(&days),
        overdue,
    })
}

/// Feedback that fell due in the period: sent by the promised day, sent late, still owed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    pub due: usize,
    pub on_time: usize,
    pub late: usize,
    pub waiting: usize,
}

pub async fn feedback(
    scope: &OrgScope,
    period: &Period,
    now: DateTime<Utc>,
) -> Result<Feedback, DbErr> {
    let owed = crate::impact::owed(scope, None, crate::impact::Owing::Everything, now).await?;
    let mut out = Feedback::default();
    for o in owed
        .iter()
        .filter(|o| o.due >= period.from && o.due <= period.to)
    {
        out.due += 1;
        match o.sent_at {
            Some(sent) if crate::reports::london_day(sent) <= o.due => out.on_time += 1,
            Some(_) => out.late += 1,
            None => out.waiting += 1,
        }
    }
    Ok(out)
}

/// Contributions: said in the period, and decided in it.
pub async fn contributions(
    scope: &OrgScope,
    period: &Period,
) -> Result<Vec<contribution::Model>, DbErr> {
    scope
        .find::<contribution::Entity>()
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(contribution::Column::SaidOn.gte(period.from))
                        .add(contribution::Column::SaidOn.lte(period.to)),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(contribution::Column::OutcomeOn.gte(period.from))
                        .add(contribution::Column::OutcomeOn.lte(period.to)),
                ),
        )
        .all(scope.db())
        .await
}

pub async fn answers(
    scope: &OrgScope,
    period: &Period,
) -> Result<Vec<evaluation_answer::Model>, DbErr> {
    scope
        .find::<evaluation_answer::Entity>()
        .filter(evaluation_answer::Column::SubmittedAt.gte(period.starts()))
        .filter(evaluation_answer::Column::SubmittedAt.lt(period.ends()))
        .all(scope.db())
        .await
}
