//! Fees, expenses and recognition (capability F): the payment policy in versions, claims with
//! receipts, finance's decisions and payments made once, exports, and what it all costs.
//! The sums themselves are worked out by `withus-payments`, in whole pence.

pub mod costs;
pub mod demo;
pub mod export;
pub mod forms;
pub mod policy_words;
pub mod queries;
pub mod report;
pub mod routes;
pub mod views;
pub use policy_words::{Plain, plain_today};
pub use queries::claimable;

use chrono::NaiveDate;
use withus_db::entities::payment_policy;
use withus_payments::{ClaimLimits, Method, Policy, expenses_from_text, fees_from_text};

use crate::kit::components::{Tag, render};
use crate::kit::vocab::label;

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
        limits: ClaimLimits {
            most_per_claim: row.most_per_claim_pence,
            check_above: row.check_above_pence,
        },
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

/// A claim's short reference for people to quote: the end of its id, which is random.
pub fn reference(id: uuid::Uuid) -> String {
    let hex = id.simple().to_string();
    format!("C-{}", hex[hex.len() - 6..].to_uppercase())
}

/// The date typed into a GOV.UK date input named `id`.
pub fn typed_date(data: &crate::kit::forms::FormData, id: &str) -> Option<NaiveDate> {
    let part = |p: &str| data.one(&format!("{id}-{p}"));
    crate::kit::dates::typed(&part("day"), &part("month"), &part("year"))
}

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use axum::extract::DefaultBodyLimit;
    use crate::kit::access::{ADMIN, CLAIMS, COORDINATE, FINANCE, OWN, PEOPLE, route};
    vec![
        route("GET", "/meetings/{meeting_id}/fees", PEOPLE, get(routes::travel::fees)),
        route("POST", "/meetings/{meeting_id}/travel", COORDINATE, post(routes::travel::request)),
        route("GET", "/meetings/{meeting_id}/claims/{person_id}", COORDINATE, get(routes::travel::claim_form)),
        route("POST", "/meetings/{meeting_id}/claims/{person_id}", COORDINATE, post(routes::travel::claim).layer(DefaultBodyLimit::max(forms::receipts::MAX_BODY))),
        route("GET", "/opportunities/{opportunity_id}/costs", PEOPLE, get(routes::costs)),
        route("GET", "/payments", CLAIMS, get(routes::finance::index)),
        route("GET", "/payments/report", CLAIMS, get(routes::report)),
        route("GET", "/payments/export", FINANCE, get(routes::export)),
        route("GET", "/payments/policy", ADMIN, get(routes::policy::show)),
        route("POST", "/payments/policy", ADMIN, post(routes::policy::create)),
        route("POST", "/payments/travel/{booking_id}/booked", CLAIMS, post(routes::travel::booked)),
        route("GET", "/payments/claims/{claim_id}", CLAIMS, get(routes::finance::show)),
        route("POST", "/payments/claims/{claim_id}/approve", FINANCE, post(routes::finance::approve)),
        route("POST", "/payments/claims/{claim_id}/query", FINANCE, post(routes::finance::query)),
        route("POST", "/payments/claims/{claim_id}/reject", FINANCE, post(routes::finance::reject)),
        route("POST", "/payments/claims/{claim_id}/paid", FINANCE, post(routes::finance::paid)),
        route("GET", "/payments/claims/{claim_id}/receipts/{receipt_id}", CLAIMS, get(routes::finance::receipt)),
        route("GET", "/my/payments", OWN, get(routes::member::list)),
        route("GET", "/my/payments/claim/{meeting_id}", OWN, get(routes::member::claim_form)),
        route("POST", "/my/payments/claim/{meeting_id}", OWN, post(routes::member::claim).layer(DefaultBodyLimit::max(forms::receipts::MAX_BODY))),
        route("GET", "/my/payments/claims/{claim_id}", OWN, get(routes::member::show)),
        route("POST", "/my/payments/claims/{claim_id}/answer", OWN, post(routes::member::answer).layer(DefaultBodyLimit::max(forms::receipts::MAX_BODY))),
        route("GET", "/my/payments/claims/{claim_id}/receipts/{receipt_id}", OWN, get(routes::member::receipt)),
    ]
}
