//! The whole UK days a report covers, and how they are written: in a query, as moments, in
//! words.

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;

use crate::kit::i18n::t_args;

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
