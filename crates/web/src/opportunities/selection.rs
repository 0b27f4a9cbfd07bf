//! Recruitment: invitations through the outbox (whose choices match is `matches`), reviewing
//! interest, choosing with recorded reasons, reserves, and who has been involved most and least.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::person;

use crate::AppState;
use crate::kit::blocks::row_link;
use crate::kit::components::{Button, Cell, NotificationBanner, Table, escape};
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::opportunities::queries::{self, Full};
use crate::opportunities::routes::load;
use crate::opportunities::told::can_email;
use crate::people::display_name;

pub(super) fn name_cell(p: &person::Model) -> Cell {
    Cell::html(link(&format!("/people/{}", p.id), &display_name(p)))
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
        queries::queue_email(&tenant.scope, email, &subject, &body).await?;
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
    banner: Option<NotificationBanner>,
}

pub async fn interest(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(decided): Query<super::told::Decided>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let rows = queries::interests(&tenant.scope, o.id).await?;
    let banner = super::told::banner(&decided, &rows);
    let taken = rows
        .iter()
        .filter(|(i, _)| matches!(i.status.as_str(), "offered" | "confirmed"))
        .count();
    let free = (o.places.max(0) as usize).saturating_sub(taken);
    let first_reserve = queries::first_reserve(&tenant.scope, o.id).await?;
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
            let mut status = crate::opportunities::summary::interest_tag(&i.status);
            if let Some(rank) = i.reserve_rank.filter(|_| i.status == "reserve") {
                status.push_str(&format!(
                    " {}",
                    escape(&t_args("opp-reserve-rank", &[("rank", &rank.to_string())]))
                ));
            }
            vec![
                name_cell(p),
                Cell::html(status),
                Cell::text(i.note.clone().unwrap_or_default()),
                Cell::text(i.access_needs.clone().unwrap_or_default()),
                Cell::html(row_link(
                    &format!("/opportunities/{}/interest/{}", o.id, i.id),
                    &t("opp-decide"),
                    &display_name(p),
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
        banner,
    })
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
    let counts = queries::involvement_counts(&tenant.scope, Utc::now()).await?;
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
