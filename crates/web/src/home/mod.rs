//! The two home pages: staff see their organisation's work; involved people see their own.
//! Later features add their panels here.

pub mod member;
pub mod routes;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::get;
    use crate::kit::access::route;
    use crate::kit::access::Access::SignedIn;
    vec![
        route("GET", "/home", SignedIn, get(routes::home)),
    ]
}
