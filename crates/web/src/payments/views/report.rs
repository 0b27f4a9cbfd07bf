//! The "paying on time" report's page: the claims past their time, and each month's payments.

use std::collections::BTreeMap;

use askama::Template;
use withus_payments::pounds;

use crate::kit::components::{Cell, Table};
use crate::kit::dates::{day, today};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::payments::queries::Listed;
use crate::payments::{reference, status_tag};

#[derive(Template)]
#[template(path = "payments/report.html")]
pub struct ReportPage {
    page: Page,
    overdue: Option<Table>,
    months: Option<Table>,
    summary: String,
}

/// The report's page, from the claims past their time and each month's count and median.
pub fn report_page(
    page: Page,
    late: &[(&Listed, i64)],
    months: &BTreeMap<String, (usize, f64)>,
) -> ReportPage {
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
    ReportPage {
        page: page.titled(t("report-title")),
        summary: t_args(
            "report-summary",
            &[("late", &late.len().to_string()), ("day", &day(today()))],
        ),
        overdue: overdue_table,
        months: month_table,
    }
}
