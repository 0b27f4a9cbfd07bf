//! Fees, expenses and recognition (capability F): the payment policy in versions, claims with
//! receipts, finance's decisions and payments made once, exports, and what it all costs.
//! The sums themselves are worked out by `withus-payments`, in whole pence.

pub mod claim_form;
pub mod claim_view;
pub mod costs;
pub mod export;
pub mod finance;
pub mod member;
pub mod policy;
pub mod queries;
pub mod report;
pub mod travel;

use chrono::{NaiveDate, Utc};
use chrono_tz::Europe::London;
use withus_db::entities::payment_policy;
use withus_payments::{Method, Policy, expenses_from_text, fees_from_text};

use crate::components::{Tag, render};
use crate::people::vocab::label;

pub const STATUSES: &[(&str, &str)] = &[
    ("submitted", "claim-status-submitted"),
    ("queried", "claim-status-queried"),
    ("approved", "claim-status-approved"),
    ("rejected", "claim-status-rejected"),
    ("paid", "claim-status-paid"),
];

pub const METHODS: &[(&str, &str)] = &[
    ("bank_transfer", "pay-method-bank-transfer"),
    ("cash", "pay-method-cash"),
    ("voucher", "pay-method-voucher"),
    ("decline", "pay-method-decline"),
];

pub const EXPENSES: &[(&str, &str)] = &[
    ("mileage", "expense-mileage"),
    ("public_transport", "expense-public-transport"),
    ("taxi", "expense-taxi"),
    ("subsistence", "expense-subsistence"),
    ("childcare", "expense-childcare"),
    ("replacement_care", "expense-replacement-care"),
    ("personal_assistant", "expense-personal-assistant"),
];

pub const UNITS: &[(&str, &str)] = &[
    ("hour", "fee-unit-hour"),
    ("half_day", "fee-unit-half-day"),
    ("day", "fee-unit-day"),
    ("activity", "fee-unit-activity"),
];

/// Roles a fee can be set for: how the person took part.
pub const ROLES: &[(&str, &str)] = &[
    ("member", "attendee-member"),
    ("reserve", "attendee-reserve"),
    ("chair", "attendee-chair"),
];

/// A stored version as the rules crate reads it.
pub fn to_policy(row: &payment_policy::Model) -> Policy {
    Policy {
        version: row.version.max(0) as u32,
        effective_from: row.effective_from,
        fees: fees_from_text(&row.fees),
        expenses: expenses_from_text(&row.expenses),
        methods: row.methods.split(',').filter_map(Method::parse).collect(),
        days_to_pay: i64::from(row.days_to_pay),
    }
}

pub fn status_tag(status: &str) -> String {
    let colour = match status {
        "submitted" => "blue",
        "queried" => "yellow",
        "approved" => "turquoise",
        "rejected" => "red",
        "paid" => "green",
        _ => "grey",
    };
    render(&Tag::new(label(STATUSES, status), colour))
}

/// Today in the UK, where the promised days to pay are counted.
pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&London).date_naive()
}

/// "3 March 2026".
pub fn day(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// A claim's short reference for people to quote: the end of its id, which is random.
pub fn reference(id: uuid::Uuid) -> String {
    let hex = id.simple().to_string();
    format!("C-{}", hex[hex.len() - 6..].to_uppercase())
}

/// The date typed into a GOV.UK date input named `id`.
pub fn typed_date(data: &crate::forms::FormData, id: &str) -> Option<NaiveDate> {
    let part = |p: &str| data.one(&format!("{id}-{p}"));
    crate::dates::typed(&part("day"), &part("month"), &part("year"))
}
