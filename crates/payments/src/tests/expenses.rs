//! `Policy::allow`: what each expense line is paid, and why it is less than claimed.

use crate::ExpenseKind::{Childcare, Mileage, PersonalAssistant, PublicTransport, Taxi};

use crate::{ExpenseKind, ExpenseLine, Limit, Policy};

use super::{NOT_AGREED, NOT_COVERED, OVER, claim, miles, policy, rule};

/// 45p a mile; fares at cost; childcare up to £40; taxis up to £30 and assistants at cost,
/// both only if agreed beforehand. Subsistence is not covered.
fn rules() -> Policy {
    let expenses = vec![
        rule(Mileage, Limit::PerMile(45)),
        rule(PublicTransport, Limit::AtCost(None)),
        rule(Childcare, Limit::AtCost(Some(4000))),
        rule(Taxi, Limit::IfAgreed(Some(3000))),
        rule(PersonalAssistant, Limit::IfAgreed(None)),
    ];
    policy(vec![], expenses)
}

#[test]
fn at_cost_is_paid_up_to_the_cap_with_the_reason_when_over() {
    let p = rules();
    let childcare = |pence| p.allow(&claim(Childcare, pence, false));
    assert_eq!(childcare(0), (0, None));
    assert_eq!(childcare(3999), (3999, None));
    assert_eq!(childcare(4000), (4000, None));
    assert_eq!(childcare(4001), (4000, OVER));
    assert_eq!(childcare(1_000_000), (4000, OVER));
    assert_eq!(childcare(-250), (0, None));
    let fares = |pence| p.allow(&claim(PublicTransport, pence, false));
    assert_eq!(fares(1275), (1275, None));
    assert_eq!(fares(1_000_000), (1_000_000, None));
    assert_eq!(fares(-1), (0, None));
}

#[test]
fn if_agreed_is_paid_only_when_agreed_beforehand_then_up_to_the_cap() {
    let p = rules();
    let taxi = |pence, agreed| p.allow(&claim(Taxi, pence, agreed));
    assert_eq!(taxi(1800, false), (0, NOT_AGREED));
    assert_eq!(taxi(0, false), (0, NOT_AGREED));
    assert_eq!(taxi(1800, true), (1800, None));
    assert_eq!(taxi(3000, true), (3000, None));
    assert_eq!(taxi(3001, true), (3000, OVER));
    assert_eq!(taxi(-5, true), (0, None));
    let assistant = |pence, agreed| p.allow(&claim(PersonalAssistant, pence, agreed));
    assert_eq!(assistant(4250, false), (0, NOT_AGREED));
    assert_eq!(assistant(4250, true), (4250, None));
    assert_eq!(assistant(1_000_000, true), (1_000_000, None));
}

#[test]
fn mileage_is_paid_per_tenth_of_a_mile_rounded_to_the_penny() {
    let p = rules();
    // 45p a mile is 4.5p a tenth, which rounds up.
    assert_eq!(p.allow(&miles(1)), (5, None));
    assert_eq!(p.allow(&miles(2)), (9, None));
    assert_eq!(p.allow(&miles(10)), (45, None));
    assert_eq!(p.allow(&miles(123)), (554, None));
    assert_eq!(p.allow(&miles(0)), (0, None));
    assert_eq!(p.allow(&miles(-30)), (0, None));
    // The distance is what counts: an amount typed on a mileage line, or agreement, is ignored.
    let typed = ExpenseLine {
        pence: 9999,
        agreed: true,
        ..miles(10)
    };
    assert_eq!(p.allow(&typed), (45, None));
}

#[test]
fn a_kind_the_policy_does_not_list_is_not_paid() {
    let p = rules();
    let meal = claim(ExpenseKind::Subsistence, 500, true);
    assert_eq!(p.allow(&meal), (0, NOT_COVERED));
    let none = claim(ExpenseKind::Subsistence, 0, false);
    assert_eq!(p.allow(&none), (0, NOT_COVERED));
    let nothing_covered = policy(vec![], vec![]);
    assert_eq!(nothing_covered.allow(&miles(10)), (0, NOT_COVERED));
}

#[test]
fn the_cap_is_the_most_one_cost_of_a_kind_may_claim() {
    let p = rules();
    assert_eq!(p.cap(Childcare), Some(4000));
    assert_eq!(p.cap(Taxi), Some(3000));
    assert_eq!(p.cap(PublicTransport), None);
    assert_eq!(p.cap(PersonalAssistant), None);
    assert_eq!(
        p.cap(Mileage),
        None,
        "mileage is paid by the mile, not capped"
    );
    assert_eq!(p.cap(ExpenseKind::Subsistence), None, "not covered");
}
