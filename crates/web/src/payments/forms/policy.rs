//! The payment policy's form: a new version filled in from the latest, its fields, and what
//! it means once checked.

use chrono::Datelike;
use withus_payments::{
    ClaimLimits, ExpenseKind, ExpenseRule, FeeRate, FeeUnit, Limit, Method, Policy, parse_pounds,
};

use crate::kit::blocks::heading;
use crate::kit::components::{Choices, DateInput, Fieldset, Input, Select, Textarea, render};
use crate::kit::dates::today;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::paragraph;
use crate::meetings::ACTIVITIES;
use crate::payments::{EXPENSES, METHODS, ROLES, UNITS, typed_date};

/// Fee rows the form offers; more than enough for the policies seen in the guidance.
const FEE_ROWS: usize = 4;

/// The largest limit a policy may set on one claim (£10,000): more is a mistyped amount.
const MOST_FOR_ONE_CLAIM: i64 = 1_000_000;

pub fn form_from(p: &Policy, benefits: &str) -> FormData {
    let mut pairs = vec![
        ("days".to_owned(), p.days_to_pay.to_string()),
        ("benefits".to_owned(), benefits.to_owned()),
    ];
    for m in &p.methods {
        pairs.push(("methods".into(), m.as_str().into()));
    }
    for (i, f) in p.fees.iter().enumerate().take(FEE_ROWS) {
        let n = i + 1;
        pairs.push((format!("fee-{n}-role"), f.role.clone().unwrap_or_default()));
        pairs.push((
            format!("fee-{n}-activity"),
            f.activity.clone().unwrap_or_default(),
        ));
        pairs.push((format!("fee-{n}-unit"), f.unit.as_str().into()));
        pairs.push((format!("fee-{n}-amount"), money(f.pence)));
    }
    for r in &p.expenses {
        pairs.push(("cover".into(), r.kind.as_str().into()));
        if let (_, Some(p)) = r.limit.parts() {
            pairs.push((format!("limit-{}", r.kind.as_str()), money(p)));
        }
    }
    pairs.push(("most-per-claim".into(), money(p.limits.most_per_claim)));
    pairs.push(("check-above".into(), money(p.limits.check_above)));
    FormData(pairs)
}

/// "12.50", as a form shows an amount.
pub fn money(pence: i64) -> String {
    format!("{}.{:02}", pence / 100, pence % 100)
}

pub fn fields(data: &FormData, errors: &Errors) -> Vec<String> {
    let legend = |key: &str| Fieldset::legend(t(key), "govuk-fieldset__legend--m", false);
    let options = |vocab: &[(&'static str, &'static str)], any: &str| {
        let mut o = vec![(String::new(), t(any))];
        o.extend(vocab.iter().map(|(v, k)| ((*v).to_owned(), t(k))));
        o
    };
    let roles = options(ROLES, "policy-anyone-option");
    let activities = options(ACTIVITIES, "policy-any-activity-option");
    let units: Vec<(String, String)> = UNITS.iter().map(|(v, k)| ((*v).to_owned(), t(k))).collect();
    fn refs(o: &[(String, String)]) -> Vec<(&str, &str)> {
        o.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
    }
    let today = today();
    let from = |p: &str, default: u32| {
        let typed = data.one(&format!("from-{p}"));
        if typed.is_empty() {
            default.to_string()
        } else {
            typed
        }
    };
    let mut out = vec![render(
        &DateInput::new(
            "from",
            legend("policy-from"),
            &from("day", today.day()),
            &from("month", today.month()),
            &from("year", today.year() as u32),
        )
        .hint(t("policy-from-hint"))
        .error(errors.get("from")),
    )];
    let mut fees = format!(
        "{}{}",
        heading(2, "m", &t("policy-fees")),
        paragraph(&t("policy-fees-hint"))
    );
    for n in 1..=FEE_ROWS {
        let name = |part: &str| format!("fee-{n}-{part}");
        fees.push_str(&heading(
            3,
            "s",
            &t_args("policy-fee-row", &[("n", &n.to_string())]),
        ));
        fees.push_str(&render(&Select::new(
            &name("role"),
            t("policy-fee-role"),
            &refs(&roles),
            &data.one(&name("role")),
        )));
        fees.push_str(&render(&Select::new(
            &name("activity"),
            t("policy-fee-activity"),
            &refs(&activities),
            &data.one(&name("activity")),
        )));
        fees.push_str(&render(&Select::new(
            &name("unit"),
            t("policy-fee-unit"),
            &refs(&units),
            &data.one(&name("unit")),
        )));
        fees.push_str(&render(
            &Input::new(&name("amount"), t("policy-fee-amount"))
                .value(&data.one(&name("amount")))
                .classes("govuk-input--width-5")
                .hint(t("policy-amount-hint"))
                .error(errors.get(&name("amount"))),
        ));
    }
    out.push(fees);
    let covered = data.all("cover");
    let covered: Vec<&str> = covered.iter().map(String::as_str).collect();
    let kinds: Vec<(&str, String)> = EXPENSES.iter().map(|(v, k)| (*v, t(k))).collect();
    let kinds: Vec<(&str, &str)> = kinds.iter().map(|(a, b)| (*a, b.as_str())).collect();
    out.push(render(
        &Choices::checkboxes("cover", legend("policy-expenses"), &kinds, &covered)
            .hint(t("policy-expenses-hint")),
    ));
    for (kind, key) in EXPENSES {
        let hint = match *kind {
            "mileage" => t("policy-limit-mileage-hint"),
            "taxi" => t("policy-limit-taxi-hint"),
            _ => t("policy-limit-hint"),
        };
        let name = format!("limit-{kind}");
        out.push(render(
            &Input::new(&name, t_args("policy-limit", &[("what", &t(key))]))
                .value(&data.one(&name))
                .classes("govuk-input--width-5")
                .hint(hint)
                .error(errors.get(&name)),
        ));
    }
    for (name, label, hint) in [
        (
            "most-per-claim",
            "policy-most-per-claim",
            "policy-most-per-claim-hint",
        ),
        (
            "check-above",
            "policy-check-above",
            "policy-check-above-hint",
        ),
    ] {
        out.push(render(
            &Input::new(name, t(label))
                .value(&data.one(name))
                .classes("govuk-input--width-5")
                .hint(t(hint))
                .error(errors.get(name)),
        ));
    }
    let methods = data.all("methods");
    let methods: Vec<&str> = methods.iter().map(String::as_str).collect();
    let offered: Vec<(&str, String)> = METHODS.iter().map(|(v, k)| (*v, t(k))).collect();
    let offered: Vec<(&str, &str)> = offered.iter().map(|(a, b)| (*a, b.as_str())).collect();
    out.push(render(
        &Choices::checkboxes(
            "methods",
            legend("policy-methods-legend"),
            &offered,
            &methods,
        )
        .error(errors.get("methods")),
    ));
    out.push(render(
        &Input::new("days", t("policy-days-label"))
            .value(&data.one("days"))
            .classes("govuk-input--width-2")
            .hint(t("policy-days-hint"))
            .error(errors.get("days")),
    ));
    out.push(render(
        &Textarea::new("benefits", t("policy-benefits"))
            .value(&data.one("benefits"))
            .rows(5)
            .hint(t("policy-benefits-hint"))
            .error(errors.get("benefits")),
    ));
    out
}

