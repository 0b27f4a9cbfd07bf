//! The involvement cost calculator: what an opportunity will cost before it starts (places ×
//! sessions × the fee for a session + expected expenses), and what it has cost so far against
//! its budget.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use withus_payments::{parse_pounds, pounds};

use crate::kit::components::{ErrorSummary, Input, Select, render};
use crate::kit::dates::today;
use crate::kit::error::{AppResult, html};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::ACTIVITIES;
use crate::opportunities::load;
use crate::payments::{queries, to_policy};

/// An estimate's parts, in pence.
#[derive(Debug, PartialEq, Eq)]
pub struct Estimate {
    pub fees: i64,
    pub expenses: i64,
    pub total: i64,
}

pub fn estimate(places: i64, sessions: i64, fee_per_session: i64, expenses_each: i64) -> Estimate {
    let people_sessions = places * sessions;
    let fees = people_sessions * fee_per_session;
    let expenses = people_sessions * expenses_each;
    Estimate {
        fees,
        expenses,
        total: fees + expenses,
    }
}

#[derive(Template)]
#[template(path = "payments/costs.html")]
struct CostsPage {
    page: Page,
    errors: Option<ErrorSummary>,
    id: uuid::Uuid,
    title: String,
    fields: Vec<String>,
    result: Vec<(String, String)>,
    spend: Vec<(String, String)>,
    over_budget: bool,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let meetings = queries::meetings_of(&tenant.scope, o.id).await?;
    let typed = |k: &str, default: String| {
        q.get(k)
            .cloned()
            .filter(|v| !v.is_empty())
            .unwrap_or(default)
    };
    let data = FormData(vec![
        ("places".into(), typed("places", o.places.to_string())),
        (
            "sessions".into(),
            typed("sessions", meetings.len().max(1).to_string()),
        ),
        ("hours".into(), typed("hours", "2".into())),
        ("activity".into(), typed("activity", "meeting".into())),
        ("expenses".into(), typed("expenses", "10.00".into())),
    ]);
    let mut errors = Errors::default();
    let number = |k: &str, errors: &mut Errors| {
        let v = data
            .one(k)
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=10_000).contains(n));
        if v.is_none() {
            errors.add(k, t("costs-error-number"));
        }
        v
    };
    let places = number("places", &mut errors);
    let sessions = number("sessions", &mut errors);
    let minutes = data
        .one("hours")
        .parse::<f64>()
        .ok()
        .filter(|h| (0.0..=24.0).contains(h))
        .map(|h| (h * 60.0).round() as i64);
    if minutes.is_none() {
        errors.add("hours", t("costs-error-hours"));
    }
    let expenses = parse_pounds(&data.one("expenses"));
    if expenses.is_none() {
        errors.add("expenses", t("costs-error-expenses"));
    }
    let policies = queries::policies(&tenant.scope).await?;
    let policy = queries::in_force(&policies, today()).map(to_policy);
    let mut result = Vec::new();
    if let (Some(places), Some(sessions), Some(minutes), Some(expenses), Some(policy)) =
        (places, sessions, minutes, expenses, &policy)
    {
        let fee = policy
            .fee("member", &data.one("activity"), minutes)
            .unwrap_or(0);
        let e = estimate(places, sessions, fee, expenses);
        result = vec![
            (t("costs-fee-each"), pounds(fee)),
            (t("costs-fees"), pounds(e.fees)),
            (t("costs-expenses"), pounds(e.expenses)),
            (t("costs-total"), pounds(e.total)),
        ];
        if let Some(budget) = o.budget_pence {
            let left = i64::from(budget) - e.total;
            result.push((t("costs-budget"), pounds(i64::from(budget))));
            result.push((
                if left < 0 {
                    t("costs-over")
                } else {
                    t("costs-left")
                },
                pounds(left.abs()),
            ));
        }
    }
    let ids: Vec<_> = meetings.iter().map(|m| m.id).collect();
    let claims = queries::claims_of_meetings(&tenant.scope, ids).await?;
    let sum = |statuses: &[&str]| -> i64 {
        claims
            .iter()
            .filter(|c| statuses.contains(&c.status.as_str()))
            .map(|c| c.to_pay_pence)
            .sum()
    };
    let (paid, approved, waiting) = (
        sum(&["paid"]),
        sum(&["approved"]),
        sum(&["submitted", "queried"]),
    );
    let mut spend = vec![
        (t("costs-paid"), pounds(paid)),
        (t("costs-approved"), pounds(approved)),
        (t("costs-waiting"), pounds(waiting)),
    ];
    let committed = paid + approved + waiting;
    let over_budget = o.budget_pence.is_some_and(|b| committed > i64::from(b));
    if let Some(budget) = o.budget_pence {
        spend.push((
            t("costs-against-budget"),
            t_args(
                "costs-of-budget",
                &[
                    ("spent", &pounds(committed)),
                    ("budget", &pounds(i64::from(budget))),
                ],
            ),
        ));
    }
    let activities: Vec<(&str, String)> = ACTIVITIES.iter().map(|(v, k)| (*v, t(k))).collect();
    let activities: Vec<(&str, &str)> = activities.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let input = |name: &str, width: &str, hint: Option<String>| {
        let mut i = Input::new(name, t(&format!("costs-{name}")))
            .value(&data.one(name))
            .classes(width)
            .error(errors.get(name));
        if let Some(h) = hint {
            i = i.hint(h);
        }
        render(&i)
    };
    let fields = vec![
        input("places", "govuk-input--width-3", None),
        input("sessions", "govuk-input--width-3", None),
        input("hours", "govuk-input--width-3", Some(t("costs-hours-hint"))),
        render(&Select::new(
            "activity",
            t("costs-activity"),
            &activities,
            &data.one("activity"),
        )),
        input(
            "expenses",
            "govuk-input--width-5",
            Some(t("costs-expenses-hint")),
        ),
    ];
    if policy.is_none() {
        errors.add("places", t("costs-no-policy"));
    }
    html(CostsPage {
        page: page.titled(t_args("costs-title", &[("title", &o.title)])),
        errors: errors.summary(),
        id: o.id,
        title: o.title.clone(),
        fields,
        result,
        spend,
        over_budget,
    })
}

#[cfg(test)]
mod tests {
    use super::{Estimate, estimate};

    #[test]
    fn places_times_sessions_times_fee_plus_expenses() {
        // 8 people, 6 sessions of 2 hours at £25 an hour, £12.50 expenses each time.
        assert_eq!(
            estimate(8, 6, 5000, 1250),
            Estimate {
                fees: 240_000,
                expenses: 60_000,
                total: 300_000
            }
        );
        assert_eq!(estimate(0, 6, 5000, 1250).total, 0);
    }
}
