//! A stored draw's page: everyone's chance, the panel and reserves, what a check of it found,
//! and whether its places can still be offered.

use std::collections::HashMap;

use askama::Template;
use uuid::Uuid;
use withus_db::entities::{opportunity, person, selection_draw};

use crate::kit::components::{Cell, NotificationBanner, SummaryList, Table};
use crate::kit::dates::london;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::opportunities::lottery::problem::{Outcome, chance_words};
use crate::people::display_name;

#[derive(Template)]
#[template(path = "opportunities/draw_result.html")]
pub struct ResultPage {
    page: Page,
    id: Uuid,
    draw_id: Uuid,
    title: String,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    panel: Table,
    reserves: Option<Table>,
    irreplaceable: Option<String>,
    everyone: Table,
    can_apply: bool,
}

fn percent(p: f64) -> String {
    format!("{:.1}%", p * 100.0)
}

/// The page of `draw`, naming the `people` in its pool; `checked` is "same" or "different"
/// after a check of it.
pub fn result_page(
    page: Page,
    o: &opportunity::Model,
    draw: &selection_draw::Model,
    outcome: &Outcome,
    people: &HashMap<Uuid, person::Model>,
    checked: &str,
) -> ResultPage {
    let chance: HashMap<Uuid, f64> = outcome.probabilities.iter().copied().collect();
    let name = |id: &Uuid| {
        people
            .get(id)
            .map_or_else(|| t("lottery-someone"), display_name)
    };
    let row = |id: &Uuid| {
        let p = chance.get(id).copied().unwrap_or(0.0);
        vec![
            Cell::text(name(id)),
            Cell::text(chance_words(p)),
            Cell::text(percent(p)),
        ]
    };
    let head = || {
        vec![
            Cell::text(t("field-name")),
            Cell::text(t("lottery-chance")),
            Cell::text(t("lottery-chance-percent")),
        ]
    };
    let table = |caption: &str, rows: Vec<Vec<Cell>>| Table {
        caption: Some(t(caption)),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: head(),
        rows,
        ..Table::default()
    };
    let banner = match checked {
        "same" => Some(NotificationBanner::success(t("lottery-checked-same"))),
        "different" => Some(NotificationBanner::important(t(
            "lottery-checked-different",
        ))),
        _ => draw
            .applied_at
            .map(|_| NotificationBanner::success(t("lottery-applied"))),
    };
    let summary = SummaryList::default()
        .row(t("lottery-seed"), draw.seed.clone())
        .row(t("lottery-drawn-at"), london(draw.drawn_at))
        .row(
            t("lottery-lowest"),
            format!(
                "{} ({})",
                chance_words(outcome.min_probability),
                percent(outcome.min_probability)
            ),
        )
        .row(t("lottery-bound"), percent(outcome.dual_bound))
        .row(
            t("lottery-panel-number"),
            t_args(
                "lottery-panel-of",
                &[
                    ("number", &outcome.panel_number.to_string()),
                    ("count", &outcome.panels_in_support.to_string()),
                ],
            ),
        )
        .row(
            t("lottery-checked-at"),
            draw.checked_at
                .map_or_else(|| t("lottery-not-checked"), london),
        );
    let mut everyone: Vec<&(Uuid, f64)> = outcome.probabilities.iter().collect();
    everyone.sort_by(|a, b| {
        a.1.total_cmp(&b.1)
            .then_with(|| name(&a.0).cmp(&name(&b.0)))
    });
    let irreplaceable = (!outcome.irreplaceable.is_empty()).then(|| {
        let names: Vec<String> = outcome.irreplaceable.iter().map(name).collect();
        t_args("lottery-irreplaceable", &[("names", &names.join(", "))])
    });
    ResultPage {
        page: page.titled(t("lottery-result-title")),
        id: o.id,
        draw_id: draw.id,
        title: o.title.clone(),
        banner,
        summary,
        panel: table("lottery-panel", outcome.panel.iter().map(row).collect()),
        reserves: (!outcome.reserves.is_empty()).then(|| {
            table(
                "lottery-reserve-order",
                outcome.reserves.iter().map(row).collect(),
            )
        }),
        irreplaceable,
        everyone: table(
            "lottery-everyone",
            everyone.into_iter().map(|(id, _)| row(id)).collect(),
        ),
        can_apply: draw.applied_at.is_none(),
    }
}
