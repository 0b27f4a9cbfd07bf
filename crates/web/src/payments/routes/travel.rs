//! Fees from attendance for a meeting, claims made for people by a coordinator, and travel
//! booked in advance for people who need it (a booked taxi counts as agreed when they claim).

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::{attendees, load};
use crate::payments::forms::claim::{Context, Outcome};
use crate::payments::forms::{self};
use crate::payments::queries;
use crate::payments::views::member::form_page;
use crate::payments::views::travel::fees_page;

pub async fn fees(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    html(fees_page(&tenant, page, &id, &FormData::default(), &Errors::default()).await?)
}

/// A coordinator asks for someone's travel to be booked before the meeting.
pub async fn request(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let attendees = attendees(&tenant.scope, m.id).await?;
    let mut errors = Errors::default();
    let expected = |p| attendees.iter().any(|a| a.row.person_id == Some(p));
    let (person, details) = forms::travel(&data, expected, &mut errors);
    let Some(person) = person.filter(|_| errors.is_empty()) else {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            fees_page(&tenant, page, &id, &data, &errors).await?,
        );
    };
    let by = tenant.user.account_id;
    match queries::ask_for_travel(&tenant.scope, m.id, person, details, by).await {
        Ok(()) => {
            tenant
                .audit("asked for travel", "meeting", Some(m.id), None)
                .await?
        }
        // Asked for already: the first request stands.
        Err(e) if crate::kit::error::is_duplicate(&e) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/meetings/{}/fees#travel", m.id)).into_response())
}

pub async fn booked(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    if !queries::mark_booked(&tenant.scope, id, tenant.user.account_id).await? {
        return Err(AppError::NotFound);
    }
    tenant
        .audit("booked travel", "travel", Some(id), None)
        .await?;
    Ok(Redirect::to("/payments#travel").into_response())
}

async fn for_them(
    tenant: &Tenant,
    meeting_id: &str,
    person_id: &str,
) -> AppResult<Result<Context, Uuid>> {
    let meeting = load(tenant, meeting_id).await?.meeting.id;
    forms::claim::open(&tenant.scope, meeting, parse_id(person_id)?).await
}

fn action(ctx: &Context, page: &Page) -> String {
    format!(
        "/meetings/{}/claims/{}?csrf_token={}",
        ctx.meeting.id, ctx.person.id, page.csrf
    )
}

pub async fn claim_form(
    tenant: Tenant,
    page: Page,
    Path((meeting_id, person_id)): Path<(String, String)>,
) -> AppResult<Response> {
    match for_them(&tenant, &meeting_id, &person_id).await? {
        Err(existing) => Ok(Redirect::to(&format!("/payments/claims/{existing}")).into_response()),
        Ok(ctx) => {
            let back = format!("/meetings/{}/fees", ctx.meeting.id);
            let action = action(&ctx, &page);
            html(form_page(
                page,
                &ctx,
                &back,
                &action,
                &FormData::default(),
                None,
                false,
            ))
        }
    }
}

pub async fn claim(
    tenant: Tenant,
    page: Page,
    Path((meeting_id, person_id)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let ctx = match for_them(&tenant, &meeting_id, &person_id).await? {
        Err(existing) => {
            return Ok(Redirect::to(&format!("/payments/claims/{existing}")).into_response());
        }
        Ok(ctx) => ctx,
    };
    let multipart = multipart.map_err(|e| AppError::BadRequest(e.to_string()))?;
    let (data, files) = forms::receipts::read(multipart).await?;
    let by = tenant.user.account_id;
    match forms::claim::submit(&tenant.scope, &ctx, &data, files, by, true).await? {
        Outcome::Made(id) => {
            tenant
                .audit("made claim for someone", "claim", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!("/payments/claims/{id}")).into_response())
        }
        // Staff send at once: a claim for someone is never held for checking.
        Outcome::Check(_) => Err(AppError::Internal("a claim for someone was held".into())),
        Outcome::Fix(refused) => {
            let back = format!("/meetings/{}/fees", ctx.meeting.id);
            let action = action(&ctx, &page);
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(page, &ctx, &back, &action, &data, Some(&refused), false),
            )
        }
    }
}
