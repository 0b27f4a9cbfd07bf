//! The page of people whose choices match an opportunity. Who they are is read and judged a
//! batch at a time by `queries::page_of_matches`.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::Response;

use crate::kit::error::{AppResult, html};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::queries;
use crate::opportunities::routes::load;
use crate::opportunities::views::matches::matches_page;

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
    tenant
        .audit(
            "viewed",
            "opportunity matches",
            Some(full.opportunity.id),
            None,
        )
        .await?;
    html(matches_page(page, &full, &found, q.get("sent")))
}
