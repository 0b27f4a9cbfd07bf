//! "Match the population of <area>": each value's share in the Census 2021 profile of an
//! area (withus-reports' data/census2021.csv, ONS, Open Government Licence), turned into a
//! range of seats.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use withus_reports::census::CSV;

pub struct Area {
    pub code: String,
    pub name: String,
    /// (census category, census value) → count
    counts: BTreeMap<(String, String), u64>,
}

pub static AREAS: LazyLock<Vec<Area>> = LazyLock::new(|| parse(CSV));

fn parse(text: &str) -> Vec<Area> {
    let mut areas: Vec<Area> = Vec::new();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    for record in reader.records().flatten() {
        let field = |i: usize| record.get(i).unwrap_or("").to_string();
        let Ok(count) = field(4).parse::<u64>() else {
            continue;
        };
        let code = field(0);
        let at = match areas.iter().position(|a| a.code == code) {
            Some(at) => at,
            None => {
                areas.push(Area {
                    code,
                    name: field(1),
                    counts: BTreeMap::new(),
                });
                areas.len() - 1
            }
        };
        areas[at].counts.insert((field(2), field(3)), count);
    }
    areas
}

pub fn area(code: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.code == code)
}

/// (our value, the census row that counts it)
type Rows = &'static [(&'static str, &'static str)];

/// The census category and rows behind each quota category.
fn census_rows(category: &str) -> Option<(&'static str, Rows)> {
    Some(match category {
        "age_band" => (
            "age",
            &[
                ("16_24", "16-24"),
                ("25_44", "25-44"),
                ("45_64", "45-64"),
                ("65_74", "65-74"),
                ("75_84", "75-84"),
                ("85_plus", "85+"),
            ],
        ),
        "sex" => ("sex", &[("female", "Female"), ("male", "Male")]),
        "ethnic_group" => (
            "ethnic_group",
            &[
                ("asian", "Asian, Asian British or Asian Welsh"),
                (
                    "black",
                    "Black, Black British, Black Welsh, Caribbean or African",
                ),
                ("mixed", "Mixed or Multiple ethnic groups"),
                ("white", "White"),
                ("other", "Other ethnic group"),
            ],
        ),
        "disability" => (
            "disability",
            &[
                ("disabled", "Disabled under the Equality Act"),
                ("not_disabled", "Not disabled under the Equality Act"),
            ],
        ),
        "unpaid_care" => (
            "unpaid_care",
            &[
                ("no", "Provides no unpaid care"),
                ("yes", "Provides any unpaid care"),
            ],
        ),
        _ => return None,
    })
}

impl Area {
    /// Each value's share of the area's people, among those the census counted in our
    /// values (so adults only for age).
    pub fn shares(&self, category: &str) -> Vec<(&'static str, f64)> {
        let Some((census, rows)) = census_rows(category) else {
            return Vec::new();
        };
        let counts: Vec<(&'static str, u64)> = rows
            .iter()
            .map(|(value, name)| {
                let key = (census.to_string(), name.to_string());
                (*value, self.counts.get(&key).copied().unwrap_or(0))
            })
            .collect();
        let total: u64 = counts.iter().map(|(_, n)| n).sum();
        if total == 0 {
            return Vec::new();
        }
        counts
            .into_iter()
            .map(|(v, n)| (v, n as f64 / total as f64))
            .collect()
    }
}

/// A proportional range of seats for a share: the whole seats below and above it.
pub fn seats(share: f64, size: usize) -> (usize, usize) {
    let ideal = share * size as f64;
    (ideal.floor() as usize, (ideal.ceil() as usize).min(size))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateshead_is_mostly_white_and_half_women() {
        let gateshead = area("E08000037").expect("Gateshead is built in");
        let ethnic = gateshead.shares("ethnic_group");
        let white = ethnic.iter().find(|(v, _)| *v == "white").unwrap().1;
        assert!((white - 0.9355).abs() < 0.001, "{white}");
        let total: f64 = gateshead.shares("age_band").iter().map(|(_, s)| s).sum();
        assert!((total - 1.0).abs() < 1e-9);
        let sex = gateshead.shares("sex");
        assert!((sex[0].1 - 0.5096).abs() < 0.001);
    }

    #[test]
    fn every_area_has_every_category() {
        assert_eq!(AREAS.len(), 10);
        for area in AREAS.iter() {
            for category in [
                "age_band",
                "sex",
                "ethnic_group",
                "disability",
                "unpaid_care",
            ] {
                assert!(
                    !area.shares(category).is_empty(),
                    "{} {category}",
                    area.name
                );
            }
        }
    }

    #[test]
    fn seats_round_down_and_up() {
        assert_eq!(seats(0.5096, 12), (6, 7));
        assert_eq!(seats(0.0113, 12), (0, 1));
        assert_eq!(seats(0.25, 12), (3, 3));
    }
}
