//! Support, training and peer mentoring (seed 002 Support and training): a named contact and
//! the support each person is given, pairs of experienced people and newcomers, and courses
//! and checks with the dates they run out.

pub mod demo;
pub mod expiry;
pub mod forms;
pub mod queries;
pub mod routes;
pub mod views;

pub use queries::{course_names, held_by, names_of_people, running_out, valid_holdings};
pub use views::running_out_table;

use crate::kit::vocab::Vocab;

pub const KINDS: Vocab = &[
    ("administrative", "support-kind-administrative"),
    ("supervision", "support-kind-supervision"),
    ("emotional", "support-kind-emotional"),
    ("debrief", "support-kind-debrief"),
];

pub const COURSE_KINDS: Vocab = &[
    ("course", "course-kind-course"),
    ("check", "course-kind-check"),
];

pub const AUDIENCES: Vocab = &[
    ("involved", "course-audience-involved"),
    ("staff", "course-audience-staff"),
    ("everyone", "course-audience-everyone"),
];

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{COORDINATE, OWN, PEOPLE, route};
    vec![
        route("GET", "/people/{person_id}/support", PEOPLE, get(routes::person_support)),
        route("POST", "/people/{person_id}/support", PEOPLE, post(routes::add_support)),
        route("GET", "/support", PEOPLE, get(routes::hub)),
        route("GET", "/mentoring", PEOPLE, get(routes::pairs)),
        route("POST", "/mentoring", PEOPLE, post(routes::add_pair)),
        route("GET", "/mentoring/{pair_id}", PEOPLE, get(routes::show_pair)),
        route("POST", "/mentoring/{pair_id}/meetings", PEOPLE, post(routes::add_meeting)),
        route("POST", "/mentoring/{pair_id}/end", PEOPLE, post(routes::end_pair)),
        route("GET", "/training", PEOPLE, get(routes::courses)),
        route("POST", "/training", COORDINATE, post(routes::add_course)),
        route("GET", "/training/{course_id}", PEOPLE, get(routes::show_course)),
        route("POST", "/training/{course_id}/records", PEOPLE, post(routes::record_training)),
        route("GET", "/my/support", OWN, get(routes::my_support)),
    ]
}
