//! Deciding on someone's interest with a recorded reason (selected, reserve, not this time),
//! and promoting a reserve when a place comes free.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use crate::AppState;
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::forms::DecisionForm;
use crate::opportunities::queries::{self, Decision, Full};
use crate::opportunities::routes::load;
use crate::opportunities::told;
use crate::opportunities::views::decisions::decide_page;
use crate::people::display_name;

async fn interest_and_person(
    tenant: &Tenant,
    full: &Full,
    interest_id: &str,
) -> AppResult<(
    withus_db::entities::interest::Model,
    withus_db::entities::person::Model,
)> {
    let interest = queries::interest(&tenant.scope, parse_id(interest_id)?)
        .await?
        .filter(|i| i.opportunity_id == full.opportunity.id)
        .ok_or(AppError::NotFound)?;
    let person = crate::people::details(&tenant.scope, interest.person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((interest, person.person))
}

pub async fn decide_form(
    tenant: Tenant,
    page: Page,
    Path((id, interest_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let (interest, person) = interest_and_person(&tenant, &full, &interest_id).await?;
    let name = display_name(&person);
    html(decide_page(
        page,
        &full,
        interest.id,
        &name,
        &interest.status,
        &interest.reason.clone().unwrap_or_default(),
        &Errors::default(),
    ))
}

pub async fn decide(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((id, interest_id)): Path<(String, String)>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let (interest, person) = interest_and_person(&tenant, &full, &interest_id).await?;
    let name = display_name(&person);
    let form = DecisionForm::from_form(&data);
    let decision = &form.decision;
    let mut errors = Errors::default();
    match form.check() {
        Err(found) => errors = found,
        Ok(reason) => match queries::decide(
            &tenant.scope,
            &full.opportunity,
            interest.id,
            decision,
            reason.clone(),
            Some(tenant.user.account_id),
        )
        .await?
        {
            Decision::Done => {
                if decision == "confirmed" {
                    crate::people::set_last_involved(&tenant.scope, interest.person_id, Utc::now())
                        .await?;
                }
                tenant
                    .audit("decided", "interest", Some(interest.id), Some(decision))
                    .await?;
                let base = &state.config.public_url;
                let emailed =
                    told::tell(&tenant, base, &full, &person, decision, reason.as_deref()).await?;
                let done = told::done(full.opportunity.id, interest.id, emailed);
                return Ok(Redirect::to(&done).into_response());
            }
            Decision::Full => errors.add("decision", t("opp-error-full")),
        },
    }
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        decide_page(
            page,
            &full,
            interest.id,
            &name,
            decision,
            &form.reason,
            &errors,
        ),
    )
}

/// Offers a freed place to the first reserve, only when the coordinator confirms it.
pub async fn promote(
    State(state): State<AppState>,
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let reserve = queries::first_reserve(&tenant.scope, full.opportunity.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if data.one("interest") != reserve.id.to_string() {
        // Someone else changed the list since the page was shown.
        return Ok(
            Redirect::to(&format!("/opportunities/{}/interest", full.opportunity.id))
                .into_response(),
        );
    }
    if queries::decide(
        &tenant.scope,
        &full.opportunity,
        reserve.id,
        "offered",
        None,
        Some(tenant.user.account_id),
    )
    .await?
        == Decision::Done
    {
        tenant
            .audit("promoted reserve", "interest", Some(reserve.id), None)
            .await?;
        let (_, person) = interest_and_person(&tenant, &full, &reserve.id.to_string()).await?;
        let base = &state.config.public_url;
        let emailed = told::tell(&tenant, base, &full, &person, "offered", None).await?;
        return Ok(
            Redirect::to(&told::done(full.opportunity.id, reserve.id, emailed)).into_response(),
        );
    }
    Ok(Redirect::to(&format!("/opportunities/{}/interest", full.opportunity.id)).into_response())
}
