//! An involved person's own "you said, we did": every contribution of theirs (and of groups
//! they were part of) and what became of it, with their right to ask again or complain when
//! the answer was no; and the questionnaires waiting for them.

use std::collections::HashMap;

use axum::extract::Query;
use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::opportunity;

use crate::impact::queries;
use crate::impact::views::member::{page as said_page, questionnaires_waiting};
use crate::kit::error::{AppError, AppResult};
use crate::kit::page::Page;
use crate::kit::sections::Saved;
use crate::kit::tenancy::Tenant;

pub async fn show(tenant: Tenant, page: Page, Query(q): Query<Saved>) -> AppResult<Response> {
    let scope = &tenant.scope;
    let me = crate::people::id_for_account(scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let confirmed = queries::opportunities_confirmed_in(scope, me).await?;
    let mine = queries::contribution_ids_of(scope, me).await?;
    let theirs = queries::contributions(scope, None, Some(mine.clone())).await?;
    // The groups they were part of: contributions of their opportunities with nobody named.
    let all = queries::contributions(scope, Some(confirmed.clone()), None).await?;
    let named = queries::people_of(scope, &all).await?;
    let group: Vec<_> = all
        .into_iter()
        .filter(|c| !named.contains_key(&c.id))
        .collect();
    let titles: HashMap<Uuid, opportunity::Model> = queries::opportunities_in(
        scope,
        confirmed
            .iter()
            .copied()
            .chain(theirs.iter().map(|c| c.opportunity_id)),
    )
    .await?
    .into_iter()
    .map(|o| (o.id, o))
    .collect();
    let waiting = questionnaires_waiting(scope, me).await?;
    said_page(page, &q.saved, &waiting, (&theirs, &group), &titles)
}
