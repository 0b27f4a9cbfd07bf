//! Deciding on someone's interest with a recorded reason (selected, reserve, not this time),
//! and promoting a reserve when a place comes free.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;

use crate::AppState;
use crate::kit::components::{
    Button, ChoiceKind, Choices, ErrorSummary, Fieldset, Textarea, render,
};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::queries::{self, Decision, Full};
use crate::opportunities::routes::load;
use crate::opportunities::{told, vocab};
use crate::people::display_name;

#[derive(Template)]
#[template(path = "opportunities/decide.html")]
struct DecidePage {
    page: Page,
    errors: Option<ErrorSummary>,
    action: String,
    back: String,
    name: String,
    fields: Vec<String>,
    button: Button,
}

const DECISIONS: vocab::Vocab = &[
    ("offered", "decision-offer"),
    ("confirmed", "decision-confirm"),
    ("reserve", "decision-reserve"),
    ("not_selected", "decision-not-selected"),
];

fn decide_page(
    page: Page,
    full: &Full,
    interest_id: Uuid,
    name: &str,
    chosen: &str,
    reason: &str,
    errors: &Errors,
) -> DecidePage {
    let options = vocab::options(DECISIONS);
    let pairs: Vec<(&str, &str)> = options.iter().map(|(v, l)| (*v, l.as_str())).collect();
    let o = &full.opportunity;
    DecidePage {
        page: page.titled(t("opp-decide-title")),
        errors: errors.summary(),
        action: format!("/opportunities/{}/interest/{interest_id}", o.id),
        back: format!("/opportunities/{}/interest", o.id),
        name: name.to_owned(),
        fields: vec![
            render(
                &Choices::new(
                    ChoiceKind::Radios,
                    "decision",
                    Fieldset::legend(t("opp-decide-legend"), "govuk-fieldset__legend--m", false),
                    &pairs,
                    &[chosen],
                )
                .error(errors.get("decision")),
            ),
            render(
                &Textarea::new("reason", t("opp-reason"))
                    .hint(t("opp-reason-hint"))
                    .value(reason)
                    .error(errors.get("reason")),
            ),
        ],
        button: Button::submit(t("opp-decide-button")),
    }
}

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
    let decision = data.one("decision");
    let reason = data.one("reason");
    let mut errors = Errors::default();
    if !vocab::contains(DECISIONS, &decision) {
        errors.add("decision", t("opp-error-decision"));
    } else if decision == "not_selected" && reason.trim().is_empty() {
        errors.add("reason", t("opp-error-reason"));
    }
    if errors.is_empty() {
        let reason = Some(reason.trim().to_owned()).filter(|r| !r.is_empty());
        match queries::decide(
            &tenant.scope,
            &full.opportunity,
            interest.id,
            &decision,
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
                    .audit("decided", "interest", Some(interest.id), Some(&decision))
                    .await?;
                let base = &state.config.public_url;
                let emailed =
                    told::tell(&tenant, base, &full, &person, &decision, reason.as_deref()).await?;
                let done = told::done(full.opportunity.id, interest.id, emailed);
                return Ok(Redirect::to(&done).into_response());
            }
            Decision::Full => errors.add("decision", t("opp-error-full")),
        }
    }
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        decide_page(page, &full, interest.id, &name, &decision, &reason, &errors),
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
