//! The person's claim as they will send it: each cost and what we pay back, the receipts, how
//! they are paid and the total, with the typed answers carried in the form so "Change" brings
//! them back and "Send claim" makes the claim.

use askama::Template;
use withus_payments::{ExpenseKind, Method, pounds};

use crate::kit::components::{SummaryList, render};
use crate::kit::forms::FormData;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::vocab::label;
use crate::payments::forms::claim::{Checked, Context};
use crate::payments::{EXPENSES, METHODS};

#[derive(Template)]
#[template(path = "payments/claim_check.html")]
pub struct CheckPage {
    page: Page,
    back: String,
    caption: String,
    action: String,
    summary: String,
    total: String,
    hidden: Vec<(String, String)>,
}

/// One cost as the person reads it: "£6.40", "12.5 miles: £5.63", and what is paid back when
/// that is less than claimed, with the reason.
fn cost(line: &withus_payments::ExpenseLine, allowed: i64, why: Option<&str>) -> String {
    let claimed = if line.kind == ExpenseKind::Mileage {
        let miles = format!(
            "{}.{}",
            line.tenths_of_a_mile / 10,
            line.tenths_of_a_mile % 10
        );
        t_args(
            "claim-check-miles",
            &[("miles", &miles), ("amount", &pounds(allowed))],
        )
    } else {
        pounds(line.pence)
    };
    match why {
        Some(why) if allowed < line.pence => t_args(
            "claim-check-less",
            &[
                ("claimed", &claimed),
                ("paid", &pounds(allowed)),
                ("why", why),
            ],
        ),
        _ => claimed,
    }
}

pub fn check_page(
    page: Page,
    ctx: &Context,
    back: &str,
    action: &str,
    typed: &FormData,
    checked: &Checked,
) -> CheckPage {
    let mut list = SummaryList::default().row(t("claim-fee"), ctx.fee_words());
    for (line, (allowed, why)) in checked.lines.iter().zip(&checked.worked.expenses) {
        let what = label(EXPENSES, line.kind.as_str());
        list = list.row(what, cost(line, *allowed, *why));
    }
    let receipts: Vec<&str> = checked
        .waiting
        .iter()
        .map(|w| w.filename.as_str())
        .collect();
    list = list.row(
        t("claim-receipts"),
        if receipts.is_empty() {
            t("claim-check-no-receipts")
        } else {
            receipts.join(", ")
        },
    );
    list = list.row(
        t("claim-check-method"),
        label(METHODS, checked.method.as_str()),
    );
    let note = typed.one("note");
    if !note.is_empty() {
        list = list.row(t("claim-check-note"), note.clone());
    }
    let total = if checked.method == Method::Decline {
        t_args(
            "claim-check-decline",
            &[("worth", &pounds(checked.worked.worth))],
        )
    } else {
        t_args(
            "claim-check-total",
            &[("total", &pounds(checked.worked.to_pay))],
        )
    };
    let mut hidden: Vec<(String, String)> = ctx
        .policy
        .expenses
        .iter()
        .map(|r| (r.kind.as_str().to_owned(), typed.one(r.kind.as_str())))
        .collect();
    hidden.push(("method".into(), checked.method.as_str().into()));
    hidden.push(("note".into(), note));
    hidden.extend(
        checked
            .waiting
            .iter()
            .map(|w| ("waiting".into(), w.id.to_string())),
    );
    CheckPage {
        page: page.titled(t("claim-check-title")),
        back: back.to_owned(),
        caption: ctx.meeting.title.clone(),
        action: action.to_owned(),
        summary: render(&list),
        total,
        hidden,
    }
}
