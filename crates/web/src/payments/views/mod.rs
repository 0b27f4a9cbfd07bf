//! A claim as both sides see it: its facts, each cost with what was paid back and why, its
//! receipts, and the question or reason from finance. Finance's pages and the person's own add
//! their actions below.
//!
//! Each group of pages builds its own in a file here: finance's (`finance.rs`), the person's
//! own (`member.rs`) with the claim form's fields (`claim_form.rs`), fees and travel for a meeting (`travel.rs`), the policy (`policy.rs`),
//! the cost calculator (`costs.rs`) and the report (`report.rs`).

pub mod claim_check;
pub mod claim_form;
pub mod costs;
pub mod finance;
pub mod member;
pub mod policy;
pub mod report;
pub mod travel;

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use withus_db::entities::claim;
use withus_payments::pounds;

use crate::kit::components::{Cell, ErrorSummary, Table};
use crate::kit::dates::day;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::meetings::ACTIVITIES;
use crate::payments::{EXPENSES, METHODS, queries, reference, status_tag};

#[derive(Template)]
#[template(path = "payments/claim.html")]
pub struct ClaimPage {
    pub page: Page,
    pub errors: Option<ErrorSummary>,
    pub banner: Option<String>,
    pub back: String,
    pub heading: String,
    pub status: String,
    pub facts: Vec<(String, String)>,
    pub lines: Option<Table>,
    pub receipts: Vec<(String, String)>,
    pub message: Option<(String, String)>,
    pub actions: Vec<String>,
}

/// The claim as both sides see it; `receipts_base` is where its receipts are served from.
pub async fn claim_page(
    tenant: &Tenant,
    page: Page,
    c: &claim::Model,
    back: &str,
    receipts_base: &str,
    actions: Vec<String>,
) -> AppResult<ClaimPage> {
    let listed = queries::named_one(&tenant.scope, c).await?;
    let lines = queries::lines(&tenant.scope, c.id).await?;
    let mut facts = vec![
        (t("claim-reference"), reference(c.id)),
        (t("claim-person"), listed.person.clone()),
        (
            t("claim-activity"),
            format!("{}, {}", listed.meeting, day(c.activity_on)),
        ),
        (
            t("claim-fee"),
            format!(
                "{} ({}, {})",
                pounds(c.fee_pence),
                super::policy_words::duration(i64::from(c.minutes)),
                label(ACTIVITIES, &c.activity).to_lowercase()
            ),
        ),
        (t("claim-expenses"), pounds(c.expenses_pence)),
        (t("claim-method"), label(METHODS, &c.method)),
        (t("claim-to-pay"), pounds(c.to_pay_pence)),
        (
            t("claim-made-on"),
            day(c
                .submitted_at
                .with_timezone(&chrono_tz::Europe::London)
                .date_naive()),
        ),
    ];
    if c.on_behalf {
        facts.push((t("claim-made-by"), t("claim-on-behalf")));
    }
    if let Some(note) = &c.note {
        facts.push((t("claim-note-label"), note.clone()));
    }
    if let Some(p) = queries::payment(&tenant.scope, c.id).await? {
        facts.push((
            t("claim-paid-label"),
            t_args(
                "claim-paid-words",
                &[("day", &day(p.paid_on)), ("reference", &p.reference)],
            ),
        ));
    }
    let message = c.message.as_ref().map(|m| {
        let heading = if c.status == "rejected" {
            t("claim-rejected-why")
        } else {
            t("claim-query")
        };
        (heading, m.clone())
    });
    let table = (!lines.is_empty()).then(|| Table {
        caption: Some(t("claim-lines")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("claim-line-what")),
            Cell::text(t("claim-line-claimed")).numeric(),
            Cell::text(t("claim-line-allowed")).numeric(),
            Cell::text(t("claim-line-why")),
        ],
        rows: lines
            .iter()
            .map(|l| {
                let claimed = if l.kind == "mileage" {
                    t_args(
                        "claim-line-miles",
                        &[(
                            "miles",
                            &format!("{:.1}", f64::from(l.tenths_of_a_mile) / 10.0),
                        )],
                    )
                } else {
                    pounds(l.claimed_pence)
                };
                vec![
                    Cell::text(label(EXPENSES, &l.kind)),
                    Cell::text(claimed).numeric(),
                    Cell::text(pounds(l.allowed_pence)).numeric(),
                    Cell::text(l.reason.clone().unwrap_or_default()),
                ]
            })
            .collect(),
        ..Table::default()
    });
    Ok(ClaimPage {
        page: page.titled(t_args(
            "claim-page-title",
            &[("reference", &reference(c.id))],
        )),
        errors: None,
        banner: None,
        back: back.to_owned(),
        heading: t_args("claim-page-title", &[("reference", &reference(c.id))]),
        status: status_tag(&c.status),
        facts,
        lines: table,
        receipts: queries::receipts(&tenant.scope, c.id)
            .await?
            .into_iter()
            .map(|(id, name)| (format!("{receipts_base}/{}/receipts/{id}", c.id), name))
            .collect(),
        message,
        actions,
    })
}

/// A receipt, served so a browser will not run it: its type came from its bytes, and it
/// downloads rather than opens in the page.
pub async fn receipt_response(
    tenant: &Tenant,
    c: &claim::Model,
    receipt_id: &str,
) -> AppResult<Response> {
    let r = queries::receipt(&tenant.scope, c.id, parse_id(receipt_id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let safe: String = r
        .filename
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, r.content_type),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            ),
        ],
        r.data,
    )
        .into_response())
}
