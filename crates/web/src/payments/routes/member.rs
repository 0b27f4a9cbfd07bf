//! An involved person's payments: their list, claiming for an activity they came to, a claim
//! of theirs with finance's question to answer, and its receipts.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;
use withus_db::entities::claim;

use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::payments::forms::claim::{Context, Outcome};
use crate::payments::forms::{self};
use crate::payments::queries;
use crate::payments::views::claim_check::check_page;
use crate::payments::views::member::{form_page, mine_page, my_claim_page};
use crate::payments::views::receipt_response;
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

pub async fn list(tenant: Tenant, page: Page) -> AppResult<Response> {
    let person = me(&tenant).await?;
    html(mine_page(&tenant, page, person).await?)
}

async fn my_context(tenant: &Tenant, meeting_id: &str) -> AppResult<Result<Context, Uuid>> {
    let person = me(tenant).await?;
    forms::claim::open(&tenant.scope, parse_id(meeting_id)?, person).await
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
                None,
                true,
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
    let (data, files) = forms::receipts::read(multipart).await?;
    let by = tenant.user.account_id;
    let action = format!(
        "/my/payments/claim/{}?csrf_token={}",
        ctx.meeting.id, page.csrf
    );
    match forms::claim::submit(&tenant.scope, &ctx, &data, files, by, false).await? {
        Outcome::Made(id) => {
            tenant.audit("made claim", "claim", Some(id), None).await?;
            Ok(Redirect::to(&format!("/my/payments/claims/{id}?made=1")).into_response())
        }
        Outcome::Check(checked) => html(check_page(
            page,
            &ctx,
            "/my/payments",
            &action,
            &data,
            &checked,
        )),
        Outcome::Fix(refused) => {
            // Asked to change the claim, nothing is wrong; otherwise the errors say what is.
            let status = if refused.errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            html_status(
                status,
                form_page(
                    page,
                    &ctx,
                    "/my/payments",
                    &action,
                    &data,
                    Some(&refused),
                    true,
                ),
            )
        }
    }
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let c = mine(&tenant, &id).await?;
    let banner = if q.contains_key("made") {
        Some("claim-made")
    } else if q.contains_key("answered") {
        Some("claim-answered")
    } else {
        None
    };
    html(my_claim_page(&tenant, page, &c, "", &Errors::default(), banner).await?)
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
    let (data, files) = forms::receipts::read(multipart).await?;
    let mut errors = Errors::default();
    let (answer, receipts) = forms::answer(&data, files, &mut errors);
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            my_claim_page(&tenant, page, &c, &answer, &errors, None).await?,
        );
    }
    if !queries::answer(&tenant.scope, c.id, answer).await? {
        // Answered already, or finance decided meanwhile: the claim page says where it stands.
        return Ok(to_claim(c.id));
    }
    let by = tenant.user.account_id;
    queries::add_receipts(&tenant.scope, c.id, by, receipts).await?;
    tenant
        .audit("answered claim query", "claim", Some(c.id), None)
        .await?;
    Ok(Redirect::to(&format!("/my/payments/claims/{}?answered=1", c.id)).into_response())
}

pub async fn receipt(
    tenant: Tenant,
    Path((id, receipt_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let c = mine(&tenant, &id).await?;
    receipt_response(&tenant, &c, &receipt_id).await
}
