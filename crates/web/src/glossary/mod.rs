//! The organisation's glossary: terms it explains (published to involved people as the
//! jargon buster) and words it would rather people did not use, with plainer ones. Both feed
//! the plain-language checker.

pub mod queries;
pub mod routes;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{PEOPLE, route};
    use crate::kit::access::Access::SignedIn;
    vec![
        route("GET", "/glossary", PEOPLE, get(routes::index)),
        route("POST", "/glossary", PEOPLE, post(routes::add)),
        route("POST", "/glossary/{term_id}/remove", PEOPLE, post(routes::remove)),
        route("GET", "/jargon-buster", SignedIn, get(routes::jargon_buster)),
    ]
}
