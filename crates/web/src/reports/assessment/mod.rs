//! Self-assessment against the frameworks, rated by staff and by involved people apart and
//! shown side by side, year on year; the action plan that follows; and the involvement
//! strategy with its objectives tied to figures Withus tracks.

pub mod forms;
pub mod frameworks;
pub mod queries;
pub mod results;
pub mod routes;
pub mod views;

use chrono::{Datelike, Utc};

use crate::kit::auth::{CurrentUser, Role};

pub fn this_year() -> i32 {
    crate::kit::dates::london_day(Utc::now()).year()
}

/// Staff rate as staff; everyone else as an involved person.
pub fn rated_as(user: &CurrentUser) -> &'static str {
    if user.roles.iter().any(|r| Role::STAFF.contains(r)) {
        "staff"
    } else {
        "involved"
    }
}

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{COORDINATE, REPORTS, route};
    use crate::kit::access::Access::SignedIn;
    vec![
        route("GET", "/assessment", SignedIn, get(routes::index)),
        route("GET", "/assessment/actions", REPORTS, get(routes::actions)),
        route("POST", "/assessment/actions", REPORTS, post(routes::add_action)),
        route("POST", "/assessment/actions/{action_id}", REPORTS, post(routes::update_action)),
        route("GET", "/assessment/{framework}", SignedIn, get(routes::show)),
        route("POST", "/assessment/{framework}", SignedIn, post(routes::save)),
        route("GET", "/assessment/{framework}/results", REPORTS, get(routes::results)),
        route("GET", "/strategy", COORDINATE, get(routes::strategy)),
        route("POST", "/strategy", COORDINATE, post(routes::save_strategy)),
        route("GET", "/strategy/easy-read", SignedIn, get(routes::easy_read)),
        route("GET", "/strategy/full", SignedIn, get(routes::full)),
        route("POST", "/strategy/objectives", COORDINATE, post(routes::add_objective)),
        route("POST", "/strategy/objectives/{objective_id}/remove", COORDINATE, post(routes::remove_objective)),
    ]
}
