//! Unit tests that pin each rule exactly, boundaries included, so that any one small change to
//! the code (what cargo-mutants tries: an operator swapped, a body replaced by a constant, a
//! match guard forced) fails at least one of them. `scripts/mutants` runs it; the crate's
//! README lists what it does not count and why.

mod ceilings;
mod claims;
mod dates;
mod expenses;
mod fees;
mod money;
mod props;
mod text;

use chrono::NaiveDate;

use crate::{
    ClaimLimits, ExpenseKind, ExpenseLine, ExpenseRule, FeeRate, FeeUnit, Limit, Method, Policy,
};

const OVER: Option<&str> = Some("over the policy's limit");
const NOT_AGREED: Option<&str> = Some("not agreed beforehand");
const NOT_COVERED: Option<&str> = Some("not covered by the policy");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A rate for `role` doing `activity`, where "" stands for any.
fn rate(role: &str, activity: &str, unit: FeeUnit, pence: i64) -> FeeRate {
    let named = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    FeeRate {
        role: named(role),
        activity: named(activity),
        unit,
        pence,
    }
}

fn rule(kind: ExpenseKind, limit: Limit) -> ExpenseRule {
    ExpenseRule { kind, limit }
}

/// Version 1, in force from 1 April 2025, paying every way.
fn policy(fees: Vec<FeeRate>, expenses: Vec<ExpenseRule>) -> Policy {
    Policy {
        version: 1,
        effective_from: day(2025, 4, 1),
        fees,
        expenses,
        methods: Method::ALL.to_vec(),
        days_to_pay: 14,
        limits: ClaimLimits::default(),
    }
}

/// An expense claimed with its receipt.
fn claim(kind: ExpenseKind, pence: i64, agreed: bool) -> ExpenseLine {
    ExpenseLine {
        kind,
        pence,
        tenths_of_a_mile: 0,
        agreed,
    }
}

fn miles(tenths: i64) -> ExpenseLine {
    ExpenseLine {
        kind: ExpenseKind::Mileage,
        pence: 0,
        tenths_of_a_mile: tenths,
        agreed: false,
    }
}
