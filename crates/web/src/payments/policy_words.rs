//! The payment policy in plain words, as involved people read it before they agree to take
//! part: fees, expenses, and how long something lasts.

use withus_db::entities::payment_policy;
use withus_payments::{ExpenseRule, FeeRate, Limit, pounds};

use crate::kit::dates::today;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::label;
use crate::meetings::ACTIVITIES;
use crate::payments::{EXPENSES, METHODS, ROLES, UNITS, queries, to_policy};

/// "2 hours 30 minutes".
pub fn duration(minutes: i64) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => t_args("duration-minutes", &[("m", &m.to_string())]),
        (h, 0) => t_args("duration-hours", &[("h", &h.to_string())]),
        (h, m) => t_args(
            "duration-both",
            &[("h", &h.to_string()), ("m", &m.to_string())],
        ),
    }
}

fn fee_sentence(f: &FeeRate) -> String {
    let who = f
        .role
        .as_deref()
        .map_or_else(|| t("policy-anyone"), |r| label(ROLES, r).to_lowercase());
    let what = f.activity.as_deref().map_or_else(
        || t("policy-any-activity"),
        |a| label(ACTIVITIES, a).to_lowercase(),
    );
    t_args(
        "policy-fee",
        &[
            ("amount", &pounds(f.pence)),
            ("unit", &label(UNITS, f.unit.as_str())),
            ("who", &who),
            ("what", &what),
        ],
    )
}

fn expense_sentence(r: &ExpenseRule) -> String {
    let what = label(EXPENSES, r.kind.as_str());
    match r.limit {
        Limit::PerMile(p) => t_args("policy-per-mile", &[("what", &what), ("rate", &pounds(p))]),
        Limit::AtCost(None) => t_args("policy-at-cost", &[("what", &what)]),
        Limit::AtCost(Some(cap)) => t_args(
            "policy-at-cost-cap",
            &[("what", &what), ("cap", &pounds(cap))],
        ),
        Limit::IfAgreed(None) => t_args("policy-if-agreed", &[("what", &what)]),
        Limit::IfAgreed(Some(cap)) => t_args(
            "policy-if-agreed-cap",
            &[("what", &what), ("cap", &pounds(cap))],
        ),
    }
}

/// The policy in plain words, a short sentence a line, for involved people.
pub struct Plain {
    pub fees: Vec<String>,
    pub expenses: Vec<String>,
    pub methods: String,
    pub days: String,
    pub benefits: String,
}

pub fn plain(row: &payment_policy::Model) -> Plain {
    let p = to_policy(row);
    // Declining is not a way of being paid: it gets a sentence of its own.
    let methods: Vec<String> = p
        .methods
        .iter()
        .filter(|m| **m != withus_payments::Method::Decline)
        .map(|m| label(METHODS, m.as_str()).to_lowercase())
        .collect();
    let mut ways = Vec::new();
    if !methods.is_empty() {
        ways.push(t_args("policy-methods", &[("list", &methods.join(", "))]));
    }
    if p.methods.contains(&withus_payments::Method::Decline) {
        ways.push(t("policy-methods-decline"));
    }
    let mut expenses: Vec<String> = p.expenses.iter().map(expense_sentence).collect();
    if !expenses.is_empty() {
        let most = pounds(p.limits.most_per_claim);
        expenses.push(t_args("policy-claim-limit", &[("most", &most)]));
    }
    Plain {
        fees: p.fees.iter().map(fee_sentence).collect(),
        expenses,
        methods: ways.join(" "),
        days: t_args("policy-days", &[("days", &p.days_to_pay.to_string())]),
        benefits: row.benefits_note.clone(),
    }
}

/// The policy in force today, in plain words, if there is one.
pub async fn plain_today(scope: &withus_db::OrgScope) -> AppResult<Option<Plain>> {
    let rows = queries::policies(scope).await?;
    Ok(queries::in_force(&rows, today()).map(plain))
}
