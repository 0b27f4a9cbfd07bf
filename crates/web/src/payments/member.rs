//! An involved person's payments: the policy in plain words, what they can claim for, each
//! claim's status and when it was paid, and the total paid this tax year with a note on
//! benefits.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;
use withus_db::entities::claim;
use withus_payments::{pounds, tax_year};

use crate::kit::blocks::heading;
use crate::kit::components::{ErrorSummary, Textarea, render};
use crate::kit::dates::{day, today};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::form_parts::{FileUpload, button, upload_form};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::when;
use crate::payments::claim_form::{self, Context};
use crate::payments::claim_view::{ClaimPage, claim_page, receipt_response};
use crate::payments::policy_words::{Plain, plain_today};
use crate::payments::{queries, status_tag};
use crate::people;

async fn me(tenant: &Tenant) -> AppResult<Uuid> {
    people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// One of the person's own claims; anyone else's is "not found".
async fn mine(tenant: &Tenant, id: &str) -> AppResult<claim::Model> {
    let person = me(tenant).await?;
    queries::claim(&tenant.scope, parse_id(id)?)
        .await?
        .filter(|c| c.person_id == person)
        .ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "payments/mine.html")]
struct MinePage {
    page: Page,
    plain: Option<Plain>,
    year: String,
    paid_this_year: String,
    claimable: Vec<(Uuid, String, String)>,
    claims: Vec<(Uuid, String, String, String, String, String)>,
}

