//! Finance's side of claims: the list by status with what is overdue, each claim, and
//! finance's decisions on it: approve, query (with a message to the person), reject with a
//! reason, and mark paid, once; and a receipt, opened from the claim.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use withus_db::entities::claim;
use withus_payments::pounds;

use crate::AppState;
use crate::kit::dates::day;
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::payments::forms;
use crate::payments::queries::{self, Paid};
use crate::payments::views::finance::{index_page, staff_page};
use crate::payments::views::receipt_response;
use crate::payments::{STATUSES, reference};

async fn load(tenant: &Tenant, id: &str) -> AppResult<claim::Model> {
    queries::claim(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn index(
    tenant: Tenant,
    page: Page,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let chosen = q
        .get("status")
        .filter(|s| STATUSES.iter().any(|(v, _)| v == s))
        .cloned()
        .unwrap_or_else(|| "submitted".into());
    html(index_page(&tenant, page, &chosen).await?)
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let c = load(&tenant, &id).await?;
    let banner = match q.get("done") {
        Some(done) => done_banner(&tenant, &c, done, q.get("emailed")).await?,
        None => None,
    };
    html(
        staff_page(
            &tenant,
            page,
            &c,
            &FormData::default(),
            &Errors::default(),
            banner,
        )
        .await?,
    )
}

/// What was done and, after a decision the person is told of, whether the email went, so
/// finance knows when to phone or write instead.
async fn done_banner(
    tenant: &Tenant,
    c: &claim::Model,
    done: &str,
    emailed: Option<&String>,
) -> AppResult<Option<String>> {
    let emailed = emailed.map(|e| e == "yes");
    let what = match (done, emailed) {
        ("approved", _) => return Ok(Some(t("claim-done-approved"))),
        ("already", _) => return Ok(Some(t("claim-done-already"))),
        ("queried", Some(false)) => t("claim-done-queried-unsent"),
        ("queried", _) => t("claim-done-queried"),
        ("rejected", _) => t("claim-done-rejected"),
        ("paid", _) => t("claim-done-paid"),
        _ => return Ok(None),
    };
    let Some(emailed) = emailed else {
        return Ok(Some(what));
    };
    let name = match crate::people::find(&tenant.scope, c.person_id).await? {
        Some(person) => crate::people::display_name(&person),
        None => t("claim-done-the-person"),
    };
    let key = if emailed {
        "claim-done-emailed"
    } else {
        "claim-done-not-emailed"
    };
    Ok(Some(format!("{what}. {}", t_args(key, &[("name", &name)]))))
}

async fn tell(
    state: &AppState,
    tenant: &Tenant,
    c: &claim::Model,
    subject: &str,
    body: &str,
) -> AppResult<bool> {
    let Some(person) = crate::people::find(&tenant.scope, c.person_id).await? else {
        return Ok(false);
    };
    let Some(address) = person.email.as_deref().filter(|_| person.contact_by_email) else {
        return Ok(false);
    };
    let body = format!(
        "{body}\n\n{}/my/payments/claims/{}",
        state.config.public_url, c.id
    );
    queries::enqueue_mail(&tenant.scope, address, subject, &body).await?;
    Ok(true)
}

/// `yes` or `no`, for the claim page's banner after the redirect.
fn yes_no(emailed: bool) -> &'static str {
    if emailed { "yes" } else { "no" }
}

async fn refused(
    tenant: &Tenant,
    page: Page,
    c: &claim::Model,
    data: &FormData,
    errors: Errors,
) -> AppResult<Response> {
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        staff_page(tenant, page, c, data, &errors, None).await?,
    )
}

/// Someone else already decided: show the claim as it now stands.
fn stale(c: &claim::Model) -> Response {
    Redirect::to(&format!("/payments/claims/{}", c.id)).into_response()
}

