//! `work_out`: a claim's fee and expense lines, what it is worth and what is paid.

use crate::ExpenseKind::{Childcare, Mileage, Taxi};

use crate::{FeeUnit, Limit, Method, PayError, Policy, Worked, work_out};

use super::{NOT_COVERED, OVER, claim, miles, policy, rate, rule};

/// £20 an hour, 45p a mile and childcare up to £40; taxis are not covered.
fn hourly() -> Policy {
    let expenses = vec![
        rule(Mileage, Limit::PerMile(45)),
        rule(Childcare, Limit::AtCost(Some(4000))),
    ];
    policy(vec![rate("", "", FeeUnit::Hour, 2000)], expenses)
}

#[test]
fn a_claim_is_worth_its_fee_plus_each_line_as_allowed() {
    let lines = [
        miles(123),
        claim(Childcare, 5500, false),
        claim(Taxi, 900, true),
    ];
    let p = hourly();
    for method in [Method::BankTransfer, Method::Cash, Method::Voucher] {
        let worked = work_out(&p, "member", "meeting", 150, &lines, method);
        // £20 × 2.5 = £50; 45p × 12.3 = 553.5p → 554p; childcare capped at £40.
        let expected = Worked {
            fee: 5000,
            expenses: vec![(554, None), (4000, OVER), (0, NOT_COVERED)],
            worth: 9554,
            to_pay: 9554,
        };
        assert_eq!(worked, Ok(expected), "{method:?}");
    }
}

#[test]
fn declining_payment_records_the_worth_and_pays_nothing() {
    let p = hourly();
    let lines = [miles(10), claim(Childcare, 700, false)];
    let worked = work_out(&p, "member", "meeting", 60, &lines, Method::Decline);
    let expected = Worked {
        fee: 2000,
        expenses: vec![(45, None), (700, None)],
        worth: 2745,
        to_pay: 0,
    };
    assert_eq!(worked, Ok(expected));
}

#[test]
fn an_activity_without_a_fee_still_pays_its_expenses() {
    let fees = vec![rate("carer", "training", FeeUnit::Hour, 3000)];
    let mut p = hourly();
    p.fees = fees;
    let lines = [claim(Childcare, 700, false)];
    let worked = work_out(&p, "member", "meeting", 60, &lines, Method::Cash);
    let expected = Worked {
        fee: 0,
        expenses: vec![(700, None)],
        worth: 700,
        to_pay: 700,
    };
    assert_eq!(worked, Ok(expected));
    let nothing = work_out(&p, "member", "meeting", 60, &[], Method::Cash);
    assert_eq!(nothing.map(|w| w.to_pay), Ok(0));
}

#[test]
fn a_way_of_being_paid_the_policy_does_not_offer_is_refused() {
    let mut p = hourly();
    p.methods = vec![Method::BankTransfer];
    let pay = |method| work_out(&p, "member", "meeting", 60, &[], method);
    assert_eq!(pay(Method::BankTransfer).map(|w| w.to_pay), Ok(2000));
    assert_eq!(pay(Method::Cash), Err(PayError::MethodNotOffered("cash")));
    assert_eq!(
        pay(Method::Decline),
        Err(PayError::MethodNotOffered("declining payment"))
    );
}
