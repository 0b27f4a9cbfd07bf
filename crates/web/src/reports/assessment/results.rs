//! A framework's ratings: staff and involved people side by side for each statement, the gap
//! between them, Withus's own figure where it has one, and the trend year on year.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Path, Query};
use axum::response::Response;
use chrono::{NaiveDate, Utc};
use withus_db::OrgScope;
use withus_db::entities::assessment_rating;

use super::frameworks::{Framework, framework, score, statement_key};
use super::queries;
use super::rating::this_year;
use crate::kit::error::{AppError, AppResult};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, paragraph};
use crate::kit::tenancy::Tenant;
use crate::reports::Period;
use crate::reports::annual::Annual;
use crate::reports::document::Grid;

/// Mean score and how many rated, by (statement, staff or involved).
pub type Means = HashMap<(String, String), (f64, usize)>;

pub fn means<'a>(rows: impl Iterator<Item = &'a assessment_rating::Model>) -> Means {
    let mut sums: HashMap<(String, String), (f64, usize)> = HashMap::new();
    for r in rows {
        if let Some(s) = score(&r.rating) {
            let e = sums
                .entry((r.statement.clone(), r.rated_as.clone()))
                .or_default();
            e.0 += s;
            e.1 += 1;
        }
    }
    sums.into_iter()
        .map(|(k, (sum, n))| (k, (sum / n as f64, n)))
        .collect()
}

pub fn mean_text(m: Option<&(f64, usize)>) -> String {
    m.map_or_else(
        || t("not-rated"),
        |(mean, n)| {
            t_args(
                "mean-of",
                &[("mean", &format!("{mean:.1}")), ("n", &n.to_string())],
            )
        },
    )
}

fn gap(staff: Option<&(f64, usize)>, involved: Option<&(f64, usize)>) -> String {
    match (staff, involved) {
        (Some((s, _)), Some((i, _))) => format!("{:+.1}", s - i),
        _ => "–".into(),
    }
}

/// The year's figures, for statements Withus has one for.
pub async fn year_figures(scope: &OrgScope, year: i32) -> AppResult<Annual> {
    let today = crate::kit::dates::london_day(Utc::now());
    let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let to = NaiveDate::from_ymd_opt(year, 12, 31)
        .unwrap_or(today)
        .min(today);
    Annual::compute(
        scope,
        Period {
            from,
            to: to.max(from),
        },
        Utc::now(),
    )
    .await
}

pub fn side_by_side(f: &Framework, means: &Means, figures: &Annual) -> Vec<Grid> {
    f.parts
        .iter()
        .map(|part| {
            let rows = part
                .statements
                .iter()
                .map(|st| {
                    let key = statement_key(f, part, st);
                    let staff = means.get(&(key.clone(), "staff".into()));
                    let involved = means.get(&(key.clone(), "involved".into()));
                    vec![
                        st.text.to_owned(),
                        mean_text(staff),
                        mean_text(involved),
                        gap(staff, involved),
                        st.measure
                            .and_then(|m| {
                                figures.measure(m).map(|(shown, _)| {
                                    let label = crate::reports::annual::MEASURES
                                        .iter()
                                        .find(|(k, _)| *k == m)
                                        .map_or_else(String::new, |(_, l)| t(l));
                                    format!("{label}: {shown}")
                                })
                            })
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            Grid::new(
                &format!("{}-{}", f.key, part.key),
                part.name.to_owned(),
                vec![
                    t("col-statement"),
                    t("col-staff"),
                    t("col-involved-people"),
                    t("col-gap"),
                    t("col-withus-figure"),
                ],
                rows,
            )
            .words()
        })
        .collect()
}

/// Each year's mean over the whole framework, for both groups.
pub fn trend(rows: &[assessment_rating::Model]) -> Vec<Vec<String>> {
    let mut years: BTreeMap<i32, Vec<&assessment_rating::Model>> = BTreeMap::new();
    for r in rows {
        years.entry(r.year).or_default().push(r);
    }
    years
        .into_iter()
        .map(|(year, rs)| {
            let overall = |group: &str| {
                let scores: Vec<f64> = rs
                    .iter()
                    .filter(|r| r.rated_as == group)
                    .filter_map(|r| score(&r.rating))
                    .collect();
                (!scores.is_empty()).then(|| {
                    (
                        scores.iter().sum::<f64>() / scores.len() as f64,
                        scores.len(),
                    )
                })
            };
            vec![
                year.to_string(),
                mean_text(overall("staff").as_ref()),
                mean_text(overall("involved").as_ref()),
            ]
        })
        .collect()
}

#[derive(serde::Deserialize, Default)]
pub struct YearQuery {
    #[serde(default)]
    year: String,
}

pub async fn page(
    tenant: Tenant,
    page: Page,
    Path(key): Path<String>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let f = framework(&key).ok_or(AppError::NotFound)?;
    let year = query.year.parse().unwrap_or_else(|_| this_year());
    let rows = queries::ratings(&tenant.scope, f).await?;
    let means = means(rows.iter().filter(|r| r.year == year));
    let figures = year_figures(&tenant.scope, year).await?;
    let mut sections = Sections::new(page, f.name.to_owned())
        .back("/assessment")
        .caption(t_args("assessment-year", &[("year", &year.to_string())]))
        .wide()
        .paragraph(&t("results-intro"));
    for grid in side_by_side(f, &means, &figures) {
        sections = sections.block(grid.html());
    }
    sections = sections.block(
        Grid::new(
            &format!("{}-trend", f.key),
            t("results-trend"),
            vec![t("col-year"), t("col-staff"), t("col-involved-people")],
            trend(&rows),
        )
        .words()
        .html(),
    );
    let other_years: Vec<(String, String)> = rows
        .iter()
        .map(|r| r.year)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter(|y| *y != year)
        .map(|y| {
            (
                format!("/assessment/{}/results?year={y}", f.key),
                y.to_string(),
            )
        })
        .collect();
    if !other_years.is_empty() {
        sections = sections
            .block(paragraph(&t("results-other-years")))
            .links(&other_years);
    }
    sections
        .links(&[("/assessment/actions".into(), t("actions-title"))])
        .respond()
}
