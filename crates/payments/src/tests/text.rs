//! The stored forms: `Limit::parts` and `Limit::from_parts`, a version's fees and expenses as
//! text, and the names of units, kinds and methods.

use crate::{ExpenseKind, FeeUnit, Limit, Method};

use crate::{expenses_from_text, expenses_to_text, fees_from_text, fees_to_text};

use super::{rate, rule};

#[test]
fn a_limit_is_stored_as_its_kind_and_amount() {
    assert_eq!(Limit::PerMile(45).parts(), ("per_mile", Some(45)));
    assert_eq!(Limit::AtCost(None).parts(), ("at_cost", None));
    assert_eq!(Limit::AtCost(Some(800)).parts(), ("at_cost", Some(800)));
    assert_eq!(Limit::IfAgreed(None).parts(), ("if_agreed", None));
    assert_eq!(Limit::IfAgreed(Some(1)).parts(), ("if_agreed", Some(1)));
}

#[test]
fn a_limit_reads_back_from_its_stored_kind_and_nothing_else() {
    let from = Limit::from_parts;
    assert_eq!(from("per_mile", Some(45)), Some(Limit::PerMile(45)));
    assert_eq!(from("per_mile", None), None);
    assert_eq!(from("at_cost", None), Some(Limit::AtCost(None)));
    assert_eq!(from("at_cost", Some(800)), Some(Limit::AtCost(Some(800))));
    assert_eq!(from("if_agreed", None), Some(Limit::IfAgreed(None)));
    assert_eq!(from("if_agreed", Some(1)), Some(Limit::IfAgreed(Some(1))));
    assert_eq!(from("at cost", Some(800)), None);
    assert_eq!(from("", None), None);
}

#[test]
fn fees_are_stored_a_rule_a_line_with_an_empty_field_for_any() {
    let fees = vec![
        rate("carer", "training", FeeUnit::HalfDay, 9000),
        rate("", "survey", FeeUnit::Activity, 1000),
        rate("member", "", FeeUnit::Day, 15000),
        rate("", "", FeeUnit::Hour, 2500),
    ];
    let text = concat!(
        "carer|training|half_day|9000\n",
        "|survey|activity|1000\n",
        "member||day|15000\n",
        "||hour|2500"
    );
    assert_eq!(fees_to_text(&fees), text);
    assert_eq!(fees_from_text(text), fees);
    assert_eq!(fees_to_text(&[]), "");
    assert!(fees_from_text("").is_empty());
}

#[test]
fn a_damaged_fee_line_is_skipped_and_the_rest_kept() {
    // Three fields, five fields, no such unit, and an amount that is not a number.
    let text = concat!(
        "carer|training|half_day\n",
        "carer|training|half_day|9000|x\n",
        "|meeting|fortnight|100\n",
        "|meeting|hour|lots\n",
        "||hour|2500"
    );
    let kept = vec![rate("", "", FeeUnit::Hour, 2500)];
    assert_eq!(fees_from_text(text), kept);
}

#[test]
fn expenses_are_stored_a_rule_a_line_with_an_empty_field_for_no_cap() {
    let rules = vec![
        rule(ExpenseKind::Mileage, Limit::PerMile(45)),
        rule(ExpenseKind::Taxi, Limit::IfAgreed(Some(3000))),
        rule(ExpenseKind::Childcare, Limit::AtCost(None)),
    ];
    let text = "mileage|per_mile|45\ntaxi|if_agreed|3000\nchildcare|at_cost|";
    assert_eq!(expenses_to_text(&rules), text);
    assert_eq!(expenses_from_text(text), rules);
    assert_eq!(expenses_to_text(&[]), "");
    assert!(expenses_from_text("").is_empty());
}

#[test]
fn a_damaged_expense_line_is_skipped_and_the_rest_kept() {
    // A rate per mile with no amount, no such kind, no such limit, two fields and four.
    let text = concat!(
        "mileage|per_mile|\n",
        "bus|at_cost|100\n",
        "taxi|when_asked|100\n",
        "taxi|at_cost\n",
        "taxi|at_cost|100|x\n",
        "subsistence|at_cost|800"
    );
    let kept = vec![rule(ExpenseKind::Subsistence, Limit::AtCost(Some(800)))];
    assert_eq!(expenses_from_text(text), kept);
}

#[test]
fn each_way_of_being_paid_has_words_for_a_sentence_and_a_stored_name() {
    assert_eq!(Method::BankTransfer.name(), "bank transfer");
    assert_eq!(Method::Cash.name(), "cash");
    assert_eq!(Method::Voucher.name(), "a voucher");
    assert_eq!(Method::Decline.name(), "declining payment");
    assert_eq!(Method::BankTransfer.as_str(), "bank_transfer");
    assert_eq!(Method::parse("Cash"), None);
    for method in Method::ALL {
        assert_eq!(Method::parse(method.as_str()), Some(*method));
    }
}

#[test]
fn units_and_kinds_read_back_from_their_stored_names() {
    assert_eq!(FeeUnit::HalfDay.as_str(), "half_day");
    assert_eq!(ExpenseKind::PublicTransport.as_str(), "public_transport");
    assert_eq!(FeeUnit::parse("half day"), None);
    for unit in FeeUnit::ALL {
        assert_eq!(FeeUnit::parse(unit.as_str()), Some(*unit));
    }
    for kind in ExpenseKind::ALL {
        assert_eq!(ExpenseKind::parse(kind.as_str()), Some(*kind));
    }
}
