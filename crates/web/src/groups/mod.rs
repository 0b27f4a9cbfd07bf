//! Groups and user-led organisations as members of the register, with the people in them and
//! the people who represent them.

pub mod queries;
pub mod routes;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{PEOPLE, route};
    vec![
        route("GET", "/groups", PEOPLE, get(routes::index)),
        route("GET", "/groups/new", PEOPLE, get(routes::new)),
        route("POST", "/groups", PEOPLE, post(routes::create)),
        route("GET", "/groups/{group_id}", PEOPLE, get(routes::show)),
        route("POST", "/groups/{group_id}/members", PEOPLE, post(routes::add_member)),
        route("POST", "/groups/{group_id}/members/{person_id}/remove", PEOPLE, post(routes::remove_member)),
    ]
}
