//! Signing in and out: by password or by a link sent by email, with the limits that slow
//! guessing down.

pub mod forms;
pub mod queries;
pub mod routes;
pub mod views;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::route;
    use crate::kit::access::Access::{Public, SignedIn};
    vec![
        route("GET", "/sign-in", Public, get(routes::show_sign_in)),
        route("POST", "/sign-in", Public, post(routes::sign_in)),
        route("GET", "/sign-in/email", Public, get(routes::email_link::show_email_link)),
        route("POST", "/sign-in/email", Public, post(routes::email_link::send_email_link)),
        route("GET", "/sign-in/email/{token}", Public, get(routes::email_link::show_link)),
        route("POST", "/sign-in/email/{token}", Public, post(routes::email_link::use_link)),
        route("GET", "/signed-out", Public, get(routes::signed_out)),
        route("POST", "/sign-out", SignedIn, post(routes::sign_out)),
        route("POST", "/sign-out/everywhere", SignedIn, post(routes::sign_out_everywhere)),
    ]
}
