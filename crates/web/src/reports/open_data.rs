//! "You said, we did" as open data an organisation can publish on its website: counts of
//! what people said and what changed, by year, impact area and level. Aggregates of
//! contributions only: no names, no words, nothing about any one person.

use std::collections::BTreeMap;

use chrono::Datelike;
use withus_db::OrgScope;

use super::queries;
use crate::kit::error::AppResult;
use crate::kit::i18n::t;

/// Rows of (year, impact area or "all", said, changed, not changed, still open).
pub async fn rows(scope: &OrgScope) -> AppResult<Vec<[String; 6]>> {
    let all = queries::all_contributions(scope).await?;
    let mut by: BTreeMap<(i32, usize), [usize; 4]> = BTreeMap::new();
    let areas = crate::impact::AREAS;
    for c in &all {
        let year = c.said_on.year();
        let status = match c.status.as_str() {
            "changed" => 1,
            "not_changed" => 2,
            _ => 3,
        };
        let mut add = |area: usize| {
            let entry = by.entry((year, area)).or_default();
            entry[0] += 1;
            entry[status] += 1;
        };
        add(0);
        for (i, (area, _)) in areas.iter().enumerate() {
            if c.areas.split(',').any(|a| a == *area) {
                add(i + 1);
            }
        }
    }
    Ok(by
        .into_iter()
        .map(|((year, area), n)| {
            [
                year.to_string(),
                if area == 0 {
                    t("open-all-areas")
                } else {
                    t(areas[area - 1].1)
                },
                n[0].to_string(),
                n[1].to_string(),
                n[2].to_string(),
                n[3].to_string(),
            ]
        })
        .collect())
}
