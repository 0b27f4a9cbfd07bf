//! Finance's pages: the claims by status with what is overdue, and a claim with the forms of
//! finance's decisions.

use askama::Template;
use chrono::Datelike;
use std::collections::HashMap;
use withus_db::entities::{claim, payment_policy};
use withus_payments::{overdue, pounds};

use super::{ClaimPage, claim_page};
use crate::kit::auth::Role;
use crate::kit::blocks::heading;
use crate::kit::components::{
    Cell, DateInput, Fieldset, Input, NotificationBanner, Table, Tag, Textarea, escape, render,
};
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::form_parts::{button, post_form};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::payments::queries::{self};
use crate::payments::{STATUSES, reference};

async fn policy_days(tenant: &Tenant, c: &claim::Model) -> AppResult<i64> {
    Ok(queries::policies(&tenant.scope)
        .await?
        .iter()
        .find(|p| p.id == c.policy_id)
        .map_or(0, |p: &payment_policy::Model| i64::from(p.days_to_pay)))
}

#[derive(Template)]
#[template(path = "payments/index.html")]
pub struct IndexPage {
    page: Page,
    tabs: Vec<(String, String, usize, bool)>,
    claims: Option<Table>,
    travel: Vec<String>,
    is_finance: bool,
}

/// The claims with the status `chosen`, a tab for each status, and the travel to book.
pub async fn index_page(tenant: &Tenant, page: Page, chosen: &str) -> AppResult<IndexPage> {
    let all = queries::list(
        &tenant.scope,
        &STATUSES.iter().map(|(v, _)| *v).collect::<Vec<_>>(),
    )
    .await?;
    let policies = queries::policies(&tenant.scope).await?;
    let days: HashMap<_, _> = policies
        .iter()
        .map(|p| (p.id, i64::from(p.days_to_pay)))
        .collect();
    let limits: HashMap<_, _> = policies
        .iter()
        .map(|p| (p.id, crate::payments::to_policy(p).limits))
        .collect();
    let today = today();
    let late = |c: &claim::Model| {
        !matches!(c.status.as_str(), "paid" | "rejected")
            && overdue(
                c.submitted_at
                    .with_timezone(&chrono_tz::Europe::London)
                    .date_naive(),
                days.get(&c.policy_id).copied().unwrap_or(0),
                today,
            )
    };
    let tabs = STATUSES
        .iter()
        .map(|(v, k)| {
            let n = all.iter().filter(|l| l.claim.status == *v).count();
            ((*v).to_owned(), t(k), n, *v == chosen)
        })
        .collect();
    let shown: Vec<_> = all.iter().filter(|l| l.claim.status == chosen).collect();
    let claims = (!shown.is_empty()).then(|| Table {
        head: vec![
            Cell::text(t("claim-reference")),
            Cell::text(t("claim-person")),
            Cell::text(t("claim-activity")),
            Cell::text(t("claim-made-on")),
            Cell::text(t("claim-to-pay")).numeric(),
        ],
        rows: shown
            .iter()
            .map(|l| {
                let c = &l.claim;
                let made = day(c
                    .submitted_at
                    .with_timezone(&chrono_tz::Europe::London)
                    .date_naive());
                let tag =
                    |colour: &str, key: &str| format!(" {}", render(&Tag::new(t(key), colour)));
                let mut made = escape(&made);
                if late(c) {
                    made.push_str(&tag("red", "claim-overdue"));
                }
                // A mistyped amount under every ceiling still stands out before approval.
                if !matches!(c.status.as_str(), "paid" | "rejected")
                    && limits
                        .get(&c.policy_id)
                        .copied()
                        .unwrap_or_default()
                        .needs_a_check(c.expenses_pence)
                {
                    made.push_str(&tag("orange", "claim-check-large"));
                }
                vec![
                    Cell::html(link(
                        &format!("/payments/claims/{}", c.id),
                        &reference(c.id),
                    )),
                    Cell::text(l.person.clone()),
                    Cell::text(format!("{}, {}", l.meeting, day(c.activity_on))),
                    Cell::html(made),
                    Cell::text(pounds(c.to_pay_pence)).numeric(),
                ]
            })
            .collect(),
        ..Table::default()
    });
    let travel = super::travel::to_book(tenant, &page).await?;
    Ok(IndexPage {
        page: page.titled(t("payments-title")),
        tabs,
        claims,
        travel,
        is_finance: tenant.user.has(Role::Finance),
    })
}

fn decision_forms(page: &Page, c: &claim::Model, typed: &FormData, errors: &Errors) -> Vec<String> {
    let form = |path: &str, inner: String, label: &str, class: &str| {
        post_form(
            &page.csrf,
            &format!("/payments/claims/{}/{path}", c.id),
            &inner,
            &button(label, class),
        )
    };
    let mut out = Vec::new();
    if matches!(c.status.as_str(), "submitted" | "queried") {
        out.push(heading(2, "m", &t("claim-decide")));
        out.push(form("approve", String::new(), &t("claim-approve"), ""));
        out.push(form(
            "query",
            render(
                &Textarea::new("message", t("claim-query-message"))
                    .id("query-message")
                    .value(&typed.one("message"))
                    .rows(3)
                    .hint(t("claim-query-hint"))
                    .error(errors.get("query-message")),
            ),
            &t("claim-send-query"),
            "govuk-button--secondary",
        ));
        out.push(form(
            "reject",
            render(
                &Textarea::new("reason", t("claim-reject-reason"))
                    .value(&typed.one("reason"))
                    .rows(3)
                    .error(errors.get("reason")),
            ),
            &t("claim-reject"),
            "govuk-button--warning",
        ));
    }
    if c.status == "approved" {
        let now = today();
        let part = |p: &str, default: String| {
            let v = typed.one(&format!("paid-{p}"));
            if v.is_empty() { default } else { v }
        };
        out.push(heading(2, "m", &t("claim-mark-paid")));
        out.push(form(
            "paid",
            render(
                &DateInput::new(
                    "paid",
                    Fieldset::legend(t("claim-paid-on"), "govuk-fieldset__legend--s", false),
                    &part("day", now.day().to_string()),
                    &part("month", now.month().to_string()),
                    &part("year", now.year().to_string()),
                )
                .error(errors.get("paid")),
            ) + &render(
                &Input::new("reference", t("claim-payment-reference"))
                    .value(&typed.one("reference"))
                    .classes("govuk-input--width-20")
                    .hint(t("claim-payment-reference-hint"))
                    .error(errors.get("reference")),
            ),
            &t("claim-mark-paid-button"),
            "",
        ));
    }
    out
}

pub async fn staff_page(
    tenant: &Tenant,
    page: Page,
    c: &claim::Model,
    typed: &FormData,
    errors: &Errors,
    banner: Option<String>,
) -> AppResult<ClaimPage> {
    let actions = if tenant.user.has(Role::Finance) {
        decision_forms(&page, c, typed, errors)
    } else {
        vec![]
    };
    let mut view = claim_page(tenant, page, c, "/payments", "/payments/claims", actions).await?;
    view.errors = errors.summary();
    view.banner = banner.map(|b| render(&NotificationBanner::success(b)));
    let days = policy_days(tenant, c).await?;
    if !matches!(c.status.as_str(), "paid" | "rejected") {
        view.facts.push((
            t("claim-due"),
            day(c
                .submitted_at
                .with_timezone(&chrono_tz::Europe::London)
                .date_naive()
                + chrono::Duration::days(days)),
        ));
    }
    Ok(view)
}
