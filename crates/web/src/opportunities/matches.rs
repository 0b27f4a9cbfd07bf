//! The page of people whose choices match an opportunity, fifty to a page, with buttons to
//! invite them or publish the opportunity to everyone. Who they are is read and judged a
//! batch at a time by `queries::page_of_matches`.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use uuid::Uuid;

use crate::kit::components::{Button, Cell, Pagination, Table};
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::queries;
use crate::opportunities::routes::load;
use crate::opportunities::selection::name_cell;
use crate::opportunities::told::can_email;

/// Page links shown either side of the current page, besides the first and the last.
const NEARBY_PAGES: u64 = 2;

/// The GOV.UK pagination, with the first, the last and the pages near this one: a list of
/// thousands of matches does not need a link to every page.
fn pagination(id: Uuid, page: u64, pages: u64) -> Pagination {
    let base = format!("/opportunities/{id}/matches?page=");
    let mut links = Pagination::numbered(&base, page, pages);
    let shown = |n: u64| n == 1 || n == pages || n.abs_diff(page) <= NEARBY_PAGES;
    links.items.retain(|item| shown(item.number));
    links
}

#[derive(Template)]
#[template(path = "opportunities/matches.html")]
struct MatchesPage {
    page: Page,
    id: Uuid,
    title: String,
    count: String,
    table: Option<Table>,
    pagination: Option<Pagination>,
    invite: Option<Button>,
    publish: Option<Button>,
    sent: Option<String>,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let asked = q
        .get("page")
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(1);
    let found = queries::page_of_matches(&tenant.scope, &full, asked).await?;
    let open = super::lifecycle::takes_interest(&full.opportunity.status);
    // Each label translated once, not once a row.
    let states = [t("opp-invited"), t("opp-not-invited"), t("opp-no-email")];
    let roles: HashMap<&str, String> = crate::kit::vocab::INVOLVEMENT_ROLES
        .iter()
        .map(|(value, key)| (*value, t(key)))
        .collect();
    let rows: Vec<Vec<Cell>> = found
        .people
        .iter()
        .map(|(p, invited)| {
            let state = if *invited {
                &states[0]
            } else if can_email(p) {
                &states[1]
            } else {
                &states[2]
            };
            let role = roles.get(p.involvement_role.as_str()).cloned();
            vec![
                name_cell(p),
                Cell::text(role.unwrap_or_else(|| p.involvement_role.clone())),
                Cell::text(state.clone()),
            ]
        })
        .collect();
    tenant
        .audit(
            "viewed",
            "opportunity matches",
            Some(full.opportunity.id),
            None,
        )
        .await?;
    html(MatchesPage {
        page: page.titled(t("opp-matches-title")),
        id: full.opportunity.id,
        title: full.opportunity.title.clone(),
        count: t_args("opp-matches-count", &[("count", &found.total.to_string())]),
        table: (!rows.is_empty()).then(|| Table {
            caption: Some(t("opp-matches-title")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: ["field-name", "field-involvement-role", "opp-invitation"]
                .iter()
                .map(|k| Cell::text(t(k)))
                .collect(),
            rows,
            ..Table::default()
        }),
        pagination: (found.pages > 1)
            .then(|| pagination(full.opportunity.id, found.page, found.pages)),
        invite: (open && found.to_invite > 0).then(|| {
            Button::submit(t_args(
                "opp-invite-button",
                &[("count", &found.to_invite.to_string())],
            ))
        }),
        publish: open.then(|| Button::submit(t("opp-publish-button")).secondary()),
        sent: q
            .get("sent")
            .map(|n| t_args("opp-invites-sent", &[("count", n)])),
    })
}
