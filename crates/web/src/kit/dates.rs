//! Dates and times as people type them, in one place: every date box in Withus is read here, so
//! none accepts a year nobody means, and every UK time is checked against the clock changes.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;

/// The years a date in Withus can fall in: births, meetings, breaks and deadlines all fit.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 2200;

/// A date typed into day, month and year boxes; `None` when it is not a real date, or its year is
/// not written in four figures between [`EARLIEST_YEAR`] and [`LATEST_YEAR`].
pub fn typed(day: &str, month: &str, year: &str) -> Option<NaiveDate> {
    let number = |text: &str, most: usize| -> Option<u32> {
        let text = text.trim();
        let digits =
            !text.is_empty() && text.len() <= most && text.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| text.parse().ok()).flatten()
    };
    let year = i32::try_from(number(year, 4)?).ok()?;
    if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, number(month, 2)?, number(day, 2)?)
}

/// A UK wall-clock time that does not exist: the hour the clocks skip in spring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkippedHour;

/// A UK wall-clock time (minutes after midnight) as UTC. In the autumn hour that happens twice,
/// the first (summer time) reading; in the spring hour that never happens, [`SkippedHour`].
pub fn uk_time(date: NaiveDate, minutes: i32) -> Result<DateTime<Utc>, SkippedHour> {
    let naive = date
        .and_hms_opt((minutes / 60) as u32, (minutes % 60) as u32, 0)
        .ok_or(SkippedHour)?;
    London
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(SkippedHour)
}

/// Today in the UK, where the promised days to pay are counted.
pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&London).date_naive()
}

/// "3 March 2026".
pub fn day(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// Times are stored in UTC and shown in UK time.
pub fn london(at: chrono::DateTime<Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::London)
        .format("%-d %b %Y, %H:%M")
        .to_string()
}

/// The UK day of a moment.
pub fn london_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&London).date_naive()
}

/// Reads "9:30", "09:30" or "0930" as minutes after midnight.
pub fn parse_time(text: &str) -> Option<i32> {
    let digits: String = text.trim().replace(['.', ':'], "");
    if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes) = if digits.len() <= 2 {
        (digits.parse::<i32>().ok()?, 0)
    } else {
        let split = digits.len() - 2;
        (
            digits[..split].parse::<i32>().ok()?,
            digits[split..].parse::<i32>().ok()?,
        )
    };
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

pub fn show_time(minutes: i32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The session's weekday (1 is Monday) and minutes from midnight, in UK time.
pub fn uk_session(starts: DateTime<Utc>, ends: DateTime<Utc>) -> (u8, u32, u32) {
    use chrono::{Datelike, Timelike};
    let s = starts.with_timezone(&London);
    let e = ends.with_timezone(&London);
    let minutes = |t: &chrono::DateTime<chrono_tz::Tz>| t.hour() * 60 + t.minute();
    let end = if e.date_naive() == s.date_naive() {
        minutes(&e)
    } else {
        24 * 60
    };
    (s.weekday().number_from_monday() as u8, minutes(&s), end)
}

/// A day this many days before today, in the UK.
pub fn days_ago(days: i64) -> NaiveDate {
    today() - chrono::Duration::days(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_dates_in_years_people_mean() {
        assert_eq!(typed("6", "7", "2027"), NaiveDate::from_ymd_opt(2027, 7, 6));
        assert_eq!(
            typed(" 06 ", "07", "2027"),
            NaiveDate::from_ymd_opt(2027, 7, 6)
        );
        for (d, m, y) in [
            ("31", "2", "2027"),
            ("0", "1", "2027"),
            ("1", "13", "2027"),
            ("1", "1", "-2027"),
            ("1", "1", "1"),
            ("1", "1", "0"),
            ("1", "1", "99999"),
            ("1", "1", "27"),
            ("1", "1", "+2027"),
            ("-1", "1", "2027"),
            ("1", "1", "1899"),
            ("1", "1", "2201"),
            ("", "", ""),
            ("1e1", "1", "2027"),
        ] {
            assert_eq!(typed(d, m, y), None, "{d}/{m}/{y}");
        }
        assert!(typed("29", "2", "2028").is_some());
    }

    #[test]
    fn the_clock_changes_are_handled() {
        let spring = NaiveDate::from_ymd_opt(2027, 3, 28).unwrap();
        assert_eq!(uk_time(spring, 90), Err(SkippedHour), "01:30 never happens");
        assert_eq!(uk_time(spring, 60), Err(SkippedHour), "01:00 is 02:00 BST");
        let before = uk_time(spring, 59).unwrap();
        assert_eq!(before.to_rfc3339(), "2027-03-28T00:59:00+00:00");
        let after = uk_time(spring, 120).unwrap();
        assert_eq!(after.to_rfc3339(), "2027-03-28T01:00:00+00:00");
        let autumn = NaiveDate::from_ymd_opt(2027, 10, 31).unwrap();
        let twice = uk_time(autumn, 90).unwrap();
        assert_eq!(
            twice.to_rfc3339(),
            "2027-10-31T00:30:00+00:00",
            "the summer-time reading"
        );
    }

    #[test]
    fn times_are_read_the_ways_people_type_them() {
        assert_eq!(parse_time("9:30"), Some(570));
        assert_eq!(parse_time("09:30"), Some(570));
        assert_eq!(parse_time("1445"), Some(885));
        assert_eq!(parse_time("14.45"), Some(885));
        assert_eq!(parse_time("10"), Some(600));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("12:60"), None);
        assert_eq!(parse_time("noon"), None);
        assert_eq!(show_time(885), "14:45");
    }
}
