//! The draw page: the places, the pool and the quotas, the draws being worked out and those
//! already made, and the seed to draw from.

use askama::Template;
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::draw_job;

use crate::kit::components::{Cell, ErrorSummary, Input, SummaryList, Table, escape, render};
use crate::kit::dates::london;
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;
use crate::opportunities::lottery::queries::{self, CHECK, FAILED, QUEUED};

#[derive(Template)]
#[template(path = "opportunities/draw.html")]
pub struct DrawPage {
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

pub async fn draw_page(
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
