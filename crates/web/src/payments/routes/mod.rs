//! The handlers of payments, one file per group of pages: finance's (`finance.rs`), the
//! person's own (`member.rs`), fees and travel for a meeting (`travel.rs`) and the policy
//! (`policy.rs`); here the cost calculator, the report and the export.

pub mod finance;
pub mod member;
pub mod policy;
pub mod travel;

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::kit::dates::today;
use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;
use crate::payments::costs::estimate;
use crate::payments::export::{csv, xlsx};
use crate::payments::forms::costs::{Asked, read};
use crate::payments::report::{monthly, overdue_claims};
use crate::payments::views;
use crate::payments::{queries, to_policy};

/// The involvement cost calculator: what an opportunity will cost before it starts, and what it
/// has cost so far against its budget.
pub async fn costs(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let meetings = queries::meetings_of(&tenant.scope, o.id).await?;
    let mut errors = Errors::default();
    let Asked {
        data,
        places,
        sessions,
        minutes,
        expenses,
    } = read(
        &q,
        o.places.to_string(),
        meetings.len().max(1).to_string(),
        &mut errors,
    );
    let policies = queries::policies(&tenant.scope).await?;
    let policy = queries::in_force(&policies, today()).map(to_policy);
    let mut result = Vec::new();
    if let (Some(places), Some(sessions), Some(minutes), Some(expenses), Some(policy)) =
        (places, sessions, minutes, expenses, &policy)
    {
        let fee = policy
            .fee("member", &data.one("activity"), minutes)
            .unwrap_or(0);
        let e = estimate(places, sessions, fee, expenses);
        result = views::costs::result(fee, &e, o.budget_pence);
    }
    let ids: Vec<_> = meetings.iter().map(|m| m.id).collect();
    let claims = queries::claims_of_meetings(&tenant.scope, ids).await?;
    let sum = |statuses: &[&str]| -> i64 {
        claims
            .iter()
            .filter(|c| statuses.contains(&c.status.as_str()))
            .map(|c| c.to_pay_pence)
            .sum()
    };
    let (paid, approved, waiting) = (
        sum(&["paid"]),
        sum(&["approved"]),
        sum(&["submitted", "queried"]),
    );
    let spend = views::costs::spend(paid, approved, waiting, o.budget_pence);
    let committed = paid + approved + waiting;
    let over_budget = o.budget_pence.is_some_and(|b| committed > i64::from(b));
    let fields = views::costs::fields(&data, &errors);
    if policy.is_none() {
        errors.add("places", t("costs-no-policy"));
    }
    html(views::costs::CostsPage {
        page: page.titled(t_args("costs-title", &[("title", &o.title)])),
        errors: errors.summary(),
        id: o.id,
        title: o.title.clone(),
        fields,
        result,
        spend,
        over_budget,
    })
}

/// Are people paid on time? Claims past the promised time, and the median days from claim to
/// payment, month by month.
pub async fn report(tenant: Tenant, page: Page) -> AppResult<Response> {
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
    html(views::report::report_page(page, &late, &months))
}

/// Approved claims for the finance system, as CSV or XLSX.
pub async fn export(
    tenant: Tenant,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let claims = queries::list(&tenant.scope, &["approved"]).await?;
    let (bytes, content_type, ext) = match q.get("format").map(String::as_str) {
        Some("xlsx") => (
            xlsx(&claims),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
        _ => (csv(&claims), "text/csv; charset=utf-8", "csv"),
    };
    let bytes = bytes.map_err(AppError::Internal)?;
    tenant
        .audit("exported approved claims", "organisation", None, Some(ext))
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"approved-claims.{ext}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
