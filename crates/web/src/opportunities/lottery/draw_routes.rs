//! The fair lottery for one opportunity: the draw page, with the draws being worked out and
//! those already made, and asking for a draw from a published seed. The draw itself is
//! worked out by the background worker (`draw_jobs`); the coordinator is sent to its
//! progress page and can leave and come back.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::draw_job;

use super::queries::{self, CHECK, DRAW, FAILED, NewJob, QUEUED};
use crate::kit::components::{Cell, ErrorSummary, Input, SummaryList, Table, escape, render};
use crate::kit::dates::london;
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::routes::load;

#[derive(Template)]
#[template(path = "opportunities/draw.html")]
struct DrawPage {
    page: Page,
    id: Uuid,
    title: String,
    errors: Option<ErrorSummary>,
    summary: SummaryList,
    seed: String,
    under_way: Option<Table>,
    earlier: Option<Table>,
}

/// Where a job stands, in a word or two for the draw page's table.
fn job_state(job: &draw_job::Model) -> String {
    t(match job.status.as_str() {
        QUEUED => "lottery-job-waiting",
        FAILED => "lottery-job-failed",
        _ => "lottery-job-running",
    })
}

fn link(href: &str, text: &str) -> Cell {
    Cell::html(crate::kit::sections::link(href, text))
}

/// Draws and checks still being worked out (or that could not be made lately), so a
/// coordinator who left their progress page can find it again.
fn under_way_table(id: Uuid, jobs: &[draw_job::Model]) -> Option<Table> {
    (!jobs.is_empty()).then(|| Table {
        caption: Some(t("lottery-jobs")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("lottery-jobs-asked")),
            Cell::text(t("lottery-jobs-what")),
            Cell::text(t("lottery-seed")),
            Cell::text(t("lottery-jobs-state")),
        ],
        rows: jobs
            .iter()
            .map(|j| {
                let what = if j.kind == CHECK {
                    "lottery-jobs-check"
                } else {
                    "lottery-jobs-draw"
                };
                vec![
                    link(
                        &format!("/opportunities/{id}/draws/jobs/{}", j.id),
                        &london(j.queued_at),
                    ),
                    Cell::text(t(what)),
                    Cell::text(j.seed.clone()),
                    Cell::text(job_state(j)),
                ]
            })
            .collect(),
        ..Table::default()
    })
}

async fn draw_page(
    tenant: &Tenant,
    page: Page,
    id: &str,
    seed: &str,
    errors: &Errors,
) -> AppResult<DrawPage> {
    let full = load(tenant, id).await?;
    let o = &full.opportunity;
    let pool = queries::pool(&tenant.scope, o.id).await?;
    let quotas = queries::quotas(&tenant.scope, o.id).await?;
    let free = queries::free_places(&tenant.scope, o).await?;
    let draws = queries::draws(&tenant.scope, o.id).await?;
    let jobs = queries::unfinished(&tenant.scope, o.id, Utc::now()).await?;
    let summary = SummaryList::default()
        .row(t("lottery-places"), free.to_string())
        .row(t("lottery-pool"), pool.people.len().to_string())
        .row(t("lottery-reserves"), o.reserves.max(0).to_string())
        .html_row(
            t("lottery-quotas"),
            format!(
                "{} {}",
                escape(&t_args(
                    "lottery-quota-count",
                    &[("count", &quotas.len().to_string())]
                )),
                crate::kit::sections::link(
                    &format!("/opportunities/{}/quotas", o.id),
                    &t("lottery-change-quotas")
                )
            ),
        );
    let earlier = (!draws.is_empty()).then(|| Table {
        caption: Some(t("lottery-earlier")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("lottery-drawn-at")),
            Cell::text(t("lottery-seed")),
        ],
        rows: draws
            .iter()
            .map(|d| {
                vec![
                    link(
                        &format!("/opportunities/{}/draws/{}", o.id, d.id),
                        &london(d.drawn_at),
                    ),
                    Cell::text(d.seed.clone()),
                ]
            })
            .collect(),
        ..Table::default()
    });
    Ok(DrawPage {
        page: page.titled(t("lottery-title")),
        id: o.id,
        title: o.title.clone(),
        errors: errors.summary(),
        summary,
        seed: render(
            &Input::new("seed", t("lottery-seed"))
                .hint(t("lottery-seed-hint"))
                .value(seed)
                .spellcheck(false)
                .error(errors.get("seed")),
        ),
        under_way: under_way_table(o.id, &jobs),
        earlier,
    })
}

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
    let seed = data.one("seed").trim().to_owned();
    let mut errors = Errors::default();
    if seed.is_empty() {
        errors.add("seed", t("lottery-error-seed"));
    } else if queries::free_places(&tenant.scope, o).await? == 0 {
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
