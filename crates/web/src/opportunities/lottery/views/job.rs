//! The progress page of a draw (or a check of one) being worked out in the background. It
//! says where the job is and for how long; a "Check progress" link reloads it without
//! JavaScript, and a small script does the same every few seconds with it. When the job
//! failed it says why.

use askama::Template;
use chrono::{DateTime, TimeDelta, Utc};
use uuid::Uuid;
use withus_db::entities::{draw_job, opportunity};

use crate::kit::components::{ErrorLink, ErrorSummary};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::opportunities::lottery::queries::{CHECK, FAILED, QUEUED};

#[derive(Template)]
#[template(path = "opportunities/draw_progress.html")]
pub struct ProgressPage {
    page: Page,
    id: Uuid,
    job_id: Uuid,
    title: String,
    /// Where the job is: the page's live status line.
    state: String,
    /// How long it has waited or been working.
    elapsed: String,
    /// Why nothing was drawn, once the job has failed.
    failed: Option<ErrorSummary>,
}

/// "40 seconds", "3 minutes", "2 hours": how long, to the unit that matters.
fn how_long(elapsed: TimeDelta) -> String {
    let seconds = elapsed.num_seconds().max(0);
    let (key, n) = match seconds {
        0..60 => ("elapsed-seconds", seconds),
        60..3600 => ("elapsed-minutes", seconds / 60),
        _ => ("elapsed-hours", seconds / 3600),
    };
    t_args(key, &[("n", &n.to_string())])
}

/// The page for a job not done yet: waiting, being worked on, or failed.
pub fn progress_page(
    page: Page,
    o: &opportunity::Model,
    job: &draw_job::Model,
    now: DateTime<Utc>,
) -> ProgressPage {
    let checking = job.kind == CHECK;
    let (heading, state, elapsed) = if job.status == FAILED {
        let heading = if checking {
            "check-job-failed-title"
        } else {
            "draw-job-failed-title"
        };
        (heading, String::new(), String::new())
    } else if job.status == QUEUED {
        let heading = if checking {
            "check-job-title"
        } else {
            "draw-job-title"
        };
        let asked = how_long(now - job.queued_at);
        (
            heading,
            t("draw-job-queued"),
            t_args("draw-job-asked", &[("time", &asked)]),
        )
    } else {
        let (heading, working) = if checking {
            ("check-job-title", "check-job-running")
        } else {
            ("draw-job-title", "draw-job-running")
        };
        let started = how_long(now - job.started_at.unwrap_or(job.queued_at));
        (
            heading,
            t(working),
            t_args("draw-job-started", &[("time", &started)]),
        )
    };
    let failed = (job.status == FAILED).then(|| ErrorSummary {
        title_text: Some(t("error-summary-title")),
        description_text: Some(t(if checking {
            "check-job-failed"
        } else {
            "draw-job-failed"
        })),
        error_list: job
            .failure
            .as_deref()
            .unwrap_or_default()
            .lines()
            .filter(|reason| !reason.trim().is_empty())
            .map(|reason| ErrorLink {
                text: Some(reason.to_owned()),
                html: None,
                href: None,
            })
            .collect(),
    });
    ProgressPage {
        page: page.titled(t(heading)),
        id: o.id,
        job_id: job.id,
        title: o.title.clone(),
        state,
        elapsed,
        failed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn how_long_reads_in_the_unit_that_matters() {
        assert_eq!(how_long(TimeDelta::seconds(40)), "40 seconds");
        assert_eq!(how_long(TimeDelta::seconds(1)), "1 second");
        assert_eq!(how_long(TimeDelta::seconds(-3)), "0 seconds");
        assert_eq!(how_long(TimeDelta::seconds(125)), "2 minutes");
        assert_eq!(how_long(TimeDelta::seconds(7300)), "2 hours");
    }
}
