//! The annual report as a document: headings, paragraphs and tables in the board's order,
//! built from the figures of `annual.rs`. The page, the PDF and the spreadsheet all show it.

use std::collections::{BTreeMap, HashSet};

use withus_db::OrgScope;
use withus_reports::presence::Table;

use crate::impact::{QUESTIONS, summarise};
use crate::kit::counts::shown;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::{AREAS, LEVELS, Vocab};
use crate::opportunities::ORG_LEVELS;
use crate::reports::annual::{Annual, HeldRow, percent, share};
use crate::reports::figures::Deciding;
use crate::reports::views::document::{Document, Grid, Item};

/// Activities, meetings and hours grouped by one of the opportunity's words.
fn grouped(
    annual: &Annual,
    vocab: Vocab,
    key: impl Fn(&HeldRow) -> Option<String>,
) -> Vec<Vec<String>> {
    let mut by: BTreeMap<usize, (HashSet<uuid::Uuid>, usize, usize, i64)> = BTreeMap::new();
    for row in &annual.held {
        let position = key(row)
            .and_then(|k| vocab.iter().position(|(v, _)| *v == k))
            .unwrap_or(vocab.len());
        let entry = by.entry(position).or_default();
        entry.0.insert(row.opportunity);
        entry.1 += 1;
        entry.2 += row.places;
        entry.3 += row.minutes;
    }
    by.into_iter()
        .map(|(position, (acts, meetings, places, minutes))| {
            let name = vocab
                .get(position)
                .map_or_else(|| t("not-set"), |(_, k)| t(k));
            vec![
                name,
                acts.len().to_string(),
                meetings.to_string(),
                places.to_string(),
                format!("{:.1}", minutes as f64 / 60.0),
            ]
        })
        .collect()
}

fn activity_head(first: &str) -> Vec<String> {
    vec![
        t(first),
        t("col-activities"),
        t("col-meetings"),
        t("col-places"),
        t("col-hours"),
    ]
}

/// The map of where participation happens: activities by organisational level and step.
pub fn map_grid(held: &[HeldRow]) -> Grid {
    let mut head = vec![t("col-org-level")];
    head.extend(LEVELS.iter().map(|(_, k)| t(k)));
    let rows = ORG_LEVELS
        .iter()
        .map(|(org, org_key)| {
            let mut row = vec![t(org_key)];
            row.extend(LEVELS.iter().map(|(level, _)| {
                held.iter()
                    .filter(|r| {
                        r.org_level.as_deref() == Some(org) && r.level.as_deref() == Some(level)
                    })
                    .map(|r| r.opportunity)
                    .collect::<HashSet<_>>()
                    .len()
                    .to_string()
            }));
            row
        })
        .collect();
    Grid::new("map", t("map-caption"), head, rows)
}

pub fn deciding_paragraph(d: &Deciding) -> String {
    let recorded = d.meetings - d.not_recorded;
    t_args(
        "deciding-summary",
        &[
            ("meetings", &d.meetings.to_string()),
            ("with_two", &d.with_two.to_string()),
            ("recorded", &recorded.to_string()),
            (
                "share",
                &share(d.with_two, recorded).map_or_else(|| t("no-figure"), percent),
            ),
            ("not_recorded", &d.not_recorded.to_string()),
        ],
    )
}

/// Which groups are under-represented, in a sentence.
pub fn under_paragraph(annual: &Annual) -> String {
    let under = annual.under_represented();
    if under.is_empty() {
        return t("presence-none-under");
    }
    let groups: Vec<String> = under.iter().map(|(c, g)| format!("{g} ({c})")).collect();
    t_args("presence-under", &[("groups", &groups.join("; "))])
}

/// One category's presence table.
pub fn presence_grid(table: &Table, threshold: u64) -> Grid {
    let rows = table
        .rows
        .iter()
        .map(|r| {
            vec![
                r.label.to_owned(),
                shown(r.count, threshold),
                r.share.map_or_else(|| "–".into(), percent),
                r.population.map_or_else(|| "–".into(), percent),
                if r.under {
                    t("under-represented")
                } else {
                    String::new()
                },
            ]
        })
        .chain(std::iter::once(vec![
            t("total"),
            shown(table.total, threshold),
            String::new(),
            String::new(),
            String::new(),
        ]))
        .collect();
    let category = t(&format!("category-{}", table.category.replace('_', "-")));
    let under: Vec<&str> = table.under_represented().collect();
    let summary = if under.is_empty() {
        t_args("presence-chart-none", &[("category", &category)])
    } else {
        t_args(
            "presence-chart-under",
            &[("category", &category), ("groups", &under.join(", "))],
        )
    };
    Grid::new(
        &format!("presence-{}", table.category),
        category,
        vec![
            t("col-group"),
            t("col-involved"),
            t("col-share-involved"),
            t("col-share-population"),
            t("col-flag"),
        ],
        rows,
    )
    .chart(&[2, 3], summary)
}

