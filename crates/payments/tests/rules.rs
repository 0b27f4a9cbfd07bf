//! Fees and expenses across policy versions and every way of being paid, in whole pence.

use chrono::NaiveDate;
use withus_payments::{
    ClaimLimits, ExpenseKind, ExpenseLine, ExpenseRule, FeeRate, FeeUnit, Limit, Method, PayError,
    Policy, expenses_from_text, expenses_to_text, fees_from_text, fees_to_text, median, overdue,
    parse_pounds, policy_on, pounds, share, tax_year, work_out,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn rate(role: Option<&str>, activity: Option<&str>, unit: FeeUnit, pence: i64) -> FeeRate {
    FeeRate {
        role: role.map(str::to_owned),
        activity: activity.map(str::to_owned),
        unit,
        pence,
    }
}

const ALL_METHODS: [Method; 4] = [
    Method::BankTransfer,
    Method::Cash,
    Method::Voucher,
    Method::Decline,
];

/// 2025: £20 an hour, 45p a mile, taxis if agreed up to £30, childcare up to £40.
/// 2026: £25 an hour, £150 a day for interview panels, 55p a mile, childcare uncapped.
fn policies() -> Vec<Policy> {
    vec![
        Policy {
            version: 1,
            effective_from: day(2025, 4, 1),
            fees: vec![rate(None, None, FeeUnit::Hour, 2000)],
            expenses: vec![
                ExpenseRule {
                    kind: ExpenseKind::Mileage,
                    limit: Limit::PerMile(45),
                },
                ExpenseRule {
                    kind: ExpenseKind::PublicTransport,
                    limit: Limit::AtCost(None),
                },
                ExpenseRule {
                    kind: ExpenseKind::Taxi,
                    limit: Limit::IfAgreed(Some(3000)),
                },
                ExpenseRule {
                    kind: ExpenseKind::Childcare,
                    limit: Limit::AtCost(Some(4000)),
                },
            ],
            methods: ALL_METHODS.to_vec(),
            days_to_pay: 14,
            limits: ClaimLimits::default(),
        },
        Policy {
            version: 2,
            effective_from: day(2026, 4, 1),
            fees: vec![
                rate(None, None, FeeUnit::Hour, 2500),
                rate(None, Some("interview_panel"), FeeUnit::Day, 15000),
                rate(Some("carer"), Some("training"), FeeUnit::HalfDay, 9000),
                rate(None, Some("survey"), FeeUnit::Activity, 1000),
            ],
            expenses: vec![
                ExpenseRule {
                    kind: ExpenseKind::Mileage,
                    limit: Limit::PerMile(55),
                },
                ExpenseRule {
                    kind: ExpenseKind::Childcare,
                    limit: Limit::AtCost(None),
                },
                ExpenseRule {
                    kind: ExpenseKind::ReplacementCare,
                    limit: Limit::AtCost(Some(6000)),
                },
                ExpenseRule {
                    kind: ExpenseKind::PersonalAssistant,
                    limit: Limit::AtCost(None),
                },
                ExpenseRule {
                    kind: ExpenseKind::Subsistence,
                    limit: Limit::AtCost(Some(800)),
                },
            ],
            methods: vec![Method::BankTransfer, Method::Voucher, Method::Decline],
            days_to_pay: 10,
            limits: ClaimLimits::default(),
        },
    ]
}

fn line(kind: ExpenseKind, pence: i64) -> ExpenseLine {
    ExpenseLine {
        kind,
        pence,
        tenths_of_a_mile: 0,
        agreed: false,
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

#[test]
fn the_version_in_force_on_the_day_of_the_activity_applies() {
    let all = policies();
    assert_eq!(policy_on(&all, day(2026, 3, 31)).unwrap().version, 1);
    assert_eq!(policy_on(&all, day(2026, 4, 1)).unwrap().version, 2);
    assert_eq!(
        policy_on(&all, day(2025, 1, 1)),
        Err(PayError::NoPolicy(day(2025, 1, 1)))
    );
    // The same 2½ hours and 12.3 miles, a day apart, across the change.
    let before = policy_on(&all, day(2026, 3, 31)).unwrap();
    let after = policy_on(&all, day(2026, 4, 1)).unwrap();
    let old = work_out(
        before,
        "carer",
        "meeting",
        150,
        &[miles(123)],
        Method::BankTransfer,
    )
    .unwrap();
    let new = work_out(
        after,
        "carer",
        "meeting",
        150,
        &[miles(123)],
        Method::BankTransfer,
    )
    .unwrap();
    // £20 × 2.5 = £50; 45p × 12.3 = 553.5p → 554p.
    assert_eq!((old.fee, old.expenses[0].0, old.worth), (5000, 554, 5554));
    // £25 × 2.5 = £62.50; 55p × 12.3 = 676.5p → 677p.
    assert_eq!((new.fee, new.expenses[0].0, new.worth), (6250, 677, 6927));
}

#[test]
fn fees_by_the_hour_half_day_day_and_activity_pick_the_most_specific_rate() {
    let p = &policies()[1];
    // 100 minutes at £25 an hour: 4166.67p → 4167p.
    assert_eq!(p.fee("service_user", "meeting", 100), Ok(4167));
    // A day rate: up to 8 hours is a day; 9 hours is two.
    assert_eq!(p.fee("service_user", "interview_panel", 300), Ok(15000));
    assert_eq!(p.fee("service_user", "interview_panel", 540), Ok(30000));
    // A carer training staff is paid by the half day; others training, by the hour.
    assert_eq!(p.fee("carer", "training", 240), Ok(9000));
    assert_eq!(p.fee("carer", "training", 241), Ok(18000));
    assert_eq!(p.fee("service_user", "training", 240), Ok(10000));
    // A survey is a set fee, however long it took.
    assert_eq!(p.fee("carer", "survey", 20), Ok(1000));
    assert_eq!(p.fee("carer", "meeting", 0), Ok(0));
    let none = Policy {
        fees: vec![],
        ..p.clone()
    };
    assert_eq!(none.fee("carer", "meeting", 60), Err(PayError::NoFee));
    let expenses_only = work_out(
        &none,
        "carer",
        "meeting",
        60,
        &[line(ExpenseKind::Childcare, 700)],
        Method::BankTransfer,
    )
    .unwrap();
    assert_eq!((expenses_only.fee, expenses_only.to_pay), (0, 700));
}

#[test]
fn expenses_within_limits_with_the_reason_when_less_is_allowed() {
    let v1 = &policies()[0];
    assert_eq!(
        v1.allow(&line(ExpenseKind::PublicTransport, 1275)),
        (1275, None)
    );
    assert_eq!(
        v1.allow(&line(ExpenseKind::Childcare, 5500)),
        (4000, Some("over the policy's limit"))
    );
    assert_eq!(
        v1.allow(&line(ExpenseKind::Taxi, 1800)),
        (0, Some("not agreed beforehand"))
    );
    let agreed = ExpenseLine {
        agreed: true,
        ..line(ExpenseKind::Taxi, 3600)
    };
    assert_eq!(v1.allow(&agreed), (3000, Some("over the policy's limit")));
    assert_eq!(
        v1.allow(&line(ExpenseKind::Subsistence, 500)),
        (0, Some("not covered by the policy"))
    );
    let v2 = &policies()[1];
    assert_eq!(v2.allow(&line(ExpenseKind::Childcare, 5500)), (5500, None));
    assert_eq!(v2.allow(&line(ExpenseKind::ReplacementCare, 7000)).0, 6000);
    assert_eq!(
        v2.allow(&line(ExpenseKind::PersonalAssistant, 4250)).0,
        4250
    );
    assert_eq!(v2.allow(&line(ExpenseKind::Subsistence, 650)).0, 650);
}

#[test]
fn every_way_of_being_paid_and_declining() {
    let v1 = &policies()[0];
    let lines = [
        line(ExpenseKind::PublicTransport, 640),
        line(ExpenseKind::Childcare, 2500),
    ];
    for method in ALL_METHODS {
        let w = work_out(v1, "carer", "meeting", 120, &lines, method).unwrap();
        assert_eq!(w.worth, 4000 + 640 + 2500, "{method:?}");
        let expected = if method == Method::Decline {
            0
        } else {
            w.worth
        };
        assert_eq!(w.to_pay, expected, "{method:?}");
    }
    // Version 2 no longer pays cash on the day.
    let v2 = &policies()[1];
    assert_eq!(
        work_out(v2, "carer", "meeting", 60, &[], Method::Cash),
        Err(PayError::MethodNotOffered("cash"))
    );
}

#[test]
fn totals_reconcile_to_the_penny() {
    let v2 = &policies()[1];
    // Thirty claims of 7 minutes at £25 an hour: each 291.67p → 292p. The total is the sum
    // of the rounded lines, never a separately rounded figure.
    let claims: Vec<i64> = (0..30)
        .map(|_| {
            work_out(v2, "carer", "meeting", 7, &[], Method::BankTransfer)
                .unwrap()
                .to_pay
        })
        .collect();
    assert!(claims.iter().all(|&p| p == 292));
    assert_eq!(claims.iter().sum::<i64>(), 8760);
    assert_eq!(share(1, 1, 2), 1, "half a penny rounds up");
    assert_eq!(share(1, 1, 3), 0);
    assert_eq!(
        share(i64::MAX / 4, 3, 3),
        i64::MAX / 4,
        "no overflow on large amounts"
    );
    assert_eq!(pounds(123_456_789), "£1,234,567.89");
    assert_eq!(pounds(5), "£0.05");
    assert_eq!(pounds(-1250), "-£12.50");
}

#[test]
fn tax_years_overdue_claims_and_median_days() {
    assert_eq!(
        tax_year(day(2026, 4, 5)),
        (day(2025, 4, 6), day(2026, 4, 5))
    );
    assert_eq!(
        tax_year(day(2026, 4, 6)),
        (day(2026, 4, 6), day(2027, 4, 5))
    );
    assert_eq!(
        tax_year(day(2026, 11, 21)),
        (day(2026, 4, 6), day(2027, 4, 5))
    );
    assert!(!overdue(day(2026, 11, 1), 14, day(2026, 11, 15)));
    assert!(overdue(day(2026, 11, 1), 14, day(2026, 11, 16)));
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[9, 3, 5]), Some(5.0));
    assert_eq!(median(&[10, 2, 4, 8]), Some(6.0));
}

#[test]
fn a_version_stored_as_text_reads_back_the_same() {
    for p in policies() {
        assert_eq!(fees_from_text(&fees_to_text(&p.fees)), p.fees);
        assert_eq!(
            expenses_from_text(&expenses_to_text(&p.expenses)),
            p.expenses
        );
    }
    assert_eq!(
        fees_to_text(&policies()[1].fees[..2]),
        "||hour|2500\n|interview_panel|day|15000"
    );
    // A damaged line is skipped rather than read as something else.
    assert_eq!(
        expenses_from_text("taxi|when_asked|100\nmileage|per_mile|"),
        vec![]
    );
    for method in ALL_METHODS {
        assert_eq!(Method::parse(method.as_str()), Some(method));
    }
}

#[test]
fn pounds_as_people_type_them() {
    assert_eq!(parse_pounds("12"), Some(1200));
    assert_eq!(parse_pounds("12.5"), Some(1250));
    assert_eq!(parse_pounds(" £1,012.05 "), Some(101_205));
    assert_eq!(parse_pounds(".75"), Some(75));
    for wrong in ["", ".", "12.345", "-3", "12p", "1e3", "£"] {
        assert_eq!(parse_pounds(wrong), None, "{wrong}");
    }
}
