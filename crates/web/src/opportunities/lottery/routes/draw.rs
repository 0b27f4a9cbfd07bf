//! The fair lottery for one opportunity: the draw page, and asking for a draw from a published
//! seed. The draw itself is worked out by the background worker (`draw_jobs`); the coordinator
//! is sent to its progress page and can leave and come back.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;
use crate::opportunities::lottery::forms;
use crate::opportunities::lottery::queries::{self, DRAW, NewJob};
use crate::opportunities::lottery::views::draw::draw_page;

pub async fn show(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    html(draw_page(&tenant, page, &id, "", &Errors::default()).await?)
}

/// Checks the seed and that places are left, then queues the draw for the worker and sends
/// the coordinator to its progress page. Nothing here waits on the solver: whether the
/// quotas can be met is found out by the draw, and its page says why not.
pub async fn create(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let mut errors = Errors::default();
    let seed = forms::seed(&data, &mut errors);
    if errors.is_empty() && queries::free_places(&tenant.scope, o).await? == 0 {
        errors.add("seed", t("lottery-error-no-places"));
    }
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            draw_page(&tenant, page, &id, &seed, &errors).await?,
        );
    }
    let asked = NewJob {
        kind: DRAW,
        opportunity_id: o.id,
        draw_id: None,
        seed: &seed,
        by: tenant.user.account_id,
    };
    let job = queries::queue(&tenant.scope, asked, Utc::now()).await?;
    Ok(Redirect::to(&format!("/opportunities/{}/draws/jobs/{job}", o.id)).into_response())
}
