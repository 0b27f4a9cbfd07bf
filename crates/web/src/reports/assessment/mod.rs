//! Self-assessment against the frameworks, rated by staff and by involved people apart and
//! shown side by side, year on year; the action plan that follows; and the involvement
//! strategy with its objectives tied to figures Withus tracks.

pub mod actions;
pub mod frameworks;
pub mod queries;
pub mod rating;
pub mod report;
pub mod results;
pub mod strategy;

use crate::kit::auth::{CurrentUser, Role};

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
        route("GET", "/assessment", SignedIn, get(rating::index)),
        route("GET", "/assessment/actions", REPORTS, get(actions::index)),
        route("POST", "/assessment/actions", REPORTS, post(actions::create)),
        route("POST", "/assessment/actions/{action_id}", REPORTS, post(actions::update)),
        route("GET", "/assessment/{framework}", SignedIn, get(rating::show)),
        route("POST", "/assessment/{framework}", SignedIn, post(rating::save)),
        route("GET", "/assessment/{framework}/results", REPORTS, get(results::page)),
        route("GET", "/strategy", COORDINATE, get(strategy::show)),
        route("POST", "/strategy", COORDINATE, post(strategy::save)),
        route("GET", "/strategy/easy-read", SignedIn, get(strategy::easy_read)),
        route("GET", "/strategy/full", SignedIn, get(strategy::full)),
        route("POST", "/strategy/objectives", COORDINATE, post(strategy::add_objective)),
        route("POST", "/strategy/objectives/{objective_id}/remove", COORDINATE, post(strategy::remove_objective)),
    ]
}
