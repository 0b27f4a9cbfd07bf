//! Are people paid on time? Claims past the promised time, and the median days from claim to
//! payment, month by month.

use std::collections::{BTreeMap, HashMap};

use chrono_tz::Europe::London;
use withus_db::entities::payment;
use withus_payments::{days_to_pay, median, overdue};

use crate::payments::queries::Listed;

/// Claims not yet paid (nor rejected) past the promised days of the policy they were made under.
pub fn overdue_claims<'a>(
    claims: &'a [Listed],
    promised: &HashMap<uuid::Uuid, i64>,
    on: chrono::NaiveDate,
) -> Vec<(&'a Listed, i64)> {
    claims
        .iter()
        .filter(|l| !matches!(l.claim.status.as_str(), "paid" | "rejected"))
        .filter_map(|l| {
            let made = l.claim.submitted_at.with_timezone(&London).date_naive();
            let days = promised.get(&l.claim.policy_id).copied().unwrap_or(0);
            overdue(made, days, on).then(|| (l, days_to_pay(made, on) - days))
        })
        .collect()
}

/// For each month payments were made in: how many, and the median days from claim to payment.
pub fn monthly(claims: &[Listed], paid: &[payment::Model]) -> BTreeMap<String, (usize, f64)> {
    let made: HashMap<_, _> = claims
        .iter()
        .map(|l| {
            (
                l.claim.id,
                l.claim.submitted_at.with_timezone(&London).date_naive(),
            )
        })
        .collect();
    let mut by_month: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for p in paid {
        if let Some(m) = made.get(&p.claim_id) {
            by_month
                .entry(p.paid_on.format("%Y-%m").to_string())
                .or_default()
                .push(days_to_pay(*m, p.paid_on));
        }
    }
    by_month
        .into_iter()
        .filter_map(|(k, days)| median(&days).map(|m| (k, (days.len(), m))))
        .collect()
}