pub async fn list(tenant: Tenant, page: Page) -> AppResult<Response> {
    let person = me(&tenant).await?;
    let (first, last) = tax_year(today());
    let paid = queries::paid_between(&tenant.scope, person, first, last).await?;
    let claims = queries::of_person(&tenant.scope, person).await?;
    let claimable = queries::claimable(&tenant.scope, person).await?;
    html(MinePage {
        page: page.titled(t("my-payments-title")),
        plain: plain_today(&tenant.scope).await?,
        year: t_args(
            "my-payments-year",
            &[("from", &day(first)), ("to", &day(last))],
        ),
        paid_this_year: pounds(paid),
        claimable: claimable
            .into_iter()
            .map(|m| (m.id, m.title, when(m.starts_at, m.ends_at)))
            .collect(),
        claims: claims
            .into_iter()
            .map(|l| {
                let c = l.claim;
                (
                    c.id,
                    l.meeting,
                    day(c.activity_on),
                    pounds(c.to_pay_pence),
                    status_tag(&c.status),
                    c.paid_on.map(day).unwrap_or_default(),
                )
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "payments/claim_form.html")]
pub struct FormPage {
    pub page: Page,
    pub errors: Option<ErrorSummary>,
    pub back: String,
    pub action: String,
    pub heading: String,
    pub facts: Vec<(String, String)>,
    pub fields: Vec<String>,
}

/// The claim form page for `ctx`, posting to `action`.
pub fn form_page(
    page: Page,
    ctx: &Context,
    back: &str,
    action: &str,
    typed: &FormData,
    errors: &Errors,
) -> FormPage {
    let facts = vec![
        (
            t("claim-activity"),
            format!(
                "{} ({})",
                ctx.meeting.title,
                when(ctx.meeting.starts_at, ctx.meeting.ends_at)
            ),
        ),
        (t("claim-fee"), ctx.fee_words()),
    ];
    FormPage {
        heading: t_args(
            "claim-heading",
            &[("name", &crate::people::display_name(&ctx.person))],
        ),
        page: page.titled(t("claim-title")),
        errors: errors.summary(),
        back: back.to_owned(),
        action: action.to_owned(),
        facts,
        fields: claim_form::fields(ctx, typed, errors),
    }
}

async fn my_context(tenant: &Tenant, meeting_id: &str) -> AppResult<Result<Context, Uuid>> {
    let person = me(tenant).await?;
    claim_form::open(&tenant.scope, parse_id(meeting_id)?, person).await
}

fn to_claim(id: Uuid) -> Response {
    Redirect::to(&format!("/my/payments/claims/{id}")).into_response()
}

pub async fn claim_form(
    tenant: Tenant,
    page: Page,
    Path(meeting_id): Path<String>,
) -> AppResult<Response> {
    match my_context(&tenant, &meeting_id).await? {
        Err(existing) => Ok(to_claim(existing)),
        Ok(ctx) => {
            let action = format!(
                "/my/payments/claim/{}?csrf_token={}",
                ctx.meeting.id, page.csrf
            );
            html(form_page(
                page,
                &ctx,
                "/my/payments",
                &action,
                &FormData::default(),
                &Errors::default(),
            ))
        }
    }
}

pub async fn claim(
    tenant: Tenant,
    page: Page,
    Path(meeting_id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let ctx = match my_context(&tenant, &meeting_id).await? {
        Err(existing) => return Ok(to_claim(existing)),
        Ok(ctx) => ctx,
    };
    let multipart = multipart.map_err(|e| AppError::BadRequest(e.to_string()))?;
    let (data, files) = claim_form::read(multipart).await?;
    let by = tenant.user.account_id;
    match claim_form::submit(&tenant.scope, &ctx, &data, files, by, false).await? {
        Ok(id) => {
            tenant.audit("made claim", "claim", Some(id), None).await?;
            Ok(Redirect::to(&format!("/my/payments/claims/{id}?made=1")).into_response())
        }
        Err(errors) => {
            let action = format!(
                "/my/payments/claim/{}?csrf_token={}",
                ctx.meeting.id, page.csrf
            );
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(page, &ctx, "/my/payments", &action, &data, &errors),
            )
        }
    }
}

fn answer_form(page: &Page, c: &claim::Model, typed: &str, errors: &Errors) -> String {
    let fields = [
        render(
            &Textarea::new("answer", t("claim-answer"))
                .value(typed)
                .rows(4)
                .error(errors.get("answer")),
        ),
        FileUpload::new("receipts", &t("claim-add-receipts"))
            .multiple()
            .html(),
    ];
    format!(
        "{}{}",
        heading(2, "m", &t("claim-answer-heading")),
        upload_form(
            &page.csrf,
            &format!("/my/payments/claims/{}/answer", c.id),
            &fields.concat(),
            &button(&t("claim-answer-send"), ""),
        )
    )
}

async fn my_claim_page(
    tenant: &Tenant,
    page: Page,
    c: &claim::Model,
    typed: &str,
    errors: &Errors,
    made: bool,
) -> AppResult<ClaimPage> {
    let actions = if c.status == "queried" {
        vec![answer_form(&page, c, typed, errors)]
    } else {
        vec![]
    };
    let mut view = claim_page(
        tenant,
        page,
        c,
        "/my/payments",
        "/my/payments/claims",
        actions,
    )
    .await?;
    view.errors = errors.summary();
    if made {
        view.banner = Some(render(
            &crate::kit::components::NotificationBanner::success(t("claim-made")),
        ));
    }
    Ok(view)
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let c = mine(&tenant, &id).await?;
    let made = q.contains_key("made");
    html(my_claim_page(&tenant, page, &c, "", &Errors::default(), made).await?)
}

/// The person answers finance's question, perhaps with more receipts; the claim goes back.
pub async fn answer(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let c = mine(&tenant, &id).await?;
    let multipart = multipart.map_err(|e| AppError::BadRequest(e.to_string()))?;
    let (data, files) = claim_form::read(multipart).await?;
    let answer = data.one("answer");
    let mut errors = Errors::default();
    if answer.is_empty() {
        errors.add("answer", t("claim-error-answer"));
    }
    let receipts = claim_form::checked_receipts(files, &mut errors);
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            my_claim_page(&tenant, page, &c, &answer, &errors, false).await?,
        );
    }
    if queries::answer(&tenant.scope, c.id, answer).await? {
        let by = tenant.user.account_id;
        queries::add_receipts(&tenant.scope, c.id, by, receipts).await?;
        tenant
            .audit("answered claim query", "claim", Some(c.id), None)
            .await?;
    }
    Ok(Redirect::to(&format!("/my/payments/claims/{}", c.id)).into_response())
}

pub async fn receipt(
    tenant: Tenant,
    Path((id, receipt_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let c = mine(&tenant, &id).await?;
    receipt_response(&tenant, &c, &receipt_id).await
}