pub async fn approve(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let c = load(&tenant, &id).await?;
    let by = tenant.user.account_id;
    if !queries::decide(
        &tenant.scope,
        c.id,
        &["submitted", "queried"],
        "approved",
        None,
        by,
    )
    .await?
    {
        return Ok(stale(&c));
    }
    tenant
        .audit("approved claim", "claim", Some(c.id), None)
        .await?;
    Ok(Redirect::to(&format!("/payments/claims/{}?done=approved", c.id)).into_response())
}

/// A decision that needs words for the person: a question, or why the claim will not be paid.
struct Worded {
    field: &'static str,
    error_field: &'static str,
    error: &'static str,
    from: &'static [&'static str],
    to: &'static str,
    subject: &'static str,
    email: &'static str,
    email_arg: &'static str,
    action: &'static str,
}

const QUERY: Worded = Worded {
    field: "message",
    error_field: "query-message",
    error: "claim-error-query",
    from: &["submitted"],
    to: "queried",
    subject: "claim-query-subject",
    email: "claim-query-email",
    email_arg: "message",
    action: "queried claim",
};

const REJECT: Worded = Worded {
    field: "reason",
    error_field: "reason",
    error: "claim-error-reason",
    from: &["submitted", "queried"],
    to: "rejected",
    subject: "claim-rejected-subject",
    email: "claim-rejected-email",
    email_arg: "reason",
    action: "rejected claim",
};

async fn worded(
    w: &Worded,
    state: &AppState,
    tenant: Tenant,
    page: Page,
    id: &str,
    data: FormData,
) -> AppResult<Response> {
    let c = load(&tenant, id).await?;
    let words = data.one(w.field);
    if words.is_empty() {
        let mut errors = Errors::default();
        errors.add(w.error_field, t(w.error));
        return refused(&tenant, page, &c, &data, errors).await;
    }
    let by = tenant.user.account_id;
    let moved = queries::decide(&tenant.scope, c.id, w.from, w.to, Some(words.clone()), by);
    if !moved.await? {
        return Ok(stale(&c));
    }
    let body = t_args(
        w.email,
        &[("reference", &reference(c.id)), (w.email_arg, &words)],
    );
    let emailed = tell(state, &tenant, &c, &t(w.subject), &body).await?;
    tenant.audit(w.action, "claim", Some(c.id), None).await?;
    let to = format!(
        "/payments/claims/{}?done={}&emailed={}",
        c.id,
        w.to,
        yes_no(emailed)
    );
    Ok(Redirect::to(&to).into_response())
}

pub async fn query(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    worded(&QUERY, &state, tenant, page, &id, data).await
}

pub async fn reject(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    worded(&REJECT, &state, tenant, page, &id, data).await
}

pub async fn paid(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let c = load(&tenant, &id).await?;
    let mut errors = Errors::default();
    let (on, reference_typed) = forms::paid(&data, &mut errors);
    let Some(on) = on.filter(|_| errors.is_empty()) else {
        if c.status != "approved" {
            return Ok(stale(&c));
        }
        return refused(&tenant, page, &c, &data, errors).await;
    };
    let outcome = queries::mark_paid(
        &tenant.scope,
        &c,
        on,
        &reference_typed,
        tenant.user.account_id,
    )
    .await?;
    let done = match outcome {
        Paid::Now => {
            let body = t_args(
                "claim-paid-email",
                &[
                    ("reference", &reference(c.id)),
                    ("amount", &pounds(c.to_pay_pence)),
                    ("day", &day(on)),
                ],
            );
            let emailed = tell(&state, &tenant, &c, &t("claim-paid-subject"), &body).await?;
            tenant
                .audit(
                    "marked claim paid",
                    "claim",
                    Some(c.id),
                    Some(&reference_typed),
                )
                .await?;
            format!("paid&emailed={}", yes_no(emailed))
        }
        Paid::Already(_) => "already".to_owned(),
        Paid::NotApproved => return Ok(stale(&c)),
    };
    Ok(Redirect::to(&format!("/payments/claims/{}?done={done}", c.id)).into_response())
}

pub async fn receipt(
    tenant: Tenant,
    Path((id, receipt_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let c = load(&tenant, &id).await?;
    receipt_response(&tenant, &c, &receipt_id).await
}
