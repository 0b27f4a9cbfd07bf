//! `GET /metrics`: this server's counts (`crate::counters`) with what the database says at
//! scrape time (`database.rs`), for Prometheus; and `GET /ready` for load balancers.

pub mod database;
pub mod middleware;
pub mod ready;
pub mod routes;

pub use middleware::{span, track};

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::get;
    use crate::kit::access::route;
    use crate::kit::access::Access::Public;
    vec![
        route("GET", "/ready", Public, get(ready::ready)),
        route("GET", "/metrics", Public, get(routes::scrape)),
    ]
}
