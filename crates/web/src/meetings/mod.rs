//! Meetings (capability E): when and where, who is expected, the rule checks they are held
//! to, the agenda people can add to, papers in the formats people asked for, invitations with
//! calendar files, and afterwards attendance, notes and hours.

pub mod agenda;
pub mod checks;
pub mod forms;
pub mod ics;
pub mod member;
pub mod papers;
pub mod people;
pub mod queries;
pub mod routes;
pub mod send;
pub mod venues;
pub mod views;

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Europe::London;

use crate::error::{AppError, AppResult};
use crate::people::routes::parse_id;
use crate::tenancy::Tenant;

/// Agenda items by title, in order, for the demo and for tests.
pub async fn agenda_rows(
    scope: &withus_db::OrgScope,
    meeting_id: uuid::Uuid,
    titles: &[&str],
    status: &str,
) -> Result<(), withus_db::sea_orm::DbErr> {
    let start = queries::agenda(scope, meeting_id).await?.len();
    for (i, title) in titles.iter().enumerate() {
        agenda::insert_row(
            scope,
            meeting_id,
            title,
            "",
            None,
            "Sam Okafor",
            status,
            (start + i) as i32,
        )
        .await?;
    }
    Ok(())
}

/// The meeting, or "page not found" for a bad or another organisation's id.
pub async fn load(tenant: &Tenant, id: &str) -> AppResult<queries::Loaded> {
    queries::load(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

/// "Tuesday 2 June 2026, 2pm to 4pm", in UK time, as GOV.UK writes times.
pub fn when(starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    let s = starts.with_timezone(&London);
    let e = ends.with_timezone(&London);
    format!(
        "{}, {} to {}",
        s.format("%A %-d %B %Y"),
        clock(s.hour(), s.minute()),
        clock(e.hour(), e.minute())
    )
}

/// "9am", "5:30pm", "midday", "midnight".
pub fn clock(hour: u32, minute: u32) -> String {
    match (hour, minute) {
        (0, 0) => "midnight".into(),
        (12, 0) => "midday".into(),
        _ => {
            let half = if hour < 12 { "am" } else { "pm" };
            let h = match hour % 12 {
                0 => 12,
                h => h,
            };
            if minute == 0 {
                format!("{h}{half}")
            } else {
                format!("{h}:{minute:02}{half}")
            }
        }
    }
}

/// "2 June 2026 at 9:15am", in UK time.
pub fn moment(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&London);
    format!(
        "{} at {}",
        local.format("%-d %B %Y"),
        clock(local.hour(), local.minute())
    )
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn times_read_as_gov_uk_writes_them() {
        let read: Vec<String> = [(0, 0), (9, 0), (12, 0), (12, 30), (17, 30), (23, 59)]
            .iter()
            .map(|&(h, m)| clock(h, m))
            .collect();
        assert_eq!(
            read,
            ["midnight", "9am", "midday", "12:30pm", "5:30pm", "11:59pm"]
        );
    }
}
