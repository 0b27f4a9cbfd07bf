//! The built-in population profiles: ONS Census 2021 for England and Wales, England, Wales
//! and seven council areas (`data/census2021.csv`, from `shared/data`). Each category is a
//! set of groups with a weight: its percentage (gender identity is published as percentages only).

use std::sync::OnceLock;

/// The file as shipped, for other readers of it (the lottery's "match the population").
pub const CSV: &str = include_str!("../data/census2021.csv");

/// Where gender identity comes from when an area has no figures of its own.
pub const ENGLAND_AND_WALES: &str = "K04000001";

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub area_code: String,
    pub area_name: String,
    pub category: String,
    pub value: String,
    pub weight: f64,
}

fn lines() -> &'static [Line] {
    static LINES: OnceLock<Vec<Line>> = OnceLock::new();
    LINES.get_or_init(|| {
        csv::Reader::from_reader(CSV.as_bytes())
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| {
                let count = r.get(4).and_then(|c| c.parse::<f64>().ok());
                let percent = r.get(5).and_then(|p| p.parse::<f64>().ok());
                Some(Line {
                    area_code: r.get(0)?.to_owned(),
                    area_name: r.get(1)?.to_owned(),
                    category: r.get(2)?.to_owned(),
                    value: r.get(3)?.to_owned(),
                    weight: percent.or(count)?,
                })
            })
            .filter(|l| l.value != "Total")
            .collect()
    })
}

/// The areas with a built-in profile, as (code, name), in the file's order.
pub fn areas() -> Vec<(&'static str, &'static str)> {
    let mut areas: Vec<(&str, &str)> = Vec::new();
    for l in lines() {
        if !areas.iter().any(|(code, _)| *code == l.area_code) {
            areas.push((&l.area_code, &l.area_name));
        }
    }
    areas
}

pub fn area_name(code: &str) -> Option<&'static str> {
    lines()
        .iter()
        .find(|l| l.area_code == code)
        .map(|l| l.area_name.as_str())
}

/// The weight of each census group of `category` in the area, falling back to England and
/// Wales for a category the area lacks (gender identity is published nationally only).
pub fn profile(code: &str, category: &str) -> Vec<(&'static str, f64)> {
    let of = |code: &str| -> Vec<(&'static str, f64)> {
        lines()
            .iter()
            .filter(|l| l.area_code == code && l.category == category)
            .map(|l| (l.value.as_str(), l.weight))
            .collect()
    };
    let own = of(code);
    if own.is_empty() {
        of(ENGLAND_AND_WALES)
    } else {
        own
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_areas_ship_and_each_has_the_census_categories() {
        let areas = areas();
        assert_eq!(areas.len(), 10);
        assert_eq!(area_name("E08000037"), Some("Gateshead"));
        for (code, _) in areas {
            for category in ["age", "sex", "ethnic_group", "disability", "religion"] {
                assert!(!profile(code, category).is_empty(), "{code} {category}");
            }
        }
    }

    #[test]
    fn figures_are_the_census_ones() {
        let sex = profile("E92000001", "sex");
        assert_eq!(sex, [("Female", 51.04), ("Male", 48.96)]);
        // Gateshead has no gender identity figures of its own: England and Wales stand in.
        let identity = profile("E08000037", "gender_identity");
        assert!(
            identity
                .iter()
                .any(|(v, w)| v.starts_with("Different") && *w > 0.0)
        );
    }
}
