//! Closing the loop (seed 002 Impact, seed 003 Review, seed 001 Review): what involved people
//! said and what became of it, feedback owed to everyone involved and when it was sent, the
//! end-of-involvement questionnaire, and the Act → Evaluate → Reflect → Learn cycle.

pub mod closing;
pub mod demo;
pub mod forms;
pub mod invite;
pub mod owed;
pub mod queries;
pub mod questionnaire;
pub mod routes;
pub mod views;

pub use closing::state as loop_state;
pub use invite::{Invited, invite as invite_to_questionnaire};
pub use queries::{Owing, overdue, owed};
pub use questionnaire::{QUESTIONS, Score, summarise};
pub use views::member::questionnaires_waiting;
pub use views::summary::{lessons_block, lessons_for, summary_blocks};
pub use views::tables::{about_names, waiting_table};

use crate::kit::vocab::Vocab;

/// Seed 002's six areas of impact.
pub const AREAS: Vocab = &[
    ("ethos", "impact-area-ethos"),
    ("policy", "impact-area-policy"),
    ("delivery", "impact-area-delivery"),
    ("outputs", "impact-area-outputs"),
    ("equality", "impact-area-equality"),
    ("experience", "impact-area-experience"),
];

pub const LEVELS: Vocab = &[
    ("individual", "impact-level-individual"),
    ("strategic", "impact-level-strategic"),
];

pub const KINDS: Vocab = &[
    ("idea", "contribution-kind-idea"),
    ("recommendation", "contribution-kind-recommendation"),
    ("concern", "contribution-kind-concern"),
];

/// What became of a contribution.
pub const STATUSES: Vocab = &[
    ("open", "contribution-status-open"),
    ("changed", "contribution-status-changed"),
    ("not_changed", "contribution-status-not-changed"),
];

pub fn status_tag(status: &str) -> String {
    let colour = match status {
        "changed" => "green",
        "not_changed" => "orange",
        _ => "grey",
    };
    crate::kit::components::render(&crate::kit::components::Tag::new(
        crate::kit::vocab::label(STATUSES, status),
        colour,
    ))
}

/// Areas as stored (comma separated) to a list, and back.
pub fn areas_of(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .map(str::trim)
        .filter(|a| crate::kit::vocab::contains(AREAS, a))
        .map(str::to_owned)
        .collect()
}

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{COORDINATE, OWN, PEOPLE, route};
    vec![
        route("GET", "/impact", PEOPLE, get(routes::contributions::index)),
        route("GET", "/impact/new", PEOPLE, get(routes::contributions::new)),
        route("POST", "/impact", PEOPLE, post(routes::contributions::create)),
        route("GET", "/impact/feedback", PEOPLE, get(routes::feedback::owed_page)),
        route("POST", "/impact/feedback/settings", COORDINATE, post(routes::feedback::set_days)),
        route("GET", "/impact/{contribution_id}", PEOPLE, get(routes::contributions::edit)),
        route("POST", "/impact/{contribution_id}", PEOPLE, post(routes::contributions::update)),
        route("GET", "/opportunities/{opportunity_id}/evaluation", PEOPLE, get(routes::evaluation::show)),
        route("POST", "/opportunities/{opportunity_id}/evaluation/outcomes", PEOPLE, post(routes::evaluation::save_outcomes)),
        route("POST", "/opportunities/{opportunity_id}/evaluation/cycle", PEOPLE, post(routes::evaluation::save_cycle)),
        route("GET", "/opportunities/{opportunity_id}/questionnaire", PEOPLE, get(routes::questionnaire::staff_form)),
        route("POST", "/opportunities/{opportunity_id}/questionnaire", PEOPLE, post(routes::questionnaire::staff_answer)),
        route("POST", "/opportunities/{opportunity_id}/questionnaire/send", PEOPLE, post(routes::questionnaire::resend)),
        route("GET", "/opportunities/{opportunity_id}/feedback", PEOPLE, get(routes::feedback::show)),
        route("POST", "/opportunities/{opportunity_id}/feedback", PEOPLE, post(routes::feedback::send)),
        route("GET", "/opportunities/{opportunity_id}/letters", PEOPLE, get(routes::feedback::letters)),
        route("GET", "/my/said", OWN, get(routes::member::show)),
        route("GET", "/my/questionnaires/{opportunity_id}", OWN, get(routes::questionnaire::member_form)),
        route("POST", "/my/questionnaires/{opportunity_id}", OWN, post(routes::questionnaire::member_answer)),
    ]
}
