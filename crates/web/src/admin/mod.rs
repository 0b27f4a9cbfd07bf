//! The administrator's pages: accounts and their roles, the mail outbox, the audit trail.

pub mod forms;
pub mod queries;
pub mod routes;
pub mod views;

pub use queries::create;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{ADMIN, route};
    vec![
        route("GET", "/admin/accounts", ADMIN, get(routes::accounts)),
        route("GET", "/admin/accounts/new", ADMIN, get(routes::new_account)),
        route("POST", "/admin/accounts", ADMIN, post(routes::create_account)),
        route("GET", "/admin/accounts/{account_id}", ADMIN, get(routes::account)),
        route("GET", "/admin/outbox", ADMIN, get(routes::logs::outbox)),
        route("GET", "/admin/outbox/{message_id}", ADMIN, get(routes::logs::message)),
        route("GET", "/admin/audit", ADMIN, get(routes::logs::audit)),
    ]
}
