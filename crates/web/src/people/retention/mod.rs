//! Retention (issue 23): an organisation can choose to erase the details of people who left,
//! or have not taken part, for a number of years. Each person is told first, the way they chose
//! to hear from us, and erased only once the notice period has passed; a coordinator can keep
//! anyone, saying why. `due` decides who, `worker` tells and erases (the background worker runs
//! it), `queries` reads the setting and records notices and keeps, and `routes` with `lists` is
//! the coordinators' page.

use std::ops::RangeInclusive;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::London;

pub mod due;
pub mod lists;
pub mod queries;
pub mod routes;
pub mod worker;

/// The years a coordinator may choose.
pub const YEARS: RangeInclusive<i32> = 1..=10;
/// Days of notice: long enough to answer a letter, short enough that the notice still means
/// something when the day comes.
pub const NOTICE_DAYS: RangeInclusive<i32> = 14..=365;
pub const DEFAULT_NOTICE_DAYS: i32 = 30;
/// The longest reason for keeping someone, in characters.
pub const REASON_MAX: usize = 500;
/// How a notice goes: by email through the outbox, or by a letter staff post.
pub const EMAIL: &str = "email";
pub const LETTER: &str = "letter";

/// The organisation's choice while retention is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    pub years: i32,
    pub notice_days: i32,
}

impl Setting {
    pub fn notice(&self) -> Duration {
        Duration::days(i64::from(self.notice_days))
    }
}

/// "3 March 2026": the day in the UK.
pub fn day(at: DateTime<Utc>) -> String {
    at.with_timezone(&London).format("%-d %B %Y").to_string()
}
