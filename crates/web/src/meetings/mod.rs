//! Meetings (capability E): when and where, who is expected, the rule checks they are held
//! to, the agenda people can add to, papers in the formats people asked for, invitations with
//! calendar files, and afterwards attendance, notes and hours.

pub mod checks;
pub mod demo;
pub mod forms;
pub mod ics;
pub mod paper_page;
pub mod paper_words;
pub mod queries;
pub mod routes;
pub mod send;
pub mod views;

pub use forms::ACTIVITIES;
pub use queries::{
    Coming, NewPaper, attendees, by_ids, coming_for, days_ahead, for_opportunity, insert_attendee,
    insert_paper, set,
};
pub use send::{REMIND_BEFORE_HOURS, reminders};
pub use views::people::KINDS as ATTENDEE_KINDS;

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Europe::London;

use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::tenancy::Tenant;

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

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use axum::extract::DefaultBodyLimit;
    use crate::kit::access::{COORDINATE, OWN, PEOPLE, route};
    vec![
        route("GET", "/opportunities/{opportunity_id}/meetings/new", PEOPLE, get(routes::new)),
        route("POST", "/opportunities/{opportunity_id}/meetings", PEOPLE, post(routes::create)),
        route("GET", "/meetings", PEOPLE, get(routes::index)),
        route("POST", "/meetings/settings", COORDINATE, post(routes::set_days)),
        route("GET", "/meetings/{meeting_id}", PEOPLE, get(routes::show)),
        route("POST", "/meetings/{meeting_id}", PEOPLE, post(routes::update)),
        route("GET", "/meetings/{meeting_id}/edit", PEOPLE, get(routes::edit)),
        route("POST", "/meetings/{meeting_id}/acknowledge", PEOPLE, post(routes::actions::acknowledge)),
        route("GET", "/meetings/{meeting_id}/invite", PEOPLE, get(routes::actions::preview)),
        route("POST", "/meetings/{meeting_id}/invite", PEOPLE, post(routes::actions::invite)),
        route("POST", "/meetings/{meeting_id}/cancel", PEOPLE, post(routes::actions::cancel)),
        route("GET", "/meetings/{meeting_id}/people", PEOPLE, get(routes::people::find)),
        route("POST", "/meetings/{meeting_id}/attendees", PEOPLE, post(routes::people::add)),
        route("POST", "/meetings/{meeting_id}/attendees/{attendee_id}/remove", PEOPLE, post(routes::people::remove)),
        route("GET", "/meetings/{meeting_id}/record", PEOPLE, get(routes::people::record_form)),
        route("POST", "/meetings/{meeting_id}/record", PEOPLE, post(routes::people::record)),
        route("POST", "/meetings/{meeting_id}/agenda", PEOPLE, post(routes::agenda::add)),
        route("POST", "/meetings/{meeting_id}/agenda/share", PEOPLE, post(routes::agenda::share)),
        route("POST", "/meetings/{meeting_id}/agenda/{item_id}", PEOPLE, post(routes::agenda::decide)),
        route("POST", "/meetings/{meeting_id}/papers", PEOPLE, post(routes::papers::upload).layer(DefaultBodyLimit::max(forms::papers::MAX_BYTES + 64 * 1024))),
        route("POST", "/meetings/{meeting_id}/papers/send", PEOPLE, post(routes::papers::send_all)),
        route("GET", "/meetings/{meeting_id}/papers/{paper_id}", PEOPLE, get(|t, p, i| routes::papers::download(t, p, i, false))),
        route("GET", "/meetings/{meeting_id}/papers/{paper_id}/pdf", PEOPLE, get(|t, p, i| routes::papers::download(t, p, i, true))),
        route("GET", "/venues", PEOPLE, get(routes::venues::index)),
        route("GET", "/venues/new", PEOPLE, get(routes::venues::new)),
        route("POST", "/venues", PEOPLE, post(routes::venues::create)),
        route("GET", "/venues/{venue_id}/edit", PEOPLE, get(routes::venues::edit)),
        route("POST", "/venues/{venue_id}", PEOPLE, post(routes::venues::update)),
        route("GET", "/my/meetings", OWN, get(routes::member::list)),
        route("GET", "/my/meetings/{meeting_id}", OWN, get(routes::member::show)),
        route("POST", "/my/meetings/{meeting_id}/agenda", OWN, post(routes::member::propose)),
        route("GET", "/my/meetings/{meeting_id}/papers/{paper_id}", OWN, get(|t, p, i| routes::member::download(t, p, i, false))),
        route("GET", "/my/meetings/{meeting_id}/papers/{paper_id}/pdf", OWN, get(|t, p, i| routes::member::download(t, p, i, true))),
    ]
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
