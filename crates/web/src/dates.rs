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
}
