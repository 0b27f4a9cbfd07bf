//! The ceilings no policy lifts, at and either side of each boundary.

use crate::{
    ClaimLimits, ExpenseKind, ExpenseLine, MOST_FOR_ONE_COST, MOST_TENTHS_OF_A_MILE, Over,
    over_ceiling,
};

fn line(pence: i64, tenths_of_a_mile: i64) -> ExpenseLine {
    ExpenseLine {
        kind: ExpenseKind::PublicTransport,
        pence,
        tenths_of_a_mile,
        agreed: false,
    }
}

#[test]
fn a_cost_may_reach_its_ceiling_but_not_pass_it() {
    assert_eq!(MOST_FOR_ONE_COST, 100_000);
    assert_eq!(over_ceiling(&line(100_000, 0)), None);
    assert_eq!(over_ceiling(&line(100_001, 0)), Some(Over::Cost));
    assert_eq!(over_ceiling(&line(100_000_000, 0)), Some(Over::Cost));
    assert_eq!(over_ceiling(&line(640, 0)), None);
}

#[test]
fn miles_may_reach_their_ceiling_but_not_pass_it() {
    assert_eq!(MOST_TENTHS_OF_A_MILE, 10_000);
    assert_eq!(over_ceiling(&line(0, 10_000)), None);
    assert_eq!(over_ceiling(&line(0, 10_001)), Some(Over::Miles));
    assert_eq!(over_ceiling(&line(0, 50_000)), Some(Over::Miles));
}

#[test]
fn finance_checks_only_large_expenses() {
    let limits = ClaimLimits::default();
    assert_eq!(limits.check_above, 25_000);
    assert!(!limits.needs_a_check(25_000));
    assert!(limits.needs_a_check(25_001));
    assert!(!limits.needs_a_check(0));
    let own = ClaimLimits {
        most_per_claim: 10_000,
        check_above: 4_000,
    };
    assert!(!own.needs_a_check(4_000) && own.needs_a_check(4_001));
}

#[test]
fn a_claim_may_reach_its_policy_limit_but_not_pass_it() {
    let limits = ClaimLimits::default();
    assert_eq!(limits.most_per_claim, 50_000);
    assert!(!limits.over(50_000));
    assert!(limits.over(50_001));
    assert!(!limits.over(0));
    let own = ClaimLimits {
        most_per_claim: 10_000,
        check_above: 4_000,
    };
    assert!(!own.over(10_000) && own.over(10_001));
}
