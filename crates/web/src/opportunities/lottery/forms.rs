//! The lottery's forms: a quota typed on the quotas page, matching an area's census, the seed
//! of a draw, and how a stored draw was reached. What was typed is kept when it fails.

use serde::Deserialize;

use super::categories::CATEGORIES;
use super::census::{self, AREAS, Area};
use super::problem::{category_label, value_label};
use crate::kit::components::{Choices, Fieldset, Input, Select, render};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};

/// What the person typed into the add form, kept when it fails.
#[derive(Default)]
pub struct Typed {
    pub quota: String,
    pub min: String,
    pub max: String,
}

fn whole(text: &str) -> Option<usize> {
    text.trim().parse().ok()
}

impl Typed {
    pub fn from_data(data: &FormData) -> Self {
        Typed {
            quota: data.one("quota"),
            min: data.one("min"),
            max: data.one("max"),
        }
    }

    /// The quota to set (category, value, min, max), or `None` with `errors` saying why:
    /// a value no category has, a range that is not two whole numbers in order, or more
    /// than the `free` places.
    pub fn checked(&self, free: usize, errors: &mut Errors) -> Option<(&str, &str, usize, usize)> {
        let chosen = self.quota.split_once(':').filter(|(c, v)| {
            CATEGORIES
                .iter()
                .any(|cat| cat.name == *c && cat.values.iter().any(|(x, _)| x == v))
        });
        if chosen.is_none() {
            errors.add("quota", t("quota-error-which"));
        }
        let (min, max) = (whole(&self.min), whole(&self.max));
        match (min, max) {
            (None, _) => errors.add("min", t("quota-error-number")),
            (_, None) => errors.add("max", t("quota-error-number")),
            (Some(min), Some(max)) if min > max => errors.add("max", t("quota-error-order")),
            (_, Some(max)) if max > free => errors.add(
                "max",
                t_args("quota-error-places", &[("places", &free.to_string())]),
            ),
            _ => {}
        }
        match (errors.is_empty(), chosen, min, max) {
            (true, Some((c, v)), Some(min), Some(max)) => Some((c, v, min, max)),
            _ => None,
        }
    }
}

/// "Match the population of <area>": the area's code and the equality categories chosen.
pub struct CensusForm {
    pub area: String,
    pub chosen: Vec<String>,
}

impl CensusForm {
    pub fn from_data(data: &FormData) -> Self {
        CensusForm {
            area: data.one("area"),
            chosen: data
                .all("census_category")
                .into_iter()
                .filter(|c| CATEGORIES.iter().any(|cat| cat.equality && cat.name == c))
                .collect(),
        }
    }

    /// The area to match, or `None` with `errors` saying why: no such area, no category
    /// chosen, or no places left to fill.
    pub fn checked(&self, free: usize, errors: &mut Errors) -> Option<&'static Area> {
        let area = census::area(&self.area);
        if area.is_none() {
            errors.add("area", t("quota-error-area"));
        }
        if self.chosen.is_empty() {
            errors.add("census_category", t("quota-error-census-which"));
        }
        if free == 0 {
            errors.add("area", t("quota-error-no-places"));
        }
        area.filter(|_| errors.is_empty())
    }
}

/// Both forms of the quotas page as they are shown again, with what was wrong.
pub struct Form<'a> {
    pub typed: Typed,
    pub area: String,
    pub chosen: Vec<String>,
    pub errors: &'a Errors,
}

pub fn add_fields(typed: &Typed, errors: &Errors) -> Vec<String> {
    let options: Vec<(String, String)> = std::iter::once((String::new(), t("quota-choose")))
        .chain(CATEGORIES.iter().flat_map(|cat| {
            cat.values.iter().map(move |(v, _)| {
                (
                    format!("{}:{v}", cat.name),
                    format!("{}: {}", category_label(cat.name), value_label(cat.name, v)),
                )
            })
        }))
        .collect();
    let pairs: Vec<(&str, &str)> = options
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    vec![
        render(
            &Select::new("quota", t("quota-which"), &pairs, &typed.quota)
                .error(errors.get("quota")),
        ),
        render(
            &Input::new("min", t("quota-min"))
                .value(&typed.min)
                .classes("govuk-input--width-3")
                .error(errors.get("min")),
        ),
        render(
            &Input::new("max", t("quota-max"))
                .value(&typed.max)
                .classes("govuk-input--width-3")
                .error(errors.get("max")),
        ),
    ]
}

pub fn census_fields(area: &str, chosen: &[String], errors: &Errors) -> Vec<String> {
    // An empty first option is invalid HTML (and read as nothing); it says what to do.
    let choose = t("quota-area-choose");
    let areas: Vec<(&str, &str)> = std::iter::once(("", choose.as_str()))
        .chain(AREAS.iter().map(|a| (a.code.as_str(), a.name.as_str())))
        .collect();
    let labels: Vec<(String, String)> = CATEGORIES
        .iter()
        .filter(|c| c.equality)
        .map(|c| (c.name.to_owned(), category_label(c.name)))
        .collect();
    let pairs: Vec<(&str, &str)> = labels
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
    vec![
        render(&Select::new("area", t("quota-area"), &areas, area).error(errors.get("area"))),
        render(
            &Choices::checkboxes(
                "census_category",
                Fieldset::legend(t("quota-census-which"), "govuk-fieldset__legend--s", false),
                &pairs,
                &chosen,
            )
            .hint(t("quota-census-hint"))
            .error(errors.get("census_category")),
        ),
    ]
}

/// The seed a draw is asked for with, trimmed; `errors` says when there is none.
pub fn seed(data: &FormData, errors: &mut Errors) -> String {
    let seed = data.one("seed").trim().to_owned();
    if seed.is_empty() {
        errors.add("seed", t("lottery-error-seed"));
    }
    seed
}

/// How a stored draw's page was reached: `checked=same` or `checked=different` after a
/// check of it.
#[derive(Deserialize, Default)]
pub struct ResultQuery {
    #[serde(default)]
    pub checked: String,
}
