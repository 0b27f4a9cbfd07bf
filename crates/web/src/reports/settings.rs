//! How an organisation's reports are made: the threshold under which counts of people are
//! hidden, the population it serves (a built-in Census 2021 area or its own profile), and
//! whether its aggregate "you said, we did" is published.

use std::collections::HashMap;

use withus_db::OrgScope;
use withus_reports::census;
use withus_reports::presence::CATEGORIES;

use crate::kit::error::AppResult;
use crate::kit::i18n::t;
use crate::reports::queries;

/// The least an organisation may choose: below 3, "fewer than" says too much.
pub const LOWEST_THRESHOLD: i32 = 3;
pub const OWN: &str = "own";

#[derive(Clone, Debug)]
pub struct Reporting {
    pub suppress_below: i32,
    pub area: String,
    pub publish: bool,
}

impl Reporting {
    pub fn threshold(&self) -> u64 {
        u64::try_from(self.suppress_below.max(LOWEST_THRESHOLD)).unwrap_or(5)
    }

    pub fn area_name(&self) -> String {
        if self.area == OWN {
            t("population-own")
        } else {
            census::area_name(&self.area)
                .unwrap_or("England")
                .to_owned()
        }
    }
}

pub async fn load(scope: &OrgScope) -> AppResult<Reporting> {
    let org = queries::organisation(scope).await?;
    Ok(org.map_or(
        Reporting {
            suppress_below: 5,
            area: "E92000001".into(),
            publish: false,
        },
        |o| Reporting {
            suppress_below: o.suppress_below,
            area: o.population_area,
            publish: o.publish_open_data,
        },
    ))
}

/// Census group weights by category, from the built-in area or the organisation's profile.
pub async fn population(
    scope: &OrgScope,
    reporting: &Reporting,
) -> AppResult<HashMap<String, Vec<(String, f64)>>> {
    let mut out: HashMap<String, Vec<(String, f64)>> = HashMap::new();
    if reporting.area == OWN {
        for row in queries::population_counts(scope).await? {
            out.entry(row.category)
                .or_default()
                .push((row.value, row.count as f64));
        }
    } else {
        for category in CATEGORIES {
            out.insert(
                category.key.to_owned(),
                census::profile(&reporting.area, category.key)
                    .into_iter()
                    .map(|(v, w)| (v.to_owned(), w))
                    .collect(),
            );
        }
    }
    Ok(out)
}
