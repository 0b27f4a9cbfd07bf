//! A framework's ratings summed up: the mean of each statement for staff and for involved
//! people, the gap between them, the figures of the year they were given, and the trend year
//! on year.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, Utc};
use withus_db::OrgScope;
use withus_db::entities::assessment_rating;

use super::frameworks::score;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::reports::Period;
use crate::reports::annual::Annual;

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

pub fn gap(staff: Option<&(f64, usize)>, involved: Option<&(f64, usize)>) -> String {
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
