//! The cost calculator's page: its fields, the estimate in words, and what has been spent.

use askama::Template;
use withus_payments::pounds;

use crate::kit::components::{ErrorSummary, Input, Select, render};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::meetings::ACTIVITIES;
use crate::payments::costs::Estimate;

#[derive(Template)]
#[template(path = "payments/costs.html")]
pub struct CostsPage {
    pub page: Page,
    pub errors: Option<ErrorSummary>,
    pub id: uuid::Uuid,
    pub title: String,
    pub fields: Vec<String>,
    pub result: Vec<(String, String)>,
    pub spend: Vec<(String, String)>,
    pub over_budget: bool,
}

/// The estimate in words, with what it leaves of the budget or goes over it by.
pub fn result(fee: i64, e: &Estimate, budget_pence: Option<i32>) -> Vec<(String, String)> {
    let mut result = vec![
        (t("costs-fee-each"), pounds(fee)),
        (t("costs-fees"), pounds(e.fees)),
        (t("costs-expenses"), pounds(e.expenses)),
        (t("costs-total"), pounds(e.total)),
    ];
    if let Some(budget) = budget_pence {
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
    result
}

/// What has been spent so far, and against the budget when there is one.
pub fn spend(
    paid: i64,
    approved: i64,
    waiting: i64,
    budget_pence: Option<i32>,
) -> Vec<(String, String)> {
    let mut spend = vec![
        (t("costs-paid"), pounds(paid)),
        (t("costs-approved"), pounds(approved)),
        (t("costs-waiting"), pounds(waiting)),
    ];
    let committed = paid + approved + waiting;
    if let Some(budget) = budget_pence {
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
    spend
}

/// The calculator's fields, filled with what was asked.
pub fn fields(data: &FormData, errors: &Errors) -> Vec<String> {
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
    vec![
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
    ]
}
