//! The progress page of a draw (or a check of one) being worked out in the background. When
//! the job is done the coordinator is sent on to the result; until then the page says where
//! it is (`views::job`).

use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;

use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::parse_id;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;
use crate::opportunities::lottery::queries::{self, CHECK, DONE};
use crate::opportunities::lottery::views::job::progress_page;

pub async fn progress(
    tenant: Tenant,
    page: Page,
    Path((id, job_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let job = queries::job(&tenant.scope, o.id, parse_id(&job_id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    if job.status == DONE {
        let draw_id = job.draw_id.ok_or_else(|| {
            AppError::Internal(format!("draw job {} is done without a draw", job.id))
        })?;
        let mut result = format!("/opportunities/{}/draws/{draw_id}", o.id);
        if job.kind == CHECK {
            let same = job.same_panel == Some(true);
            result += if same {
                "?checked=same"
            } else {
                "?checked=different"
            };
        }
        return Ok(Redirect::to(&result).into_response());
    }
    html(progress_page(page, o, &job, Utc::now()))
}
