//! The platform administrator's pages: the organisations on this installation.

pub mod queries;
pub mod routes;

pub use routes::valid_slug;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::route;
    use crate::kit::access::Access::PlatformAdmin;
    vec![
        route("GET", "/platform/organisations", PlatformAdmin, get(routes::organisations)),
        route("POST", "/platform/organisations", PlatformAdmin, post(routes::create)),
    ]
}
