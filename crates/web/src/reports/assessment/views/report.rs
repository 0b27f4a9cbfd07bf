//! The self-assessment, action plan and strategy objectives as they appear in the board's
//! annual report.

use chrono::Utc;
use withus_db::OrgScope;

use super::strategy::{objective_rows, objectives_head};
use crate::kit::dates::day;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::reports::annual::Annual;
use crate::reports::assessment::forms::status_label;
use crate::reports::assessment::frameworks::{FRAMEWORKS, statement_key};
use crate::reports::assessment::queries;
use crate::reports::assessment::results::{mean_text, means};
use crate::reports::views::document::{Grid, Item};

pub async fn items(scope: &OrgScope, annual: &Annual) -> AppResult<Vec<Item>> {
    let year = annual.period.year();
    let mut items = vec![
        Item::Heading(t("annual-assessment")),
        Item::Paragraph(t_args(
            "annual-assessment-intro",
            &[("year", &year.to_string())],
        )),
    ];
    for f in FRAMEWORKS {
        let rows = queries::ratings(scope, f).await?;
        let means = means(rows.iter().filter(|r| r.year == year));
        // Each part's mean over its statements' ratings, for both groups.
        let part_rows = f
            .parts
            .iter()
            .map(|p| {
                let group = |g: &str| {
                    let scores: Vec<(f64, usize)> = p
                        .statements
                        .iter()
                        .filter_map(|s| means.get(&(statement_key(f, p, s), g.to_owned())).copied())
                        .collect();
                    let n: usize = scores.iter().map(|(_, n)| n).sum();
                    (n > 0).then(|| {
                        (
                            scores.iter().map(|(m, n)| m * *n as f64).sum::<f64>() / n as f64,
                            n,
                        )
                    })
                };
                vec![
                    p.name.to_owned(),
                    mean_text(group("staff").as_ref()),
                    mean_text(group("involved").as_ref()),
                ]
            })
            .collect();
        items.push(Item::Table(
            Grid::new(
                &format!("assessment-{}", f.key),
                f.name.to_owned(),
                vec![t("col-part"), t("col-staff"), t("col-involved-people")],
                part_rows,
            )
            .words(),
        ));
    }
    let today = crate::kit::dates::london_day(Utc::now());
    let actions: Vec<Vec<String>> = queries::actions(scope)
        .await?
        .into_iter()
        .map(|a| {
            let late = a.status != "done" && a.due_on < today;
            vec![
                a.title,
                a.owner,
                day(a.due_on),
                if late {
                    format!("{} ({})", status_label(&a.status), t("action-late"))
                } else {
                    status_label(&a.status)
                },
            ]
        })
        .collect();
    items.push(Item::Heading(t("actions-title")));
    if actions.is_empty() {
        items.push(Item::Paragraph(t("actions-none")));
    } else {
        items.push(Item::Table(
            Grid::new(
                "actions",
                t("actions-title"),
                vec![
                    t("col-action"),
                    t("col-owner"),
                    t("col-due"),
                    t("col-status"),
                ],
                actions,
            )
            .words(),
        ));
    }
    let objectives = queries::objectives(scope).await?;
    if !objectives.is_empty() {
        items.push(Item::Heading(t("strategy-objectives")));
        items.push(Item::Table(
            Grid::new(
                "objectives",
                t("strategy-objectives"),
                objectives_head(),
                objective_rows(&objectives, annual),
            )
            .words(),
        ));
    }
    Ok(items)
}
