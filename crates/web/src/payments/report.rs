//! Are people paid on time? Claims past the promised time, and the median days from claim to
//! payment, month by month.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::response::Response;
use chrono_tz::Europe::London;
use withus_db::entities::payment;
use withus_payments::{days_to_pay, median, overdue, pounds};

use crate::kit::components::{Cell, Table};
use crate::kit::dates::{day, today};
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::payments::queries::{self, Listed};
use crate::payments::{reference, status_tag};

#[derive(Template)]
#[template(path = "payments/report.html")]
struct ReportPage {
    page: Page,
    overdue: Option<Table>,
    months: Option<Table>,
    summary: String,
}

/// Claims not yet paid (nor rejected) past the promised days of the policy they were made under.
pub fn overdue_claims<'a>(
    claims: &'a [Listed],
    promised: &HashMap<uuid::Uuid, i64>,
    on: chrono::NaiveDate,
) -> Vec<(&'a Listed, i64)> {
    claims
        .iter()
        .filter(|l| !matches!(l.claim.status.as_str(), "paid" | "rejected"))
        .filter_map(|l| {
            let made = l.claim.submitted_at.with_timezone(&London).date_naive();
            let days = promised.get(&l.claim.policy_id).copied().unwrap_or(0);
            overdue(made, days, on).then(|| (l, days_to_pay(made, on) - days))
        })
        .collect()
}

/// For each month payments were made in: how many, and the median days from claim to payment.
pub fn monthly(claims: &[Listed], paid: &[payment::Model]) -> BTreeMap<String, (usize, f64)> {
    let made: HashMap<_, _> = claims
        .iter()
        .map(|l| {
            (
                l.claim.id,
                l.claim.submitted_at.with_timezone(&London).date_naive(),
            )
        })
        .collect();
    let mut by_month: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for p in paid {
        if let Some(m) = made.get(&p.claim_id) {
            by_month
                .entry(p.paid_on.format("%Y-%m").to_string())
                .or_default()
                .push(days_to_pay(*m, p.paid_on));
        }
    }
    by_month
        .into_iter()
        .filter_map(|(k, days)| median(&days).map(|m| (k, (days.len(), m))))
        .collect()
}

pub async fn show(tenant: Tenant, page: Page) -> AppResult<Response> {
    let statuses = ["submitted", "queried", "approved", "paid"];
    let claims = queries::list(&tenant.scope, &statuses).await?;
    let promised: HashMap<_, _> = queries::policies(&tenant.scope)
        .await?
        .iter()
        .map(|p| (p.id, i64::from(p.days_to_pay)))
        .collect();
    let late = overdue_claims(&claims, &promised, today());
    let paid = queries::payments(&tenant.scope).await?;
    let months = monthly(&claims, &paid);
    let overdue_table = (!late.is_empty()).then(|| Table {
        caption: Some(t("report-overdue")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("claim-reference")),
            Cell::text(t("claim-person")),
            Cell::text(t("claim-status")),
            Cell::text(t("report-days-late")).numeric(),
            Cell::text(t("claim-to-pay")).numeric(),
        ],
        rows: late
            .iter()
            .map(|(l, days)| {
                vec![
                    Cell::html(link(
                        &format!("/payments/claims/{}", l.claim.id),
                        &reference(l.claim.id),
                    )),
                    Cell::text(l.person.clone()),
                    Cell::html(status_tag(&l.claim.status)),
                    Cell::text(days.to_string()).numeric(),
                    Cell::text(pounds(l.claim.to_pay_pence)).numeric(),
                ]
            })
            .collect(),
        ..Table::default()
    });
    let month_table = (!months.is_empty()).then(|| Table {
        caption: Some(t("report-months")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("report-month")),
            Cell::text(t("report-paid-count")).numeric(),
            Cell::text(t("report-median")).numeric(),
        ],
        rows: months
            .iter()
            .rev()
            .map(|(month, (n, m))| {
                let first = chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
                    .map(|d| d.format("%B %Y").to_string())
                    .unwrap_or_else(|_| month.clone());
                vec![
                    Cell::text(first),
                    Cell::text(n.to_string()).numeric(),
                    Cell::text(format!("{m}")).numeric(),
                ]
            })
            .collect(),
        ..Table::default()
    });
    html(ReportPage {
        page: page.titled(t("report-title")),
        summary: t_args(
            "report-summary",
            &[("late", &late.len().to_string()), ("day", &day(today()))],
        ),
        overdue: overdue_table,
        months: month_table,
    })
}
