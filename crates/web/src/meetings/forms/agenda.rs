//! Sharing the agenda: the date proposals close, as typed, and when that is once checked.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;
use withus_db::entities::meeting;

use crate::kit::dates::uk_time;
use crate::kit::forms::FormData;

/// The closing date as typed (day, month, year), kept to show again.
pub fn closes_typed(data: &FormData) -> [String; 3] {
    [
        data.one("closes-day"),
        data.one("closes-month"),
        data.one("closes-year"),
    ]
}

/// When proposals close: the end of the closing day, but no later than the meeting's start.
/// Otherwise the key of the words that say what is wrong with the date.
pub fn closes(data: &FormData, m: &meeting::Model) -> Result<DateTime<Utc>, &'static str> {
    let date = crate::kit::dates::typed(
        &data.one("closes-day"),
        &data.one("closes-month"),
        &data.one("closes-year"),
    );
    let meeting_day = m.starts_at.with_timezone(&London).date_naive();
    let refused = match date {
        None => Some("agenda-error-closes"),
        Some(d) if d < crate::kit::dates::today() => Some("agenda-error-closes-past"),
        Some(d) if d > meeting_day => Some("agenda-error-closes-late"),
        Some(_) => None,
    };
    let closes = date
        .filter(|_| refused.is_none())
        .and_then(|d| uk_time(d, 23 * 60 + 59).ok())
        .map(|c| c.min(m.starts_at))
        .filter(|c| *c > Utc::now());
    // A date that passed every test but still closes before now: the meeting began today.
    closes.ok_or(refused.unwrap_or("agenda-error-closes-past"))
}
