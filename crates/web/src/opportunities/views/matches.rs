//! The page of people whose choices match an opportunity, fifty to a page, with buttons to
//! invite them or publish the opportunity to everyone.

use std::collections::HashMap;

use askama::Template;
use uuid::Uuid;

use super::name_cell;
use crate::kit::components::{Button, Cell, Pagination, Table};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::opportunities::lifecycle::takes_interest;
use crate::opportunities::queries::{Found, Full};
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
pub struct MatchesPage {
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

/// One page of the matches; `sent` is how many invitations just went, when some did.
pub fn matches_page(page: Page, full: &Full, found: &Found, sent: Option<&String>) -> MatchesPage {
    let open = takes_interest(&full.opportunity.status);
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
    MatchesPage {
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
        // Each leads to the invitation as it will read, sent from there.
        invite: (open && found.to_invite > 0).then(|| {
            Button::link(
                t_args(
                    "opp-check-invite-button",
                    &[("count", &found.to_invite.to_string())],
                ),
                &format!("/opportunities/{}/invite", full.opportunity.id),
            )
        }),
        publish: open.then(|| {
            Button::link(
                t("opp-publish-button"),
                &format!("/opportunities/{}/publish", full.opportunity.id),
            )
            .secondary()
        }),
        sent: sent.map(|n| t_args("opp-invites-sent", &[("count", n)])),
    }
}
