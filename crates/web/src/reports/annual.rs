//! The annual involvement report for the board, for any dates: activity, where participation
//! happens, presence against the population, payments, feedback, "you said, we did",
//! questionnaires, the self-assessment with its actions, and the strategy's objectives. One
//! document, shown as a page, a tagged PDF and a spreadsheet.

use std::collections::{BTreeMap, HashMap, HashSet};

use axum::extract::Query;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use withus_db::OrgScope;
use withus_db::entities::{contribution, evaluation_answer};
use withus_db::sea_orm::DbErr;
use withus_reports::presence::{self, Table};

use super::document::{Document, Grid, Item};
use super::figures::{self, Deciding, Feedback, Filter, Payments};
use super::settings::{self, Reporting};
use super::{Period, percent, shown};
use crate::error::AppResult;
use crate::i18n::{t, t_args};
use crate::impact::questionnaire::{QUESTIONS, summarise};
use crate::opportunities::vocab::ORG_LEVELS;
use crate::page::Page;
use crate::people::vocab::{AREAS, LEVELS, Vocab};
use crate::sections::{Sections, links};
use crate::tenancy::Tenant;

/// A meeting held: its opportunity's area, ladder step and organisational level, the places
/// taken by involved people and the minutes they gave. Places, not people: one person at two
/// meetings takes two, so no count of people by area can be set against the total.
pub struct HeldRow {
    pub area: Option<String>,
    pub level: Option<String>,
    pub org_level: Option<String>,
    pub opportunity: uuid::Uuid,
    pub places: usize,
    pub minutes: i64,
}

/// Everything the report says, as numbers.
pub struct Annual {
    pub period: Period,
    pub reporting: Reporting,
    pub opportunities: usize,
    pub meetings: usize,
    pub people: usize,
    pub minutes: i64,
    pub held: Vec<HeldRow>,
    pub deciding: Deciding,
    pub papers: (usize, usize),
    pub presence: Vec<Table>,
    pub payments: Payments,
    pub feedback: Feedback,
    pub contributions: Vec<contribution::Model>,
    pub answers: Vec<evaluation_answer::Model>,
    pub titles: HashMap<uuid::Uuid, String>,
}

/// Figures an objective of the strategy can be tied to.
pub const MEASURES: Vocab = &[
    ("people_involved", "measure-people-involved"),
    ("decision_meetings_with_two", "measure-with-two"),
    ("papers_in_advance", "measure-papers"),
    ("feedback_on_time", "measure-feedback"),
    ("median_days_to_pay", "measure-days-to-pay"),
    ("changes_made", "measure-changes"),
    ("under_represented", "measure-under"),
];

fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

impl Annual {
    pub async fn compute(
        scope: &OrgScope,
        period: Period,
        now: DateTime<Utc>,
    ) -> Result<Self, DbErr> {
        let reporting = settings::load(scope).await?;
        let held = figures::held(scope, &period, now).await?;
        let taking = figures::taking_part(scope, &held, &Filter::default()).await?;
        let first = figures::first_times(&taking);
        let answers_then = figures::answers_then(scope, &first).await?;
        let population = settings::population(scope, &reporting).await?;
        let presence = presence::compare(
            &answers_then,
            &|c| population.get(c).cloned().unwrap_or_default(),
            reporting.threshold(),
        );
        let mut given: HashMap<uuid::Uuid, (usize, i64)> = HashMap::new();
        for t in &taking {
            let entry = given.entry(t.meeting_id).or_default();
            entry.0 += 1;
            entry.1 += t.minutes;
        }
        let rows: Vec<_> = held
            .meetings
            .iter()
            .filter_map(|m| {
                let o = held.opportunities.get(&m.opportunity_id)?;
                Some(HeldRow {
                    area: o.area.clone(),
                    level: o.level.clone(),
                    org_level: o.org_level.clone(),
                    opportunity: o.id,
                    places: given.get(&m.id).map_or(0, |g| g.0),
                    minutes: given.get(&m.id).map_or(0, |g| g.1),
                })
            })
            .collect();
        let days = crate::meetings::queries::days_ahead(scope).await?;
        Ok(Annual {
            opportunities: rows
                .iter()
                .map(|r| r.opportunity)
                .collect::<HashSet<_>>()
                .len(),
            meetings: rows.len(),
            people: first.len(),
            minutes: rows.iter().map(|r| r.minutes).sum(),
            deciding: figures::deciding(&held, &taking),
            papers: figures::papers_ahead(scope, &held, days).await?,
            held: rows,
            presence,
            payments: figures::payments(scope, &period).await?,
            feedback: figures::feedback(scope, &period, now).await?,
            contributions: figures::contributions(scope, &period).await?,
            answers: figures::answers(scope, &period).await?,
            titles: held
                .opportunities
                .values()
                .map(|o| (o.id, o.title.clone()))
                .collect(),
            reporting,
            period,
        })
    }

