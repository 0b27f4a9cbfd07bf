//! Support, training and peer mentoring (seed 002 Support and training): a named contact and
//! the support each person is given, pairs of experienced people and newcomers, and courses
//! and checks with the dates they run out.

pub mod course;
pub mod demo;
pub mod expiry;
pub mod mentoring;
pub mod mine;
pub mod queries;
pub mod records;
pub mod training;

pub use queries::{course_names, held_by, names_of_people, running_out, valid_holdings};
pub use training::running_out_table;

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
        route("GET", "/people/{person_id}/support", PEOPLE, get(records::show)),
        route("POST", "/people/{person_id}/support", PEOPLE, post(records::add)),
        route("GET", "/support", PEOPLE, get(training::hub)),
        route("GET", "/mentoring", PEOPLE, get(mentoring::index)),
        route("POST", "/mentoring", PEOPLE, post(mentoring::create)),
        route("GET", "/mentoring/{pair_id}", PEOPLE, get(mentoring::show)),
        route("POST", "/mentoring/{pair_id}/meetings", PEOPLE, post(mentoring::record)),
        route("POST", "/mentoring/{pair_id}/end", PEOPLE, post(mentoring::end)),
        route("GET", "/training", PEOPLE, get(training::index)),
        route("POST", "/training", COORDINATE, post(training::create)),
        route("GET", "/training/{course_id}", PEOPLE, get(course::show)),
        route("POST", "/training/{course_id}/records", PEOPLE, post(course::record)),
        route("GET", "/my/support", OWN, get(mine::show)),
    ]
}
