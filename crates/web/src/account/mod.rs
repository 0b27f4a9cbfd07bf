//! A person's own account: how they sign in, their password, signing out everywhere.

pub mod queries;
pub mod routes;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::route;
    use crate::kit::access::Access::SignedIn;
    vec![
        route("GET", "/account", SignedIn, get(routes::show)),
        route("POST", "/account/password", SignedIn, post(routes::set_password)),
        route("POST", "/account/sign-in-method", SignedIn, post(routes::set_method)),
    ]
}
