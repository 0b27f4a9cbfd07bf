//! The forms of payments: a claim (`claim.rs`) with its receipts (`receipts.rs`), the payment
//! policy (`policy.rs`) and the cost calculator (`costs.rs`); here the short forms of a claim's
//! life: finance marking it paid, the person's answer, and travel asked for.

pub mod claim;
pub mod costs;
pub mod policy;
pub mod receipts;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::kit::dates::today;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::payments::queries::NewReceipt;
use crate::payments::typed_date;

/// The day a claim was paid (not after today) and the payment's reference, each checked.
pub fn paid(data: &FormData, errors: &mut Errors) -> (Option<NaiveDate>, String) {
    let on = typed_date(data, "paid").filter(|d| *d <= today());
    if on.is_none() {
        errors.add("paid", t("claim-error-paid-on"));
    }
    let reference_typed = data.one("reference");
    if reference_typed.is_empty() {
        errors.add("reference", t("claim-error-reference"));
    }
    (on, reference_typed)
}

/// The person's answer to finance's question, and the receipts sent with it, each checked.
pub fn answer(
    data: &FormData,
    files: Vec<receipts::Upload>,
    errors: &mut Errors,
) -> (String, Vec<NewReceipt>) {
    let answer = data.one("answer");
    if answer.is_empty() {
        errors.add("answer", t("claim-error-answer"));
    }
    let receipts = receipts::checked_receipts(files, errors);
    (answer, receipts)
}

/// Travel asked for: whom it is for (someone `expected` at the meeting), and its details.
pub fn travel(
    data: &FormData,
    expected: impl Fn(Uuid) -> bool,
    errors: &mut Errors,
) -> (Option<Uuid>, String) {
    let person = Uuid::parse_str(&data.one("person"))
        .ok()
        .filter(|p| expected(*p));
    let details = data.one("details");
    if person.is_none() {
        errors.add("person", t("travel-error-person"));
    }
    if details.is_empty() {
        errors.add("details", t("travel-error-details"));
    }
    (person, details)
}
