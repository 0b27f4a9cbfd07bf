//! Fees from attendance for a meeting, claims made for people by a coordinator, and travel
//! booked in advance for people who need it (a booked taxi counts as agreed when they claim).

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use uuid::Uuid;

use chrono_tz::Europe::London;
use withus_db::entities::claim;

use crate::kit::auth::Role;
use crate::kit::blocks::{row_link, summary_card};
use crate::kit::components::{Cell, ErrorSummary, Select, Table, Textarea, escape, render};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::form_parts::{button_for, post_form};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{link, paragraph};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::meetings::ATTENDEE_KINDS as KINDS;
use crate::meetings::{attendees, load, when};
use crate::payments::claim_form::{self, Context};
use crate::payments::member::form_page;
use crate::payments::{queries, reference, status_tag, to_policy};

#[derive(Template)]
#[template(path = "payments/fees.html")]
struct FeesPage {
    page: Page,
    errors: Option<ErrorSummary>,
    id: Uuid,
    title: String,
    when: String,
    fees: Option<Table>,
    no_policy: bool,
    travel: Vec<(String, String, bool)>,
    /// Coordinators claim for people and ask for travel; other staff only look.
    may_act: bool,
    request: Vec<String>,
}

async fn fees_page(
    tenant: &Tenant,
    page: Page,
    meeting_id: &str,
    typed: &FormData,
    errors: &Errors,
) -> AppResult<FeesPage> {
    let loaded = load(tenant, meeting_id).await?;
    let m = &loaded.meeting;
    let attendees = attendees(&tenant.scope, m.id).await?;
    let bookings = queries::travel_for(&tenant.scope, m.id).await?;
    // One policy for the meeting's day, and its claims, read once for everyone listed.
    let day = m.starts_at.with_timezone(&London).date_naive();
    let policies = queries::policies(&tenant.scope).await?;
    let policy = queries::in_force(&policies, day).map(to_policy);
    let no_policy = policy.is_none();
    let claims: HashMap<Uuid, claim::Model> = queries::claims_of_meeting(&tenant.scope, m.id)
        .await?
        .into_iter()
        .map(|c| (c.person_id, c))
        .collect();
    let mut rows = Vec::new();
    let may_act = tenant
        .user
        .has_any(&[Role::Administrator, Role::Coordinator]);
    for a in attendees.iter().filter(|a| a.person.is_some()) {
        let Some(person_id) = a.row.person_id else {
            continue;
        };
        let attended = a.row.attendance.as_deref() == Some("attended");
        let minutes = i64::from(a.row.minutes.unwrap_or(0).max(0));
        let fee = match (&policy, attended) {
            (_, false) => t("fees-not-attended"),
            (Some(p), true) => claim_form::fee_words(p, &a.row.kind, &m.activity, minutes),
            (None, true) => String::new(),
        };
        let claim = match claims.get(&person_id) {
            // Staff see that a claim exists; only finance and coordinators can open it.
            Some(c) if !tenant.user.may(crate::kit::access::CLAIMS) => {
                format!("{} {}", escape(&reference(c.id)), status_tag(&c.status))
            }
            Some(c) => format!(
                "{} {}",
                link(&format!("/payments/claims/{}", c.id), &reference(c.id)),
                status_tag(&c.status)
            ),
            None if attended && !no_policy && may_act => row_link(
                &format!("/meetings/{}/claims/{}", m.id, person_id),
                &t("fees-claim-for-them"),
                &a.name,
            ),
            None => String::new(),
        };
        rows.push(vec![
            Cell::text(a.name.clone()),
            Cell::text(label(KINDS, &a.row.kind)),
            Cell::text(fee),
            Cell::html(claim),
        ]);
    }
    let fees = (!rows.is_empty()).then(|| Table {
        head: vec![
            Cell::text(t("fees-person")),
            Cell::text(t("fees-role")),
            Cell::text(t("fees-fee")),
            Cell::text(t("fees-claim")),
        ],
        rows,
        ..Table::default()
    });
    let name_of = |id: Uuid| {
        attendees
            .iter()
            .find(|a| a.row.person_id == Some(id))
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let mut people: Vec<(String, String)> = vec![(String::new(), t("travel-choose"))];
    people.extend(
        attendees
            .iter()
            .filter_map(|a| a.row.person_id.map(|id| (id.to_string(), a.name.clone()))),
    );
    let people: Vec<(&str, &str)> = people
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    Ok(FeesPage {
        page: page.titled(t_args("fees-title", &[("title", &m.title)])),
        errors: errors.summary(),
        id: m.id,
        title: m.title.clone(),
        when: when(m.starts_at, m.ends_at),
        fees,
        no_policy,
        may_act,
        travel: bookings
            .iter()
            .map(|b| {
                (
                    name_of(b.person_id),
                    b.details.clone(),
                    b.booked_at.is_some(),
                )
            })
            .collect(),
        request: vec![
            render(
                &Select::new("person", t("travel-person"), &people, &typed.one("person"))
                    .error(errors.get("person")),
            ),
            render(
                &Textarea::new("details", t("travel-details"))
                    .value(&typed.one("details"))
                    .rows(3)
                    .hint(t("travel-details-hint"))
                    .error(errors.get("details")),
            ),
        ],
    })
}

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
    let person = Uuid::parse_str(&data.one("person"))
        .ok()
        .filter(|p| attendees.iter().any(|a| a.row.person_id == Some(*p)));
    let details = data.one("details");
    let mut errors = Errors::default();
    if person.is_none() {
        errors.add("person", t("travel-error-person"));
    }
    if details.is_empty() {
        errors.add("details", t("travel-error-details"));
    }
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

/// Travel asked for and not yet booked, each with a button to say it is booked.
pub async fn to_book(tenant: &Tenant, page: &Page) -> AppResult<Vec<String>> {
    let mut out = Vec::new();
    for (b, person, m) in queries::travel_to_book(&tenant.scope).await? {
        let name = crate::people::display_name(&person);
        let booked = post_form(
            &page.csrf,
            &format!("/payments/travel/{}/booked", b.id),
            "",
            &button_for(&t("travel-booked-button"), "govuk-button--secondary", &name),
        );
        out.push(summary_card(
            &name,
            &format!(
                "{}{}{booked}",
                paragraph(&format!("{}: {}", m.title, when(m.starts_at, m.ends_at))),
                paragraph(&b.details)
            ),
        ));
    }
    Ok(out)
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
    claim_form::open(&tenant.scope, meeting, parse_id(person_id)?).await
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
                &Errors::default(),
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
    let (data, files) = claim_form::read(multipart).await?;
    let by = tenant.user.account_id;
    match claim_form::submit(&tenant.scope, &ctx, &data, files, by, true).await? {
        Ok(id) => {
            tenant
                .audit("made claim for someone", "claim", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!("/payments/claims/{id}")).into_response())
        }
        Err(errors) => {
            let back = format!("/meetings/{}/fees", ctx.meeting.id);
            let action = action(&ctx, &page);
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                form_page(page, &ctx, &back, &action, &data, &errors),
            )
        }
    }
}
