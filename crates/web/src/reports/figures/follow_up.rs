//! The figures of what followed involvement: payments made and how fast, and feedback sent.
//! What people said and what became of it, and questionnaire answers, are read as they are
//! (`queries::contributions`, `queries::answers`).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;
use withus_db::OrgScope;

use super::queries;
use crate::kit::error::AppResult;
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

pub async fn payments(scope: &OrgScope, period: &Period) -> AppResult<Payments> {
    let claims = queries::claims_made_by(scope, period).await?;
    let paid = queries::paid_by(scope, period).await?;
    let policies: HashMap<Uuid, i64> = queries::policies(scope)
        .await?
        .into_iter()
        .map(|p| (p.id, i64::from(p.days_to_pay)))
        .collect();
    let made: HashMap<Uuid, NaiveDate> = claims
        .iter()
        .map(|c| (c.0, crate::kit::dates::london_day(c.3)))
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
) -> AppResult<Feedback> {
    let owed = crate::impact::owed(scope, None, crate::impact::Owing::Everything, now).await?;
    let mut out = Feedback::default();
    for o in owed
        .iter()
        .filter(|o| o.due >= period.from && o.due <= period.to)
    {
        out.due += 1;
        match o.sent_at {
            Some(sent) if crate::kit::dates::london_day(sent) <= o.due => out.on_time += 1,
            Some(_) => out.late += 1,
            None => out.waiting += 1,
        }
    }
    Ok(out)
}
