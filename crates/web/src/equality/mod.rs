//! Equality monitoring: voluntary answers in ONS Census 2021 categories, each with "Prefer not
//! to say", kept apart from the register. Only the equality monitoring role reaches these
//! pages; nothing here is ever shown on a person's record to other staff.

pub mod answers;
pub mod queries;
pub mod routes;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{EQUALITY, route};
    vec![
        route("GET", "/equality", EQUALITY, get(routes::index)),
        route("GET", "/equality/people/{person_id}", EQUALITY, get(routes::show)),
        route("POST", "/equality/people/{person_id}", EQUALITY, post(routes::save)),
    ]
}