/// The report as a document.
pub async fn document(scope: &OrgScope, annual: &Annual) -> AppResult<Document> {
    let mut items = vec![Item::Paragraph(t_args(
        "annual-summary",
        &[
            ("meetings", &annual.meetings.to_string()),
            ("activities", &annual.opportunities.to_string()),
            ("people", &annual.people.to_string()),
            ("hours", &annual.hours()),
        ],
    ))];
    items.push(Item::Heading(t("annual-activity")));
    items.push(Item::Table(
        Grid::new(
            "areas",
            t("annual-by-area"),
            activity_head("col-area"),
            grouped(annual, AREAS, |r| r.area.clone()),
        )
        .chart(&[2], t("annual-by-area-chart")),
    ));
    items.push(Item::Table(Grid::new(
        "levels",
        t("annual-by-level"),
        activity_head("col-level"),
        grouped(annual, LEVELS, |r| r.level.clone()),
    )));
    items.push(Item::Heading(t("annual-where")));
    items.push(Item::Table(map_grid(&annual.held)));
    items.push(Item::Paragraph(deciding_paragraph(&annual.deciding)));

    items.push(Item::Heading(t("annual-presence")));
    items.push(Item::Paragraph(t_args(
        "presence-against",
        &[("area", &annual.reporting.area_name())],
    )));
    items.push(Item::Paragraph(under_paragraph(annual)));
    for table in &annual.presence {
        items.push(Item::Table(presence_grid(
            table,
            annual.reporting.threshold(),
        )));
    }

    items.push(Item::Heading(t("annual-payments")));
    let p = &annual.payments;
    items.push(Item::Table(Grid::new(
        "payments",
        t("annual-payments"),
        vec![t("col-figure"), t("col-value")],
        vec![
            vec![t("pay-claims"), p.claims.to_string()],
            vec![t("pay-paid"), p.paid.to_string()],
            vec![t("pay-total"), withus_payments::pounds(p.paid_pence)],
            vec![
                t("pay-median"),
                p.median_days
                    .map_or_else(|| t("no-figure"), |d| format!("{d:.0}")),
            ],
            vec![t("pay-overdue"), p.overdue.to_string()],
        ],
    )));

    items.push(Item::Heading(t("annual-feedback")));
    let f = &annual.feedback;
    items.push(Item::Table(
        Grid::new(
            "feedback",
            t("annual-feedback"),
            vec![t("col-feedback"), t("col-people")],
            vec![
                vec![t("feedback-on-time"), f.on_time.to_string()],
                vec![t("feedback-late"), f.late.to_string()],
                vec![t("feedback-still-owed"), f.waiting.to_string()],
            ],
        )
        .chart(
            &[1],
            t_args(
                "feedback-chart",
                &[(
                    "share",
                    &share(f.on_time, f.due).map_or_else(|| t("no-figure"), percent),
                )],
            ),
        ),
    ));

    said_items(annual, &mut items);
    questionnaire_items(annual, &mut items);
    items.extend(crate::reports::assessment::views::report::items(scope, annual).await?);
    Ok(Document {
        title: t_args("annual-title", &[("period", &annual.period.label())]),
        items,
    })
}

fn said_items(annual: &Annual, items: &mut Vec<Item>) {
    items.push(Item::Heading(t("annual-said")));
    let said = annual
        .contributions
        .iter()
        .filter(|c| c.said_on >= annual.period.from && c.said_on <= annual.period.to)
        .count();
    let changed = annual.changed();
    let not_changed = annual
        .contributions
        .iter()
        .filter(|c| c.status == "not_changed")
        .filter(|c| {
            c.outcome_on
                .is_some_and(|d| d >= annual.period.from && d <= annual.period.to)
        })
        .count();
    items.push(Item::Paragraph(t_args(
        "said-summary",
        &[
            ("said", &said.to_string()),
            ("changed", &changed.len().to_string()),
            ("not_changed", &not_changed.to_string()),
        ],
    )));
    let rows = crate::impact::AREAS
        .iter()
        .map(|(area, key)| {
            let n = changed
                .iter()
                .filter(|c| c.areas.split(',').any(|a| a == *area))
                .count();
            vec![t(key), n.to_string()]
        })
        .collect();
    items.push(Item::Table(
        Grid::new(
            "changes",
            t("said-by-area"),
            vec![t("col-impact-area"), t("col-changes")],
            rows,
        )
        .chart(&[1], t("said-by-area-chart")),
    ));
    let highlights: Vec<Vec<String>> = changed
        .iter()
        .take(5)
        .map(|c| {
            vec![
                annual
                    .titles
                    .get(&c.opportunity_id)
                    .cloned()
                    .unwrap_or_default(),
                c.said.clone(),
                c.outcome.clone().unwrap_or_default(),
            ]
        })
        .collect();
    if !highlights.is_empty() {
        items.push(Item::Table(
            Grid::new(
                "highlights",
                t("said-highlights"),
                vec![t("col-activity"), t("col-you-said"), t("col-we-did")],
                highlights,
            )
            .words(),
        ));
    }
}

fn questionnaire_items(annual: &Annual, items: &mut Vec<Item>) {
    items.push(Item::Heading(t("annual-questionnaires")));
    let summary = summarise(&annual.answers);
    let mean = |s: &crate::impact::Score| {
        s.mean.map_or_else(
            || t("no-figure"),
            |m| {
                t_args(
                    "mean-of",
                    &[("mean", &format!("{m:.1}")), ("n", &s.count.to_string())],
                )
            },
        )
    };
    let rows = QUESTIONS
        .iter()
        .zip(summary.iter())
        .map(|(q, (involved, staff))| vec![t(q), mean(involved), mean(staff)])
        .collect();
    items.push(Item::Paragraph(t("questionnaire-scale")));
    items.push(Item::Table(Grid::new(
        "questionnaires",
        t("annual-questionnaires"),
        vec![t("col-question"), t("col-involved-people"), t("col-staff")],
        rows,
    )));
}
