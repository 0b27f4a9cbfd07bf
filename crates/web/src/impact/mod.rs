//! Closing the loop (seed 002 Impact, seed 003 Review, seed 001 Review): what involved people
//! said and what became of it, feedback owed to everyone involved and when it was sent, the
//! end-of-involvement questionnaire, and the Act → Evaluate → Reflect → Learn cycle.

pub mod closing;
pub mod contributions;
pub mod evaluation;
pub mod feedback;
pub mod member;
pub mod owed;
pub mod queries;
pub mod questionnaire;
pub mod recount;
pub mod tables;

use crate::people::vocab::Vocab;

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
    crate::components::render(&crate::components::Tag::new(
        crate::people::vocab::label(STATUSES, status),
        colour,
    ))
}

/// Areas as stored (comma separated) to a list, and back.
pub fn areas_of(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .map(str::trim)
        .filter(|a| crate::people::vocab::contains(AREAS, a))
        .map(str::to_owned)
        .collect()
}
