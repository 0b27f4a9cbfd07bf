//! Opportunities to be involved (capability C) and recruitment (the first half of D): what
//! each is for and how much say people have, its lifecycle, matching people's choices,
//! invitations, interest, and selection with reasons and reserves.

pub mod demo;
pub mod forms;
pub mod invitation;
pub mod lifecycle;
pub mod lottery;
pub mod matching;
pub mod queries;
pub mod routes;
pub mod summary;
pub mod told;
pub mod views;
pub mod vocab;

pub use routes::load;

pub use forms::{InterestForm, OpportunityInput};
pub use lifecycle::{
    ORDER, Readiness, next as next_status, problems as status_problems, takes_interest,
};
pub use lottery::draw_jobs::run_one_as as run_one_draw;
pub use matching::Window;
pub use queries::{Full, offers_waiting, row as opportunity_row, save, set_status, topics_of};
pub use routes::member::{express, own, visible};
pub use summary::{interest_tag, status_tag, summary as opportunity_summary};
pub use vocab::{ORG_LEVELS, STATUSES};

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{OWN, PEOPLE, route};
    vec![
        route("GET", "/opportunities", PEOPLE, get(routes::index)),
        route("GET", "/opportunities/new", PEOPLE, get(routes::new)),
        route("POST", "/opportunities", PEOPLE, post(routes::create)),
        route("GET", "/opportunities/fairness", PEOPLE, get(routes::selection::fairness)),
        route("GET", "/opportunities/{opportunity_id}/edit", PEOPLE, get(routes::edit)),
        route("GET", "/opportunities/{opportunity_id}/edit/{part}", PEOPLE, get(routes::part_form)),
        route("POST", "/opportunities/{opportunity_id}/edit/{part}", PEOPLE, post(routes::save_part)),
        route("GET", "/opportunities/{opportunity_id}/matches", PEOPLE, get(routes::matches::show)),
        route("GET", "/opportunities/{opportunity_id}/invite", PEOPLE, get(|t, p, s, i| routes::selection::preview(t, p, s, i, false))),
        route("POST", "/opportunities/{opportunity_id}/invite", PEOPLE, post(|t, s, i| routes::selection::send(t, s, i, false))),
        route("GET", "/opportunities/{opportunity_id}/publish", PEOPLE, get(|t, p, s, i| routes::selection::preview(t, p, s, i, true))),
        route("POST", "/opportunities/{opportunity_id}/publish", PEOPLE, post(|t, s, i| routes::selection::send(t, s, i, true))),
        route("GET", "/opportunities/{opportunity_id}/interest", PEOPLE, get(routes::selection::interest)),
        route("GET", "/opportunities/{opportunity_id}/interest/{interest_id}", PEOPLE, get(routes::decisions::decide_form)),
        route("POST", "/opportunities/{opportunity_id}/interest/{interest_id}", PEOPLE, post(routes::decisions::decide)),
        route("POST", "/opportunities/{opportunity_id}/promote", PEOPLE, post(routes::decisions::promote)),
        route("GET", "/opportunities/{opportunity_id}/quotas", PEOPLE, get(lottery::routes::quotas::show)),
        route("POST", "/opportunities/{opportunity_id}/quotas", PEOPLE, post(lottery::routes::quotas::add)),
        route("POST", "/opportunities/{opportunity_id}/quotas/census", PEOPLE, post(lottery::routes::quotas::match_census)),
        route("POST", "/opportunities/{opportunity_id}/quotas/{quota_id}/remove", PEOPLE, post(lottery::routes::quotas::remove)),
        route("GET", "/opportunities/{opportunity_id}/draw", PEOPLE, get(lottery::routes::draw::show)),
        route("POST", "/opportunities/{opportunity_id}/draw", PEOPLE, post(lottery::routes::draw::create)),
        route("GET", "/opportunities/{opportunity_id}/draws/jobs/{job_id}", PEOPLE, get(lottery::routes::job::progress)),
        route("GET", "/opportunities/{opportunity_id}/draws/{draw_id}", PEOPLE, get(lottery::routes::result::result)),
        route("POST", "/opportunities/{opportunity_id}/draws/{draw_id}/apply", PEOPLE, post(lottery::routes::result::apply)),
        route("POST", "/opportunities/{opportunity_id}/draws/{draw_id}/check", PEOPLE, post(lottery::routes::result::check)),
        route("GET", "/my/opportunities", OWN, get(routes::member::browse)),
        route("POST", "/my/opportunities/{opportunity_id}/withdraw", OWN, post(routes::member::withdraw)),
        route("POST", "/my/opportunities/{opportunity_id}/accept", OWN, post(routes::member::accept)),
    ]
}
