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

use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;

use crate::error::{AppError, AppResult};
use crate::people::routes::parse_id;
use crate::tenancy::Tenant;

/// The meeting, or "page not found" for a bad or another organisation's id.
pub async fn load(tenant: &Tenant, id: &str) -> AppResult<queries::Loaded> {
    queries::load(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

/// "Tuesday 2 June 2026, 14:00 to 16:00", in UK time.
pub fn when(starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    let s = starts.with_timezone(&London);
    let e = ends.with_timezone(&London);
    format!(
        "{}, {} to {}",
        s.format("%A %-d %B %Y"),
        s.format("%H:%M"),
        e.format("%H:%M")
    )
}

/// "2 June 2026 at 09:15", in UK time.
pub fn moment(at: DateTime<Utc>) -> String {
    at.with_timezone(&London)
        .format("%-d %B %Y at %H:%M")
        .to_string()
}
