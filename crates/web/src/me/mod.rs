//! An involved person's own pages: their details, choices, access needs and times in plain
//! words, taking a break or leaving, and a copy of everything Withus holds about them. The
//! record is always found from the signed-in account, never from an address.

pub mod forms;
mod record;
pub mod routes;
pub mod views;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{OWN, route};
    use crate::people::Part;
    vec![
        route("GET", "/my/opportunities/{opportunity_id}", OWN, get(routes::opportunity::show)),
        route("POST", "/my/opportunities/{opportunity_id}/interest", OWN, post(routes::opportunity::interest)),
        route("GET", "/my/details", OWN, get(routes::show)),
        route("GET", "/my/details/change", OWN, get(routes::change)),
        route("GET", "/my/access-needs", OWN, get(routes::access::show)),
        route("POST", "/my/access-needs", OWN, post(routes::access::update)),
        route("POST", "/my/details", OWN, post(routes::update)),
        route("GET", "/my/contact", OWN, get(|t, p| routes::parts::show(t, p, Part::Contact))),
        route("POST", "/my/contact", OWN, post(|t, p, d| routes::parts::update(t, p, Part::Contact, d))),
        route("GET", "/my/ways", OWN, get(|t, p| routes::parts::show(t, p, Part::Ways))),
        route("POST", "/my/ways", OWN, post(|t, p, d| routes::parts::update(t, p, Part::Ways, d))),
        route("GET", "/my/choices", OWN, get(|t, p| routes::parts::show(t, p, Part::Choices))),
        route("POST", "/my/choices", OWN, post(|t, p, d| routes::parts::update(t, p, Part::Choices, d))),
        route("GET", "/my/times", OWN, get(routes::times::times)),
        route("POST", "/my/times", OWN, post(routes::times::add_time)),
        route("POST", "/my/times/{time_id}/remove", OWN, post(routes::times::remove_time)),
        route("GET", "/my/status", OWN, get(routes::times::status)),
        route("POST", "/my/status", OWN, post(routes::times::set_status)),
        route("GET", "/my/data", OWN, get(routes::download)),
        route("GET", "/my/data/view", OWN, get(routes::data_page)),
        route("GET", "/my/erase", OWN, get(routes::confirm_erase)),
        route("POST", "/my/erase", OWN, post(routes::erase)),
    ]
}
