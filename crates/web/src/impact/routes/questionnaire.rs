//! The questionnaire's pages: the involved person's form, the staff form, and sending it again
//! to those who have not answered.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;
use withus_db::entities::opportunity;

use crate::AppState;
use crate::impact::forms::Answers;
use crate::impact::invite::invite;
use crate::impact::queries::{self, answer_of, save_answers};
use crate::impact::questionnaire::Who;
use crate::impact::views::questionnaire::form_page;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

/// An opportunity the person was confirmed in, once it is being evaluated.
async fn open_to(tenant: &Tenant, id: &str) -> AppResult<(opportunity::Model, Uuid)> {
    let person = crate::people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let opportunity_id = crate::kit::forms::parse_id(id)?;
    let confirmed = queries::confirmation(&tenant.scope, opportunity_id, person).await?;
    let o = crate::opportunities::opportunity_row(&tenant.scope, opportunity_id)
        .await?
        .filter(|o| confirmed.is_some() && matches!(o.status.as_str(), "evaluating" | "closed"))
        .ok_or(AppError::NotFound)?;
    Ok((o, person))
}

pub async fn member_form(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (o, person) = open_to(&tenant, &id).await?;
    let answers = answer_of(&tenant.scope, o.id, Who::Person(person))
        .await?
        .map(|a| Answers::from_row(&a))
        .unwrap_or_default();
    let action = format!("/my/questionnaires/{}", o.id);
    form_page(page, &o, &action, "/my/said", &answers, &Errors::default())
}

pub async fn member_answer(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let (o, person) = open_to(&tenant, &id).await?;
    let answers = Answers::from_data(&data);
    let errors = answers.errors();
    if !errors.is_empty() || o.status != "evaluating" {
        let action = format!("/my/questionnaires/{}", o.id);
        return form_page(page, &o, &action, "/my/said", &answers, &errors);
    }
    save_answers(&tenant.scope, o.id, Who::Person(person), &answers).await?;
    Ok(Redirect::to("/my/said?saved=questionnaire").into_response())
}

async fn staff_opportunity(tenant: &Tenant, id: &str) -> AppResult<opportunity::Model> {
    let full = crate::opportunities::load(tenant, id).await?;
    if !matches!(full.opportunity.status.as_str(), "evaluating" | "closed") {
        return Err(AppError::NotFound);
    }
    Ok(full.opportunity)
}

pub async fn staff_form(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let o = staff_opportunity(&tenant, &id).await?;
    let answers = answer_of(&tenant.scope, o.id, Who::Staff(tenant.user.account_id))
        .await?
        .map(|a| Answers::from_row(&a))
        .unwrap_or_default();
    let (action, back) = (
        format!("/opportunities/{}/questionnaire", o.id),
        format!("/opportunities/{}/evaluation", o.id),
    );
    form_page(page, &o, &action, &back, &answers, &Errors::default())
}

pub async fn staff_answer(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let o = staff_opportunity(&tenant, &id).await?;
    let answers = Answers::from_data(&data);
    let errors = answers.errors();
    if !errors.is_empty() || o.status != "evaluating" {
        let (action, back) = (
            format!("/opportunities/{}/questionnaire", o.id),
            format!("/opportunities/{}/evaluation", o.id),
        );
        return form_page(page, &o, &action, &back, &answers, &errors);
    }
    save_answers(
        &tenant.scope,
        o.id,
        Who::Staff(tenant.user.account_id),
        &answers,
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/evaluation?saved=questionnaire#questionnaire",
        o.id
    ))
    .into_response())
}

/// Sends the questionnaire link again, say to someone confirmed late or who lost the email.
pub async fn resend(
    State(state): State<AppState>,
    tenant: Tenant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let o = staff_opportunity(&tenant, &id).await?;
    let sent = invite(&state, &tenant, &o).await?;
    tenant
        .audit(
            "sent questionnaires",
            "opportunity",
            Some(o.id),
            Some(&sent.total().to_string()),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/evaluation?saved=invited#questionnaire",
        o.id
    ))
    .into_response())
}
