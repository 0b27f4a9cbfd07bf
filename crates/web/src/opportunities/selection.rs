//! Recruitment: invitations through the outbox (whose choices match is `matches`), reviewing
//! interest, choosing with recorded reasons, reserves, and who has been involved most and least.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::person;
use withus_db::outbox::{self, NewMessage};

use crate::AppState;
use crate::kit::components::{
    Button, Cell, ChoiceKind, Choices, ErrorSummary, Fieldset, Table, Textarea, escape, render,
};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::interests::{self, Decision};
use crate::opportunities::queries::{self, Full};
use crate::opportunities::routes::load;
use crate::opportunities::views;
use crate::opportunities::vocab;
use crate::people::display_name;

pub(super) fn name_cell(p: &person::Model) -> Cell {
    Cell::html(format!(
        "<a class=\"govuk-link\" href=\"/people/{}\">{}</a>",
        p.id,
        escape(&display_name(p))
    ))
}

/// Only people who agreed to email, with an address, are emailed.
pub(super) fn can_email(p: &person::Model) -> bool {
    p.contact_by_email && p.email.is_some() && p.status == "active" && p.erased_at.is_none()
}

async fn send_invitations(
    tenant: &Tenant,
    full: &Full,
    people: &[person::Model],
    base: &str,
) -> AppResult<usize> {
    let o = &full.opportunity;
    let invited = queries::invited(&tenant.scope, o.id).await?;
    let mut sent = 0;
    for p in people
        .iter()
        .filter(|p| can_email(p) && !invited.contains(&p.id))
    {
        let Some(email) = &p.email else { continue };
        let body = t_args(
            "opp-invite-email",
            &[
                ("name", p.preferred_name.as_deref().unwrap_or(&p.given_name)),
                ("title", &o.title),
                ("summary", &o.summary),
                ("link", &format!("{base}/my/opportunities/{}", o.id)),
            ],
        );
        let subject = t_args("opp-invite-subject", &[("title", &o.title)]);
        outbox::enqueue(
            &tenant.scope,
            NewMessage {
                to: email,
                subject: &subject,
                body: &body,
                calendar: None,
            },
            Utc::now(),
        )
        .await?;
        queries::record_invitation(&tenant.scope, o.id, p.id).await?;
        sent += 1;
    }
    Ok(sent)
}

pub async fn invite(
    tenant: Tenant,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    if !super::lifecycle::takes_interest(&full.opportunity.status) {
        return Ok(
            Redirect::to(&format!("/opportunities/{}", full.opportunity.id)).into_response(),
        );
    }
    let found = queries::matches(&tenant.scope, &full).await?;
    let sent = send_invitations(&tenant, &full, &found, &state.config.public_url).await?;
    tenant
        .audit(
            "invited",
            "opportunity",
            Some(full.opportunity.id),
            Some(&format!("{sent} people")),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/matches?sent={sent}",
        full.opportunity.id
    ))
    .into_response())
}

pub async fn publish(
    tenant: Tenant,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    if !super::lifecycle::takes_interest(&full.opportunity.status) {
        return Ok(
            Redirect::to(&format!("/opportunities/{}", full.opportunity.id)).into_response(),
        );
    }
    let everyone = crate::people::active_members(&tenant.scope).await?;
    let sent = send_invitations(&tenant, &full, &everyone, &state.config.public_url).await?;
    tenant
        .audit(
            "published",
            "opportunity",
            Some(full.opportunity.id),
            Some(&format!("{sent} people")),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/opportunities/{}/matches?sent={sent}",
        full.opportunity.id
    ))
    .into_response())
}

#[derive(Template)]
#[template(path = "opportunities/interest.html")]
struct InterestPage {
    page: Page,
    id: Uuid,
    title: String,
    places: String,
    table: Option<Table>,
    promote: Option<(String, Button)>,
}

