//! Pages for everyone: the start page, the health check, the accessibility statement and the
//! privacy notice.

pub mod queries;
pub mod routes;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::get;
    use crate::kit::access::route;
    use crate::kit::access::Access::Public;
    vec![
        route("GET", "/", Public, get(routes::start)),
        route("GET", "/health", Public, get(routes::health)),
        route("GET", "/accessibility", Public, get(routes::accessibility)),
        route("GET", "/privacy", Public, get(routes::privacy)),
        route("GET", "/erased", Public, get(routes::erased)),
    ]
}
