//! The forms of reports: the period a report's query asks for with the filters around it, and
//! the reporting settings, read and checked.

use std::collections::HashMap;

use chrono::NaiveDate;
use withus_reports::census;
use withus_reports::presence::CATEGORIES;

use crate::kit::components::render;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::TypedDate;
use crate::reports::Period;
use crate::reports::settings::{LOWEST_THRESHOLD, OWN};

impl Period {
    /// The period a report's query asks for. Nothing typed is the year to today; a date that
    /// does not exist, or an end before the start, is an error in the GOV.UK date input's
    /// words, never put right silently, and the report shows the year to today meanwhile.
    pub fn asked(query: &HashMap<String, String>, today: NaiveDate) -> Asked {
        let typed = |id: &str| {
            let get = |p: &str| query.get(&format!("{id}-{p}")).cloned().unwrap_or_default();
            TypedDate {
                day: get("day"),
                month: get("month"),
                year: get("year"),
            }
        };
        let (from_typed, to_typed) = (typed("from"), typed("to"));
        let default = Period::year_to(today);
        let mut errors = Errors::default();
        let mut read = |typed: &TypedDate, id: &str, key: &str, otherwise: NaiveDate| {
            let blank = [&typed.day, &typed.month, &typed.year]
                .iter()
                .all(|p| p.trim().is_empty());
            if blank {
                return otherwise;
            }
            if let Some(parts) = missing_parts(typed) {
                errors.add(id, t_args(&format!("{key}-missing"), &[("parts", &parts)]));
                return otherwise;
            }
            typed.date().unwrap_or_else(|| {
                errors.add(id, t(key));
                otherwise
            })
        };
        let from = read(&from_typed, "from", "period-error-from", default.from);
        let to = read(&to_typed, "to", "period-error-to", default.to);
        if errors.is_empty() && to < from {
            errors.add("to", t("period-error-order"));
        }
        let period = if errors.is_empty() {
            Period { from, to }
        } else {
            default
        };
        Asked {
            period,
            typed: [from_typed, to_typed],
            errors,
        }
    }
}

/// The parts of a half-typed date that are missing, as GOV.UK's date input words them: "a
/// month", "a day and year"; None when every part was typed.
fn missing_parts(typed: &TypedDate) -> Option<String> {
    let missing: Vec<&str> = [
        (&typed.day, "day"),
        (&typed.month, "month"),
        (&typed.year, "year"),
    ]
    .into_iter()
    .filter(|(value, _)| value.trim().is_empty())
    .map(|(_, name)| name)
    .collect();
    (!missing.is_empty()).then(|| format!("a {}", missing.join(" and ")))
}

/// A report's period as its query asked for it: the period shown, what was typed, and what
/// is wrong with it.
pub struct Asked {
    pub period: Period,
    typed: [TypedDate; 2],
    pub errors: Errors,
}

impl Asked {
    /// The two date inputs of a filter form (GET: nothing is changed by choosing), with what
    /// was typed while something needs fixing.
    pub fn fields(&self) -> Vec<String> {
        let [from, to] = if self.errors.is_empty() {
            [
                TypedDate::of(self.period.from),
                TypedDate::of(self.period.to),
            ]
        } else {
            self.typed.clone()
        };
        vec![
            from.field("from", t("period-from"), &self.errors),
            to.field("to", t("period-to"), &self.errors),
        ]
    }

    /// The filter form behind "Choose the dates", or open when something needs fixing: a
    /// closed details would hide the field the error summary links to.
    pub fn chooser(&self, form: String) -> String {
        self.behind(&t("period-choose"), form)
    }

    /// The filter form behind a details element saying `summary`, or open as `chooser` says.
    pub fn behind(&self, summary: &str, form: String) -> String {
        if self.errors.is_empty() {
            crate::kit::sections::details(summary, &form)
        } else {
            form
        }
    }
}

/// A GET form of filters with a button.
pub fn filter_form(action: &str, fields: &[String], button: &str) -> String {
    crate::kit::form_parts::get_form(
        action,
        &fields.concat(),
        &render(&crate::kit::components::Button::submit(button.to_owned()).secondary()),
    )
}

/// The field of one group's count in the organisation's own population.
pub fn field(category: &str, group: &str) -> String {
    let slug: String = group
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("own-{category}-{slug}")
}

/// The reporting settings as sent, once checked.
pub struct ReportingForm {
    pub threshold: Option<i32>,
    pub area: String,
    pub publish: bool,
    /// (category, group, count) for each group of the organisation's own population typed.
    pub own: Vec<(&'static str, &'static str, i64)>,
}

/// The reporting settings sent, and what is wrong with them.
pub fn reporting(data: &FormData) -> (ReportingForm, Errors) {
    let mut errors = Errors::default();
    let threshold = data.one("suppress_below").trim().parse::<i32>().ok();
    if !threshold.is_some_and(|n| (LOWEST_THRESHOLD..=100).contains(&n)) {
        errors.add("suppress_below", t("reporting-threshold-error"));
    }
    let area = data.one("area");
    if area != OWN && census::area_name(&area).is_none() {
        errors.add("area", t("reporting-area-error"));
    }
    let mut own = Vec::new();
    for category in CATEGORIES {
        for group in category.groups {
            let name = field(category.key, group);
            let typed = data.one(&name).replace(',', "");
            if typed.trim().is_empty() {
                continue;
            }
            match typed.trim().parse::<i64>() {
                Ok(n) if n >= 0 => own.push((category.key, *group, n)),
                _ => errors.add(&name, t("population-count-error")),
            }
        }
    }
    if area == OWN && own.is_empty() && errors.is_empty() {
        errors.add("area", t("population-own-empty"));
    }
    let form = ReportingForm {
        threshold,
        area,
        publish: !data.one("publish").is_empty(),
        own,
    };
    (form, errors)
}