pub async fn interest(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let rows = interests::interests(&tenant.scope, o.id).await?;
    let taken = rows
        .iter()
        .filter(|(i, _)| matches!(i.status.as_str(), "offered" | "confirmed"))
        .count();
    let free = (o.places.max(0) as usize).saturating_sub(taken);
    let first_reserve = interests::first_reserve(&tenant.scope, o.id).await?;
    let promote = first_reserve.filter(|_| free > 0).and_then(|r| {
        rows.iter().find(|(i, _)| i.id == r.id).map(|(_, p)| {
            (
                r.id.to_string(),
                Button::submit(t_args("opp-promote-button", &[("name", &display_name(p))])),
            )
        })
    });
    let table_rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|(i, p)| {
            let mut status = views::interest_tag(&i.status);
            if let Some(rank) = i.reserve_rank.filter(|_| i.status == "reserve") {
                status.push_str(&format!(" {}", escape(&t_args("opp-reserve-rank", &[("rank", &rank.to_string())]))));
            }
            vec![
                name_cell(p),
                Cell::html(status),
                Cell::text(i.note.clone().unwrap_or_default()),
                Cell::text(i.access_needs.clone().unwrap_or_default()),
                Cell::html(format!(
                    "<a class=\"govuk-link\" href=\"/opportunities/{}/interest/{}\">{}<span class=\"govuk-visually-hidden\"> {}</span></a>",
                    o.id,
                    i.id,
                    escape(&t("opp-decide")),
                    escape(&display_name(p))
                )),
            ]
        })
        .collect();
    tenant
        .audit("viewed", "opportunity interest", Some(o.id), None)
        .await?;
    html(InterestPage {
        page: page.titled(t("opp-interest-title")),
        id: o.id,
        title: o.title.clone(),
        places: t_args(
            "opp-places-taken",
            &[
                ("taken", &taken.to_string()),
                ("places", &o.places.to_string()),
            ],
        ),
        table: (!table_rows.is_empty()).then(|| Table {
            caption: Some(t("opp-interest-title")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: [
                "field-name",
                "opp-field-status",
                "opp-note",
                "field-access-need",
                "opp-action",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows: table_rows,
            ..Table::default()
        }),
        promote,
    })
}

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
) -> AppResult<(withus_db::entities::interest::Model, String)> {
    let interest = interests::interest(&tenant.scope, parse_id(interest_id)?)
        .await?
        .filter(|i| i.opportunity_id == full.opportunity.id)
        .ok_or(AppError::NotFound)?;
    let person = crate::people::details(&tenant.scope, interest.person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((interest, display_name(&person.person)))
}

pub async fn decide_form(
    tenant: Tenant,
    page: Page,
    Path((id, interest_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let (interest, name) = interest_and_person(&tenant, &full, &interest_id).await?;
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
    tenant: Tenant,
    page: Page,
    Path((id, interest_id)): Path<(String, String)>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let (interest, name) = interest_and_person(&tenant, &full, &interest_id).await?;
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
        match interests::decide(
            &tenant.scope,
            &full.opportunity,
            interest.id,
            &decision,
            reason,
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
                return Ok(Redirect::to(&format!(
                    "/opportunities/{}/interest",
                    full.opportunity.id
                ))
                .into_response());
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
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let reserve = interests::first_reserve(&tenant.scope, full.opportunity.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if data.one("interest") != reserve.id.to_string() {
        // Someone else changed the list since the page was shown.
        return Ok(
            Redirect::to(&format!("/opportunities/{}/interest", full.opportunity.id))
                .into_response(),
        );
    }
    if interests::decide(
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
    }
    Ok(Redirect::to(&format!("/opportunities/{}/interest", full.opportunity.id)).into_response())
}

#[derive(Template)]
#[template(path = "opportunities/fairness.html")]
struct FairnessPage {
    page: Page,
    most: Table,
    never: String,
    least: Table,
}

pub async fn fairness(tenant: Tenant, page: Page) -> AppResult<Response> {
    let counts = interests::involvement_counts(&tenant.scope, Utc::now()).await?;
    let never = counts.iter().filter(|(_, n)| *n == 0).count();
    let table = |caption: &str, rows: Vec<&(person::Model, u32)>| Table {
        caption: Some(t(caption)),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("field-name")),
            Cell::text(t("opp-times-involved")),
        ],
        rows: rows
            .into_iter()
            .map(|(p, n)| vec![name_cell(p), Cell::text(n.to_string())])
            .collect(),
        ..Table::default()
    };
    let mut most: Vec<_> = counts.iter().filter(|(_, n)| *n > 0).collect();
    most.reverse();
    most.truncate(10);
    let least: Vec<_> = counts.iter().filter(|(_, n)| *n > 0).take(10).collect();
    tenant
        .audit("viewed", "involvement over 12 months", None, None)
        .await?;
    html(FairnessPage {
        page: page.titled(t("opp-fairness-title")),
        most: table("opp-fairness-most", most),
        never: t_args("opp-fairness-never", &[("count", &never.to_string())]),
        least: table("opp-fairness-least", least),
    })
}