/// What the form means, or what to fix.
pub fn parse(data: &FormData, errors: &mut Errors) -> Option<(Policy, String)> {
    let from = typed_date(data, "from");
    if from.is_none() {
        errors.add("from", t("policy-error-from"));
    }
    let mut fees = Vec::new();
    for n in 1..=FEE_ROWS {
        let name = |part: &str| data.one(&format!("fee-{n}-{part}"));
        let amount = name("amount");
        if amount.is_empty() {
            continue;
        }
        let some =
            |v: String, vocab: &[(&str, &str)]| vocab.iter().any(|(x, _)| *x == v).then_some(v);
        match (parse_pounds(&amount), FeeUnit::parse(&name("unit"))) {
            (Some(pence), Some(unit)) => fees.push(FeeRate {
                role: some(name("role"), ROLES),
                activity: some(name("activity"), ACTIVITIES),
                unit,
                pence,
            }),
            _ => errors.add(&format!("fee-{n}-amount"), t("policy-error-amount")),
        }
    }
    let mut expenses = Vec::new();
    for kind in data.all("cover") {
        let Some(k) = ExpenseKind::parse(&kind) else {
            continue;
        };
        let name = format!("limit-{kind}");
        let typed = data.one(&name);
        let amount = if typed.is_empty() {
            None
        } else {
            match parse_pounds(&typed) {
                Some(p) => Some(p),
                None => {
                    errors.add(&name, t("policy-error-amount"));
                    continue;
                }
            }
        };
        let limit = match k {
            ExpenseKind::Mileage => match amount {
                Some(p) => Limit::PerMile(p),
                None => {
                    errors.add(&name, t("policy-error-mileage"));
                    continue;
                }
            },
            ExpenseKind::Taxi => Limit::IfAgreed(amount),
            _ => Limit::AtCost(amount),
        };
        expenses.push(ExpenseRule { kind: k, limit });
    }
    let methods: Vec<Method> = data
        .all("methods")
        .iter()
        .filter_map(|m| Method::parse(m))
        .collect();
    if methods.is_empty() {
        errors.add("methods", t("policy-error-methods"));
    }
    let days = data
        .one("days")
        .parse::<i64>()
        .ok()
        .filter(|d| (1..=90).contains(d));
    if days.is_none() {
        errors.add("days", t("policy-error-days"));
    }
    let limits = claim_limits(data, errors);
    let benefits = data.one("benefits");
    if benefits.is_empty() {
        errors.add("benefits", t("policy-error-benefits"));
    }
    let (from, days, limits) = (from?, days?, limits?);
    errors.is_empty().then_some((
        Policy {
            version: 0,
            effective_from: from,
            fees,
            expenses,
            methods,
            days_to_pay: days,
            limits,
        },
        benefits,
    ))
}

/// The limits on a whole claim: an empty field keeps the sensible default, and the check
/// level must be below the most a claim may come to, or nothing would ever be checked.
fn claim_limits(data: &FormData, errors: &mut Errors) -> Option<ClaimLimits> {
    let defaults = ClaimLimits::default();
    let mut amount = |name: &str, default: i64| {
        let typed = data.one(name);
        if typed.is_empty() {
            return Some(default);
        }
        let pence = parse_pounds(&typed).filter(|p| (1..=MOST_FOR_ONE_CLAIM).contains(p));
        if pence.is_none() {
            errors.add(name, t("policy-error-limit"));
        }
        pence
    };
    let most_per_claim = amount("most-per-claim", defaults.most_per_claim);
    let check_above = amount("check-above", defaults.check_above);
    let (most_per_claim, check_above) = (most_per_claim?, check_above?);
    if check_above >= most_per_claim {
        errors.add("check-above", t("policy-error-check-above"));
        return None;
    }
    Some(ClaimLimits {
        most_per_claim,
        check_above,
    })
}
