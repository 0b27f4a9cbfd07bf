//! Closing the loop (seed 002 Impact, seed 003 Review, seed 001 Review): what involved people
//! said and what became of it, feedback owed to everyone involved and when it was sent, the
//! end-of-involvement questionnaire, and the Act → Evaluate → Reflect → Learn cycle.

pub mod closing;
pub mod contribution_form;
pub mod contributions;
pub mod demo;
pub mod evaluation;
pub mod evaluation_summary;
pub mod feedback;
pub mod member;
pub mod owed;
pub mod owed_routes;
pub mod queries;
pub mod questionnaire;
pub mod questionnaire_routes;
pub mod tables;

pub use closing::state as loop_state;
pub use evaluation_summary::{lessons_block, lessons_for, summary_blocks};
pub use member::questionnaires_waiting;
pub use queries::{Owing, overdue, owed};
pub use questionnaire::{QUESTIONS, Score, invite as invite_to_questionnaire, summarise};
pub use tables::{about_names, waiting_table};

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
        route("GET", "/impact", PEOPLE, get(contributions::index)),
        route("GET", "/impact/new", PEOPLE, get(contributions::new)),
        route("POST", "/impact", PEOPLE, post(contributions::create)),
        route("GET", "/impact/feedback", PEOPLE, get(owed_routes::owed_page)),
        route("POST", "/impact/feedback/settings", COORDINATE, post(owed_routes::set_days)),
        route("GET", "/impact/{contribution_id}", PEOPLE, get(contributions::edit)),
        route("POST", "/impact/{contribution_id}", PEOPLE, post(contributions::update)),
        route("GET", "/opportunities/{opportunity_id}/evaluation", PEOPLE, get(evaluation::show)),
        route("POST", "/opportunities/{opportunity_id}/evaluation/outcomes", PEOPLE, post(evaluation::save_outcomes)),
        route("POST", "/opportunities/{opportunity_id}/evaluation/cycle", PEOPLE, post(evaluation::save_cycle)),
        route("GET", "/opportunities/{opportunity_id}/questionnaire", PEOPLE, get(questionnaire_routes::staff_form)),
        route("POST", "/opportunities/{opportunity_id}/questionnaire", PEOPLE, post(questionnaire_routes::staff_answer)),
        route("POST", "/opportunities/{opportunity_id}/questionnaire/send", PEOPLE, post(questionnaire_routes::resend)),
        route("GET", "/opportunities/{opportunity_id}/feedback", PEOPLE, get(feedback::show)),
        route("POST", "/opportunities/{opportunity_id}/feedback", PEOPLE, post(feedback::send)),
        route("GET", "/opportunities/{opportunity_id}/letters", PEOPLE, get(feedback::letters)),
        route("GET", "/my/said", OWN, get(member::show)),
        route("GET", "/my/questionnaires/{opportunity_id}", OWN, get(questionnaire_routes::member_form)),
        route("POST", "/my/questionnaires/{opportunity_id}", OWN, post(questionnaire_routes::member_answer)),
    ]
}
