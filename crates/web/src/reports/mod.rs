//! Reports: who is involved against the population served, where participation happens,
//! dashboards, the board's annual report (web page, PDF, spreadsheet) and the open data an
//! organisation can publish. Every count of people goes through `withus_reports::suppress`.

pub mod annual;
pub mod annual_routes;
pub mod assessment;
pub mod dashboard;
pub mod demo;
pub mod document;
pub mod figures;
pub mod open_data;
pub mod participation;
pub mod presence;
pub mod queries;
pub mod report;
pub mod settings;

pub use assessment::frameworks::{FRAMEWORKS, RATINGS, statement_key};
pub use assessment::rating::this_year as assessment_year;

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;

use crate::kit::components::render;
use crate::kit::counts::shown;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::TypedDate;

use crate::kit::dates::london_day;

/// Whole UK days, `from` to `to` inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    London
        .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map_or_else(
            || day.and_time(chrono::NaiveTime::MIN).and_utc(),
            |d| d.with_timezone(&Utc),
        )
}

impl Period {
    /// The year to the end of `today`.
    pub fn year_to(today: NaiveDate) -> Self {
        let from = today
            .checked_sub_months(Months::new(12))
            .and_then(|d| d.succ_opt())
            .unwrap_or(today);
        Period { from, to: today }
    }

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

    pub fn starts(&self) -> DateTime<Utc> {
        midnight(self.from)
    }

    pub fn ends(&self) -> DateTime<Utc> {
        midnight(self.to.succ_opt().unwrap_or(self.to))
    }

    /// The year whose self-assessment the report shows: the year the period ends in.
    pub fn year(&self) -> i32 {
        self.to.year()
    }

    pub fn query(&self) -> String {
        format!(
            "from-day={}&from-month={}&from-year={}&to-day={}&to-month={}&to-year={}",
            self.from.day(),
            self.from.month(),
            self.from.year(),
            self.to.day(),
            self.to.month(),
            self.to.year()
        )
    }

    pub fn label(&self) -> String {
        t_args(
            "period-label",
            &[
                ("from", &crate::kit::dates::day(self.from)),
                ("to", &crate::kit::dates::day(self.to)),
            ],
        )
    }
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

pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A GET form of filters with a button.
pub fn filter_form(action: &str, fields: &[String], button: &str) -> String {
    crate::kit::form_parts::get_form(
        action,
        &fields.concat(),
        &render(&crate::kit::components::Button::submit(button.to_owned()).secondary()),
    )
}

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{COORDINATE, REPORTS, route};
    use crate::kit::access::Access::Public;
    let mut rows = vec![
        route("GET", "/reports", REPORTS, get(dashboard::page)),
        route("GET", "/reports/annual", REPORTS, get(annual_routes::page)),
        route("GET", "/reports/annual.pdf", REPORTS, get(annual_routes::pdf)),
        route("GET", "/reports/annual.xlsx", REPORTS, get(annual_routes::xlsx)),
        route("GET", "/reports/presence", REPORTS, get(presence::page)),
        route("GET", "/reports/participation", REPORTS, get(participation::page)),
        route("GET", "/reports/open-data", REPORTS, get(open_data::preview)),
        route("GET", "/reports/settings", COORDINATE, get(settings::show)),
        route("POST", "/reports/settings", COORDINATE, post(settings::save)),
        route("GET", "/open/{slug}", Public, get(open_data::public)),
        route("GET", "/open/{slug}/you-said-we-did.csv", Public, get(open_data::csv)),
    ];
    rows.extend(assessment::route_rows());
    rows
}
