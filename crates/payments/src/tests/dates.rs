//! `tax_year`, `days_to_pay`, `overdue` and `median`.

use crate::{days_to_pay, median, overdue, tax_year};

use super::day;

#[test]
fn the_tax_year_runs_from_6_april_to_5_april() {
    let year = |first| (day(first, 4, 6), day(first + 1, 4, 5));
    assert_eq!(tax_year(day(2026, 1, 1)), year(2025));
    assert_eq!(tax_year(day(2026, 4, 5)), year(2025));
    assert_eq!(tax_year(day(2026, 4, 6)), year(2026));
    assert_eq!(tax_year(day(2026, 12, 31)), year(2026));
    assert_eq!(tax_year(day(2027, 4, 5)), year(2026));
    assert_eq!(tax_year(day(2028, 2, 29)), year(2027));
}

#[test]
fn days_to_pay_counts_calendar_days_from_claim_to_payment() {
    let claimed = day(2026, 11, 1);
    assert_eq!(days_to_pay(claimed, claimed), 0);
    assert_eq!(days_to_pay(claimed, day(2026, 11, 2)), 1);
    assert_eq!(days_to_pay(claimed, day(2026, 11, 15)), 14);
    assert_eq!(days_to_pay(day(2026, 12, 25), day(2027, 1, 8)), 14);
    assert_eq!(days_to_pay(claimed, day(2026, 10, 29)), -3);
}

#[test]
fn a_claim_is_overdue_only_after_the_promised_days_have_passed() {
    let claimed = day(2026, 11, 1);
    assert!(!overdue(claimed, 14, day(2026, 11, 14)));
    assert!(!overdue(claimed, 14, day(2026, 11, 15)));
    assert!(overdue(claimed, 14, day(2026, 11, 16)));
    assert!(overdue(claimed, 14, day(2027, 1, 1)));
    assert!(!overdue(claimed, 0, claimed));
    assert!(overdue(claimed, 0, day(2026, 11, 2)));
}

#[test]
fn the_median_is_the_middle_day_or_the_mean_of_the_middle_two() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[7]), Some(7.0));
    assert_eq!(median(&[4, 2]), Some(3.0));
    assert_eq!(median(&[2, 1]), Some(1.5));
    assert_eq!(median(&[9, 3, 5]), Some(5.0));
    assert_eq!(median(&[10, 2, 4, 8]), Some(6.0));
    assert_eq!(median(&[5, 1, 4, 2, 3]), Some(3.0));
    assert_eq!(median(&[6, 1, 5, 2, 4, 3]), Some(3.5));
    assert_eq!(median(&[-2, -4]), Some(-3.0));
    assert_eq!(median(&[3, 3, 3, 90]), Some(3.0));
}
