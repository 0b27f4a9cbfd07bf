//! `policy_on`, and `Policy::fee`: which rate applies, and the fee for the time taken.

use chrono::NaiveDate;

use crate::{FeeUnit, PayError, Policy, policy_on};

use super::{day, policy, rate};

fn version(number: u32, from: NaiveDate) -> Policy {
    let mut p = policy(vec![], vec![]);
    p.version = number;
    p.effective_from = from;
    p
}

#[test]
fn the_version_in_force_is_the_latest_to_take_effect_on_or_before_the_day() {
    // Out of order on purpose, with version 3 correcting version 2 on the day it began.
    let all = [
        version(3, day(2026, 4, 1)),
        version(1, day(2025, 4, 1)),
        version(2, day(2026, 4, 1)),
    ];
    let on = |d: NaiveDate| policy_on(&all, d).map(|p| p.version);
    let before = day(2025, 3, 31);
    assert_eq!(on(before), Err(PayError::NoPolicy(before)));
    assert_eq!(on(day(2025, 4, 1)), Ok(1));
    assert_eq!(on(day(2026, 3, 31)), Ok(1));
    assert_eq!(on(day(2026, 4, 1)), Ok(3));
    assert_eq!(on(day(2040, 1, 1)), Ok(3));
    assert_eq!(policy_on(&[], before), Err(PayError::NoPolicy(before)));
}

#[test]
fn the_most_specific_rate_applies_whatever_order_the_rates_are_in() {
    // Both named beats one named beats neither. A role-only and an activity-only rate that
    // both fit would tie: policies are not written that way, so that case is left open.
    let most_specific_first = vec![
        rate("carer", "training", FeeUnit::Activity, 9000),
        rate("carer", "", FeeUnit::Activity, 3000),
        rate("", "survey", FeeUnit::Activity, 1000),
        rate("", "", FeeUnit::Activity, 2000),
    ];
    let mut least_specific_first = most_specific_first.clone();
    least_specific_first.reverse();
    for fees in [most_specific_first, least_specific_first] {
        let p = policy(fees, vec![]);
        assert_eq!(p.fee("carer", "training", 60), Ok(9000));
        assert_eq!(p.fee("carer", "meeting", 60), Ok(3000));
        assert_eq!(p.fee("member", "survey", 60), Ok(1000));
        assert_eq!(p.fee("member", "training", 60), Ok(2000));
        assert_eq!(p.fee("member", "meeting", 60), Ok(2000));
    }
}

#[test]
fn without_a_rate_that_fits_both_the_role_and_the_activity_there_is_no_fee() {
    let fees = vec![rate("carer", "training", FeeUnit::Hour, 3000)];
    let p = policy(fees, vec![]);
    assert_eq!(p.fee("carer", "training", 60), Ok(3000));
    assert_eq!(p.fee("carer", "meeting", 60), Err(PayError::NoFee));
    assert_eq!(p.fee("member", "training", 60), Err(PayError::NoFee));
    assert_eq!(p.fee("member", "meeting", 60), Err(PayError::NoFee));
    let none = policy(vec![], vec![]);
    assert_eq!(none.fee("carer", "training", 60), Err(PayError::NoFee));
}

#[test]
fn an_hourly_fee_is_pro_rata_to_the_minute_and_rounded_once() {
    let p = policy(vec![rate("", "", FeeUnit::Hour, 2500)], vec![]);
    let fee = |minutes| p.fee("member", "meeting", minutes);
    // £25 an hour is 41.67p a minute.
    assert_eq!(fee(1), Ok(42));
    assert_eq!(fee(59), Ok(2458));
    assert_eq!(fee(60), Ok(2500));
    assert_eq!(fee(61), Ok(2542));
    assert_eq!(fee(90), Ok(3750));
    assert_eq!(fee(100), Ok(4167));
    // £20.10 an hour is 33.5p a minute: half a penny rounds up.
    let odd = policy(vec![rate("", "", FeeUnit::Hour, 2010)], vec![]);
    assert_eq!(odd.fee("member", "meeting", 1), Ok(34));
    assert_eq!(odd.fee("member", "meeting", 3), Ok(101));
}

#[test]
fn half_days_and_days_count_every_block_begun() {
    let fees = vec![
        rate("", "training", FeeUnit::HalfDay, 9000),
        rate("", "panel", FeeUnit::Day, 15000),
    ];
    let p = policy(fees, vec![]);
    // Up to four hours is a half day.
    let half_days = |minutes| p.fee("member", "training", minutes);
    assert_eq!(half_days(1), Ok(9000));
    assert_eq!(half_days(239), Ok(9000));
    assert_eq!(half_days(240), Ok(9000));
    assert_eq!(half_days(241), Ok(18000));
    assert_eq!(half_days(480), Ok(18000));
    assert_eq!(half_days(481), Ok(27000));
    // Up to eight hours is a day.
    let days = |minutes| p.fee("member", "panel", minutes);
    assert_eq!(days(1), Ok(15000));
    assert_eq!(days(479), Ok(15000));
    assert_eq!(days(480), Ok(15000));
    assert_eq!(days(481), Ok(30000));
    assert_eq!(days(960), Ok(30000));
    assert_eq!(days(961), Ok(45000));
}

#[test]
fn no_time_earns_no_fee_except_a_set_fee_for_the_activity() {
    let fees = vec![
        rate("", "meeting", FeeUnit::Hour, 2500),
        rate("", "training", FeeUnit::HalfDay, 9000),
        rate("", "panel", FeeUnit::Day, 15000),
        rate("", "survey", FeeUnit::Activity, 1000),
    ];
    let p = policy(fees, vec![]);
    for minutes in [0, -1, -480] {
        assert_eq!(p.fee("member", "meeting", minutes), Ok(0));
        assert_eq!(p.fee("member", "training", minutes), Ok(0));
        assert_eq!(p.fee("member", "panel", minutes), Ok(0));
        assert_eq!(p.fee("member", "survey", minutes), Ok(1000));
    }
    assert_eq!(p.fee("member", "survey", 1), Ok(1000));
    assert_eq!(p.fee("member", "survey", 6000), Ok(1000));
}
