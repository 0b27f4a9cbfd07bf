//! When a course or check runs out, and when to warn. Pure, so the rules are tested alone.

use chrono::{Months, NaiveDate};

/// How long before something runs out the coordinator and the person are warned.
pub const WARN_DAYS: i64 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// It does not run out.
    Lasting,
    Valid,
    /// Runs out within `WARN_DAYS`: this many days left (0 is today).
    RunningOut(i64),
    Expired,
}

/// The date it runs out: `months` after it was done, or never when there is no limit.
pub fn expires_on(done: NaiveDate, months: Option<i32>) -> Option<NaiveDate> {
    let months = u32::try_from(months?).ok().filter(|m| *m > 0)?;
    done.checked_add_months(Months::new(months))
}

pub fn standing(expires: Option<NaiveDate>, today: NaiveDate) -> Standing {
    let Some(expires) = expires else {
        return Standing::Lasting;
    };
    let left = (expires - today).num_days();
    if left < 0 {
        Standing::Expired
    } else if left <= WARN_DAYS {
        Standing::RunningOut(left)
    } else {
        Standing::Valid
    }
}

/// Whether it still counts (for matching a role that needs it).
pub fn holds(expires: Option<NaiveDate>, today: NaiveDate) -> bool {
    standing(expires, today) != Standing::Expired
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn expiry_is_months_after_and_none_without_a_limit() {
        assert_eq!(
            expires_on(day(2026, 1, 31), Some(36)),
            Some(day(2029, 1, 31))
        );
        // The end of a short month stays inside it.
        assert_eq!(
            expires_on(day(2026, 1, 31), Some(1)),
            Some(day(2026, 2, 28))
        );
        assert_eq!(expires_on(day(2026, 1, 31), None), None);
        assert_eq!(expires_on(day(2026, 1, 31), Some(0)), None);
    }

    #[test]
    fn warned_within_sixty_days_and_expired_the_day_after() {
        let expires = Some(day(2026, 12, 31));
        assert_eq!(standing(expires, day(2026, 10, 1)), Standing::Valid);
        assert_eq!(
            standing(expires, day(2026, 11, 1)),
            Standing::RunningOut(60)
        );
        assert_eq!(
            standing(expires, day(2026, 12, 31)),
            Standing::RunningOut(0)
        );
        assert_eq!(standing(expires, day(2027, 1, 1)), Standing::Expired);
        assert_eq!(standing(None, day(2040, 1, 1)), Standing::Lasting);
        assert!(holds(expires, day(2026, 12, 31)));
        assert!(!holds(expires, day(2027, 1, 1)));
    }
}
