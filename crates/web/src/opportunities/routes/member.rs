//! An involved person's side: opportunities that fit their choices (or all of them), read in
//! plain words; saying they are interested, withdrawing, accepting a place; and where they stand.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use withus_db::entities::interest;

use crate::kit::error::{AppError, AppResult, html};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::forms::InterestForm;
use crate::opportunities::lifecycle::takes_interest;
use crate::opportunities::queries::{self, Full};
use crate::opportunities::routes::load;
use crate::opportunities::views::member::mine_page;
use crate::people::{self, Details};

pub async fn own(tenant: &Tenant) -> AppResult<Details> {
    let id = people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    people::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Only opportunities that are open to interest, or that the person already has a say in.
pub async fn visible(
    tenant: &Tenant,
    id: &str,
    me: &Details,
) -> AppResult<(Full, Option<interest::Model>)> {
    let full = load(tenant, id).await?;
    let mine = queries::interest_of(&tenant.scope, full.opportunity.id, me.person.id).await?;
    if !takes_interest(&full.opportunity.status) && mine.is_none() {
        return Err(AppError::NotFound);
    }
    Ok((full, mine))
}

#[derive(Deserialize, Default)]
pub struct BrowseQuery {
    #[serde(default)]
    all: String,
}

pub async fn browse(
    tenant: Tenant,
    page: Page,
    Query(q): Query<BrowseQuery>,
) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let all = q.all == "yes";
    let holds =
        crate::support::held_by(&tenant.scope, me.person.id, crate::kit::dates::today()).await?;
    let open: Vec<Full> = queries::open_for_interest(&tenant.scope)
        .await?
        .into_iter()
        .filter(|full| all || queries::matches_person(full, &me, &holds))
        .collect();
    let mine = queries::interests_of_person(&tenant.scope, me.person.id).await?;
    html(mine_page(page, all, open, &mine))
}

/// Back to the opportunity, saying what was done, so the page can say what happens next.
fn done(id: uuid::Uuid, what: &str) -> AppResult<Response> {
    Ok(Redirect::to(&format!("/my/opportunities/{id}?done={what}")).into_response())
}

/// Records that the person is interested, with what they told us, once they have checked it
/// (the check page is the person's own, in `me`).
pub async fn express(tenant: &Tenant, id: &str, form: InterestForm) -> AppResult<Response> {
    let me = own(tenant).await?;
    let (full, _) = visible(tenant, id, &me).await?;
    let o = &full.opportunity;
    if takes_interest(&o.status) && me.person.status == "active" {
        queries::express(
            &tenant.scope,
            o.id,
            me.person.id,
            form.note,
            form.access_needs,
        )
        .await?;
        tenant
            .audit("said they are interested", "opportunity", Some(o.id), None)
            .await?;
        return done(o.id, "interested");
    }
    Ok(Redirect::to(&format!("/my/opportunities/{}", o.id)).into_response())
}

pub async fn withdraw(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, mine) = visible(&tenant, &id, &me).await?;
    if let Some(i) = mine.filter(|i| i.status != "withdrawn" && i.status != "not_selected") {
        // Someone who held a place (or was offered one, or is a reserve) gives it up: the page
        // says so, not just that they are no longer interested.
        let gave_up = matches!(i.status.as_str(), "offered" | "confirmed" | "reserve");
        queries::decide(
            &tenant.scope,
            &full.opportunity,
            i.id,
            "withdrawn",
            None,
            None,
        )
        .await?;
        tenant
            .audit("withdrew", "opportunity", Some(full.opportunity.id), None)
            .await?;
        let what = if gave_up { "gave-up" } else { "withdrawn" };
        return done(full.opportunity.id, what);
    }
    Ok(Redirect::to(&format!("/my/opportunities/{}", full.opportunity.id)).into_response())
}

pub async fn accept(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, mine) = visible(&tenant, &id, &me).await?;
    if let Some(i) = mine.filter(|i| i.status == "offered") {
        queries::accept(&tenant.scope, i.id).await?;
        people::set_last_involved(&tenant.scope, me.person.id, chrono::Utc::now()).await?;
        tenant
            .audit(
                "accepted a place",
                "opportunity",
                Some(full.opportunity.id),
                None,
            )
            .await?;
        return done(full.opportunity.id, "accepted");
    }
    Ok(Redirect::to(&format!("/my/opportunities/{}", full.opportunity.id)).into_response())
}
