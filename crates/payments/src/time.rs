//! Dates that payments turn on: the UK tax year, the promised time to pay, and how long
//! payments really took.

use chrono::{Datelike, NaiveDate};

/// The UK tax year holding `day`: 6 April to 5 April, as (first day, last day).
pub fn tax_year(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let starts_this_year = NaiveDate::from_ymd_opt(day.year(), 4, 6).unwrap_or(day);
    let first_year = if day >= starts_this_year {
        day.year()
    } else {
        day.year() - 1
    };
    let first = NaiveDate::from_ymd_opt(first_year, 4, 6).unwrap_or(day);
    let last = NaiveDate::from_ymd_opt(first_year + 1, 4, 5).unwrap_or(day);
    (first, last)
}

/// Days from claim to payment.
pub fn days_to_pay(claimed: NaiveDate, paid: NaiveDate) -> i64 {
    (paid - claimed).num_days()
}

/// Whether a claim not yet paid is past the promised time.
pub fn overdue(claimed: NaiveDate, promised_days: i64, today: NaiveDate) -> bool {
    days_to_pay(claimed, today) > promised_days
}

/// The median of some day counts (the mean of the middle two for an even count).
pub fn median(days: &[i64]) -> Option<f64> {
    let mut sorted = days.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}
