//! The staff page of one opportunity, which gathers its meetings and what closing the loop
//! shows, and moving it through its lifecycle (`routes.rs`).

pub mod routes;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{PEOPLE, route};
    vec![
        route("GET", "/opportunities/{opportunity_id}", PEOPLE, get(routes::show)),
        route("POST", "/opportunities/{opportunity_id}/status", PEOPLE, post(routes::move_status)),
    ]
}
