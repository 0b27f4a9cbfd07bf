//! Whose choices match an opportunity, fifty to a page. The rules stay in `matching::misses`
//! (times, access needs, pay and training are not all questions one query can answer), so
//! the people the database has not already ruled out are read in name order a thousand at a
//! time, each batch judged and counted, and only the page asked for is kept: memory stays
//! the same however many match, and the count shown is exact.

use std::collections::{HashMap, HashSet, VecDeque};

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::{invitation, person, unavailable_time};
use withus_db::sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, QuerySelect};
use withus_db::{OrgScope, choice_keys};

use crate::kit::components::{Button, Cell, Pagination, Table};
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::matching::{Candidate, Offer, Window, misses};
use crate::opportunities::queries::{self, Full};
use crate::opportunities::routes::load;
use crate::opportunities::selection::name_cell;
use crate::opportunities::told::can_email;
use crate::people::After;

/// Matches a page shows.
pub const PER_PAGE: u64 = 50;
/// People read from the database at a time while matching.
const BATCH: u64 = 1000;
/// Page links shown either side of the current page, besides the first and the last.
const NEARBY_PAGES: u64 = 2;

/// One page of the people who match, and what is known of all of them.
pub struct Found {
    /// The page's people in name order, each with whether they have been invited.
    pub people: Vec<(person::Model, bool)>,
    pub total: u64,
    /// Matches who get email and have not been invited yet.
    pub to_invite: u64,
    pub page: u64,
    pub pages: u64,
}

/// Page `asked` (from 1) of the people who match; past the last page, the last page.
pub async fn page_of_matches(scope: &OrgScope, full: &Full, asked: u64) -> Result<Found, DbErr> {
    let (topics, access, role_kinds) = queries::offer_lists(full);
    let needs = queries::role_needs(full);
    let offer = queries::offer(full, &topics, &access, &role_kinds, &needs);
    let holds = if needs.iter().any(Option::is_some) {
        crate::support::valid_holdings(scope, crate::kit::dates::today()).await?
    } else {
        HashMap::new()
    };
    let asked = asked.max(1);
    let first = (asked - 1).saturating_mul(PER_PAGE);
    let shown = first..first.saturating_add(PER_PAGE);
    let mut kept = Vec::new();
    // The latest page's worth of matches, in case the page asked for is past the end.
    let mut latest: VecDeque<(person::Model, bool)> = VecDeque::new();
    let (mut total, mut to_invite) = (0u64, 0u64);
    let mut after: Option<After> = None;
    loop {
        let batch = candidates(scope, &offer, after.as_ref()).await?;
        let ids: Vec<Uuid> = batch.iter().map(|p| p.id).collect();
        let windows = if offer.session.is_some() && !ids.is_empty() {
            windows_of(scope, &ids).await?
        } else {
            HashMap::new()
        };
        let invited = if ids.is_empty() {
            HashSet::new()
        } else {
            invited_among(scope, full.opportunity.id, &ids).await?
        };
        let more = batch.len() as u64 == BATCH;
        after = batch.last().map(After::of);
        for p in batch {
            let choices = choice_keys::read(&p.choice_keys);
            let candidate = Candidate {
                status: &p.status,
                choices: &choices,
                paid_preference: &p.paid_preference,
                cannot_do: windows.get(&p.id).map(Vec::as_slice).unwrap_or(&[]),
                holds: holds.get(&p.id).map(Vec::as_slice).unwrap_or(&[]),
            };
            if !misses(&offer, &candidate).is_empty() {
                continue;
            }
            let was_invited = invited.contains(&p.id);
            if can_email(&p) && !was_invited {
                to_invite += 1;
            }
            if shown.contains(&total) {
                kept.push((p.clone(), was_invited));
            }
            latest.push_back((p, was_invited));
            if latest.len() as u64 > PER_PAGE {
                latest.pop_front();
            }
            total += 1;
        }
        if !more {
            break;
        }
    }
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = asked.min(pages);
    if page < asked {
        let on_last = (total - (pages - 1) * PER_PAGE) as usize;
        let skip = latest.len().saturating_sub(on_last);
        kept = latest.into_iter().skip(skip).collect();
    }
    Ok(Found {
        people: kept,
        total,
        to_invite,
        page,
        pages,
    })
}

/// The next batch of people the database has not ruled out, in name order.
async fn candidates(
    scope: &OrgScope,
    offer: &Offer<'_>,
    after: Option<&After>,
) -> Result<Vec<person::Model>, DbErr> {
    let mut query = scope
        .find::<person::Entity>()
        .filter(queries::narrowed(offer));
    if let Some(after) = after {
        query = query.filter(after.condition());
    }
    query
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .order_by_asc(person::Column::Id)
        .limit(BATCH)
        .all(scope.db())
        .await
}

/// The times these people cannot do.
async fn windows_of(scope: &OrgScope, ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<Window>>, DbErr> {
    let mut windows: HashMap<Uuid, Vec<Window>> = HashMap::new();
    for w in scope
        .find::<unavailable_time::Entity>()
        .filter(unavailable_time::Column::PersonId.is_in(ids.iter().copied()))
        .all(scope.db())
        .await?
    {
        windows
            .entry(w.person_id)
            .or_default()
            .push(queries::window(&w));
    }
    Ok(windows)
}

/// Which of these people have been invited to the opportunity.
async fn invited_among(
    scope: &OrgScope,
    opportunity_id: Uuid,
    ids: &[Uuid],
) -> Result<HashSet<Uuid>, DbErr> {
    Ok(scope
        .find::<invitation::Entity>()
        .filter(invitation::Column::OpportunityId.eq(opportunity_id))
        .filter(invitation::Column::PersonId.is_in(ids.iter().copied()))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.person_id)
        .collect())
}

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
    let found = page_of_matches(&tenant.scope, &full, asked).await?;
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
