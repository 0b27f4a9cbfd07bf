//! One opportunity as an involved person reads it: what it is, where they stand, what we
//! pay in plain words, and the form to say they are interested. Here, above opportunities and
//! payments, because it shows both.

use axum::extract::{Path, Query};
use axum::response::Response;

use crate::kit::error::{AppResult, html};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::me::views::member_show_page;
use crate::opportunities::{own, visible};

/// What the person just did, carried by the redirect.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    #[serde(default)]
    done: String,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, mine) = visible(&tenant, &id, &me).await?;
    let plain = if full.opportunity.paid {
        crate::payments::plain_today(&tenant.scope).await?
    } else {
        None
    };
    html(member_show_page(
        page,
        &full,
        mine.as_ref(),
        &me,
        &done.done,
        plain,
    ))
}
