//! Properties over many generated cases: rounding, a fee split across claims, blocks of time,
//! limits, a claim's total, money as text, medians and tax years.

use chrono::{Datelike, Days};
use proptest::prelude::*;

use crate::ExpenseKind::{Childcare, Taxi};

use crate::{FeeUnit, Limit, Method, median, parse_pounds, pounds, share, tax_year, work_out};

use super::{NOT_AGREED, claim, day, policy, rate, rule};

proptest! {
    #[test]
    fn share_is_the_nearest_penny_with_a_half_rounded_up(
        amount in 0i64..10_000_000_000,
        numerator in 0i64..1_000_000,
        denominator in 1i64..100_000,
    ) {
        let got = i128::from(share(amount, numerator, denominator));
        let exact = i128::from(amount) * i128::from(numerator);
        let d = i128::from(denominator);
        // got - ½ <= exact / d < got + ½, in whole numbers.
        prop_assert!(2 * got * d - d <= 2 * exact);
        prop_assert!(2 * exact < 2 * got * d + d);
    }

    #[test]
    fn an_hourly_fee_split_over_two_claims_is_within_a_penny_of_one_claim(
        pence in 0i64..100_000,
        first in 1i64..2_000,
        second in 1i64..2_000,
    ) {
        let p = policy(vec![rate("", "", FeeUnit::Hour, pence)], vec![]);
        let fee = |minutes| p.fee("member", "meeting", minutes).unwrap();
        let apart = fee(first) + fee(second);
        prop_assert!((apart - fee(first + second)).abs() <= 1);
    }

    #[test]
    fn a_block_fee_is_the_fewest_whole_blocks_that_cover_the_time(
        minutes in 1i64..5_000,
        half_days in any::<bool>(),
    ) {
        let (unit, size) = if half_days { (FeeUnit::HalfDay, 240) } else { (FeeUnit::Day, 480) };
        let p = policy(vec![rate("", "", unit, 7)], vec![]);
        let fee = p.fee("member", "meeting", minutes).unwrap();
        prop_assert_eq!(fee % 7, 0);
        let blocks = fee / 7;
        prop_assert!(blocks * size >= minutes);
        prop_assert!((blocks - 1) * size < minutes);
    }

    #[test]
    fn at_cost_pays_what_it_cost_up_to_the_cap_and_says_when_it_is_less(
        pence in -10_000i64..100_000,
        cap in 0i64..50_000,
    ) {
        let p = policy(vec![], vec![rule(Childcare, Limit::AtCost(Some(cap)))]);
        let (paid, why) = p.allow(&claim(Childcare, pence, false));
        prop_assert_eq!(paid, pence.clamp(0, cap));
        prop_assert_eq!(why.is_some(), pence > cap);
    }

    #[test]
    fn if_agreed_pays_nothing_unless_agreed_and_then_pays_as_at_cost(
        pence in -10_000i64..100_000,
        cap in prop::option::of(0i64..50_000),
        agreed in any::<bool>(),
    ) {
        let p = policy(vec![], vec![rule(Taxi, Limit::IfAgreed(cap))]);
        let at_cost = policy(vec![], vec![rule(Taxi, Limit::AtCost(cap))]);
        let line = claim(Taxi, pence, agreed);
        if agreed {
            prop_assert_eq!(p.allow(&line), at_cost.allow(&line));
        } else {
            prop_assert_eq!(p.allow(&line), (0, NOT_AGREED));
        }
    }

    #[test]
    fn a_claim_is_worth_its_fee_plus_its_lines_and_pays_that_unless_declined(
        minutes in 0i64..1_000,
        costs in prop::collection::vec(-100i64..10_000, 0..6),
        method in prop::sample::select(Method::ALL),
    ) {
        let expenses = vec![rule(Childcare, Limit::AtCost(Some(4000)))];
        let p = policy(vec![rate("", "", FeeUnit::Hour, 2500)], expenses);
        let lines: Vec<_> = costs.iter().map(|&c| claim(Childcare, c, false)).collect();
        let w = work_out(&p, "member", "meeting", minutes, &lines, method).unwrap();
        prop_assert_eq!(w.fee, share(2500, minutes, 60));
        let paid: Vec<i64> = w.expenses.iter().map(|e| e.0).collect();
        let allowed: Vec<i64> = costs.iter().map(|c| (*c).clamp(0, 4000)).collect();
        prop_assert_eq!(&paid, &allowed);
        prop_assert_eq!(w.worth, w.fee + paid.iter().sum::<i64>());
        let to_pay = if method == Method::Decline { 0 } else { w.worth };
        prop_assert_eq!(w.to_pay, to_pay);
    }

    #[test]
    fn an_amount_as_shown_or_typed_plainly_reads_back_the_same(pence in 0i64..100_000_000_000) {
        prop_assert_eq!(parse_pounds(&pounds(pence)), Some(pence));
        let plain = format!("{}.{:02}", pence / 100, pence % 100);
        prop_assert_eq!(parse_pounds(&plain), Some(pence));
        if pence > 0 {
            prop_assert_eq!(parse_pounds(&pounds(-pence)), None);
        }
    }

    #[test]
    fn the_median_is_what_is_left_after_dropping_the_highest_and_lowest_in_turn(
        days in prop::collection::vec(-1_000i64..1_000, 1..40),
    ) {
        let mut middle = days.clone();
        middle.sort_unstable();
        while middle.len() > 2 {
            middle.pop();
            middle.remove(0);
        }
        let expected = middle.iter().sum::<i64>() as f64 / middle.len() as f64;
        prop_assert_eq!(median(&days), Some(expected));
    }

    #[test]
    fn every_day_is_in_the_tax_year_that_began_on_the_6_april_before_it(offset in 0u64..80_000) {
        let d = day(1950, 1, 1) + Days::new(offset);
        let (first, last) = tax_year(d);
        prop_assert!(first <= d && d <= last);
        prop_assert_eq!((first.month(), first.day()), (4, 6));
        prop_assert_eq!((last.year(), last.month(), last.day()), (first.year() + 1, 4, 5));
    }
}
