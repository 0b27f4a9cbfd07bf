//! Who is owed feedback, by when, and whether it is late. Pure: the queries gather the facts.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;

/// What the feedback is about: a whole opportunity, or one of its meetings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum About {
    Opportunity(Uuid),
    Meeting(Uuid),
}

/// Feedback owed to one person about one activity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owed {
    pub person_id: Uuid,
    pub opportunity_id: Uuid,
    pub about: About,
    pub due: NaiveDate,
    pub sent_at: Option<DateTime<Utc>>,
}

impl Owed {
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.sent_at.is_none() && today > self.due
    }

    /// Sent after the promised day.
    pub fn sent_late(&self) -> bool {
        self.sent_at
            .is_some_and(|s| s.with_timezone(&London).date_naive() > self.due)
    }
}

/// Feedback still owed about one activity: how many people wait for it, and by when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub opportunity_id: Uuid,
    pub about: About,
    pub people: usize,
    pub due: NaiveDate,
}

/// Unsent feedback gathered by activity, the earliest promise first.
pub fn waiting(owed: &[Owed]) -> Vec<Waiting> {
    let mut out: Vec<Waiting> = Vec::new();
    let mut index: std::collections::HashMap<About, usize> = std::collections::HashMap::new();
    for w in owed.iter().filter(|w| w.sent_at.is_none()) {
        match index.get(&w.about) {
            Some(&i) => out[i].people += 1,
            None => {
                index.insert(w.about, out.len());
                out.push(Waiting {
                    opportunity_id: w.opportunity_id,
                    about: w.about,
                    people: 1,
                    due: w.due,
                });
            }
        }
    }
    out.sort_by_key(|w| w.due);
    out
}

/// The promised day: `days` after the activity ended, by the UK calendar.
pub fn due(ended: DateTime<Utc>, days: i32) -> NaiveDate {
    ended.with_timezone(&London).date_naive() + Duration::days(i64::from(days.max(0)))
}

/// Activities that ended before this instant are late on `today`: their due day is before it.
/// That is, the start of the UK day `days` before today.
pub fn late_before(today: NaiveDate, days: i32) -> DateTime<Utc> {
    let day = (today - Duration::days(i64::from(days.max(0)))).and_time(chrono::NaiveTime::MIN);
    // Clocks change at 1 am or 2 am, so midnight always exists in London.
    day.and_local_timezone(London)
        .earliest()
        .map_or_else(|| day.and_utc(), |t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn late_before_agrees_with_the_due_day_through_the_year() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let start = Utc.with_ymd_and_hms(2025, 9, 1, 0, 0, 0).unwrap();
        for days in [0, 1, 28, 60] {
            let line = late_before(today, days);
            // Every quarter hour over more than a year, both clock changes included.
            for q in 0..(450 * 96) {
                let ended = start + Duration::minutes(15 * q);
                assert_eq!(today > due(ended, days), ended < line, "{ended} {days}");
            }
        }
    }

    #[test]
    fn due_counts_from_the_uk_day_the_activity_ended() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
        let ended = Utc.with_ymd_and_hms(2026, 6, 30, 23, 30, 0).unwrap();
        assert_eq!(
            due(ended, 28),
            NaiveDate::from_ymd_opt(2026, 7, 29).unwrap()
        );
        assert_eq!(due(ended, 0), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
    }

    #[test]
    fn waiting_is_gathered_by_activity_and_leaves_out_what_was_sent() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 7, d).unwrap();
        let (meeting, whole) = (
            About::Meeting(Uuid::from_u128(1)),
            About::Opportunity(Uuid::nil()),
        );
        let owed = |person: u128, about, due, sent: bool| Owed {
            person_id: Uuid::from_u128(person),
            opportunity_id: Uuid::nil(),
            about,
            due,
            sent_at: sent.then(Utc::now),
        };
        let all = [
            owed(1, whole, day(20), false),
            owed(1, meeting, day(5), false),
            owed(2, meeting, day(5), false),
            owed(3, meeting, day(5), true),
        ];
        let rows = waiting(&all);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].about, rows[0].people), (meeting, 2));
        assert_eq!((rows[1].about, rows[1].people), (whole, 1));
    }

    #[test]
    fn overdue_only_when_unsent_after_the_promised_day() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 7, d).unwrap();
        let mut owed = Owed {
            person_id: Uuid::nil(),
            opportunity_id: Uuid::nil(),
            about: About::Opportunity(Uuid::nil()),
            due: day(10),
            sent_at: None,
        };
        assert!(!owed.overdue(day(10)));
        assert!(owed.overdue(day(11)));
        owed.sent_at = Some(Utc.with_ymd_and_hms(2026, 7, 12, 9, 0, 0).unwrap());
        assert!(!owed.overdue(day(20)));
        assert!(owed.sent_late());
    }
}