    pub fn hours(&self) -> String {
        format!("{:.1}", self.minutes as f64 / 60.0)
    }

    fn changed(&self) -> Vec<&contribution::Model> {
        self.contributions
            .iter()
            .filter(|c| c.status == "changed")
            .filter(|c| {
                c.outcome_on
                    .is_some_and(|d| d >= self.period.from && d <= self.period.to)
            })
            .collect()
    }

    pub fn under_represented(&self) -> Vec<(String, &'static str)> {
        self.presence
            .iter()
            .flat_map(|table| {
                table.under_represented().map(move |g| {
                    (
                        t(&format!("category-{}", table.category.replace('_', "-"))),
                        g,
                    )
                })
            })
            .collect()
    }

    /// The figure for a measure, as shown, with its value as a number to meet a target.
    pub fn measure(&self, key: &str) -> Option<(String, f64)> {
        let pct = |s: Option<f64>| s.map(|s| (percent(s), (s * 100.0).round()));
        match key {
            "people_involved" => Some((self.people.to_string(), self.people as f64)),
            "decision_meetings_with_two" => {
                let recorded = self.deciding.meetings - self.deciding.not_recorded;
                pct(share(self.deciding.with_two, recorded))
            }
            "papers_in_advance" => pct(share(self.papers.1, self.papers.0)),
            "feedback_on_time" => pct(share(self.feedback.on_time, self.feedback.due)),
            "median_days_to_pay" => self
                .payments
                .median_days
                .map(|d| (t_args("days-n", &[("n", &format!("{d:.0}"))]), d)),
            "changes_made" => {
                let n = self.changed().len();
                Some((n.to_string(), n as f64))
            }
            "under_represented" => {
                let n = self.under_represented().len();
                Some((n.to_string(), n as f64))
            }
            _ => None,
        }
    }
}

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
pub fn map_grid(annual: &Annual) -> Grid {
    let mut head = vec![t("col-org-level")];
    head.extend(LEVELS.iter().map(|(_, k)| t(k)));
    let rows = ORG_LEVELS
        .iter()
        .map(|(org, org_key)| {
            let mut row = vec![t(org_key)];
            row.extend(LEVELS.iter().map(|(level, _)| {
                annual
                    .held
                    .iter()
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
pub async fn document(scope: &OrgScope, annual: &Annual) -> Result<Document, DbErr> {
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
    items.push(Item::Table(map_grid(annual)));
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
    items.extend(crate::assessment::report::items(scope, annual).await?);
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
    let mean = |s: &crate::impact::questionnaire::Score| {
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

async fn load(tenant: &Tenant, query: &HashMap<String, String>) -> AppResult<(Annual, Document)> {
    let period = Period::from_query(query, super::london_day(Utc::now()));
    let annual = Annual::compute(&tenant.scope, period, Utc::now()).await?;
    let document = document(&tenant.scope, &annual).await?;
    Ok((annual, document))
}

pub async fn page(
    tenant: Tenant,
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (annual, document) = load(&tenant, &query).await?;
    let q = annual.period.query();
    let mut sections = Sections::new(page, document.title.clone())
        .wide()
        .block(format!(
            "<div class=\"withus-no-print\">{}{}</div>",
            crate::sections::details(
                &t("period-choose"),
                &super::filter_form(
                    "/reports/annual",
                    &annual.period.fields(),
                    &t("period-show")
                ),
            ),
            links(&[
                (format!("/reports/annual.pdf?{q}"), t("annual-download-pdf")),
                (
                    format!("/reports/annual.xlsx?{q}"),
                    t("annual-download-xlsx")
                ),
            ])
        ));
    for block in document.html() {
        sections = sections.block(block);
    }
    sections.respond()
}

pub async fn pdf(
    tenant: Tenant,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (_, document) = load(&tenant, &query).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"involvement-report.pdf\"".to_owned(),
            ),
        ],
        document.pdf(),
    )
        .into_response())
}

pub async fn xlsx(
    tenant: Tenant,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let (_, document) = load(&tenant, &query).await?;
    let bytes = document
        .xlsx()
        .map_err(|e| crate::error::AppError::Internal(e.to_string()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"involvement-report.xlsx\"".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}
