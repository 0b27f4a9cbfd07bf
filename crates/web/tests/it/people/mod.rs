//! People through HTTP on both databases: their records, the register, and the times they
//! cannot do.

mod availability;
mod erasure_ahead;
mod import;
mod records;
mod register;
mod retention;

use axum::http::StatusCode;
use withus_web::kit::auth::Role;

use crate::harness::TestApp;

const JO: &[(&str, &str)] = &[
    ("given_name", "Jo"),
    ("family_name", "Bennett"),
    ("preferred_name", "Joanne"),
    ("pronouns", "she/her"),
    ("email", "Jo.Bennett@People.example"),
    ("postcode", "ne8 1aa"),
    ("involvement_role", "carer"),
    ("contact", "email"),
    ("contact", "post"),
    ("ways", "in_person"),
    ("ways", "online"),
    ("topics", "dementia"),
    ("access_needs", "hearing_loop"),
    ("access_needs", "large_print"),
    ("access_notes", "Needs the agenda a week ahead in 16pt"),
    ("areas", "teaching"),
    ("roles", "trainer"),
    ("levels", "consulting"),
    ("time_commitment", "day_month"),
    ("paid_preference", "paid"),
];
