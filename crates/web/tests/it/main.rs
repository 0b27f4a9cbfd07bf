//! One integration-test binary (one link step) for every feature, each test on SQLite and
//! PostgreSQL.

mod support;

mod accounts;
mod assessment;
mod canary;
mod components;
mod draw_jobs;
mod equality;
mod erasure_ahead;
mod generate;
mod groups;
mod impact;
mod import;
mod lottery;
mod mail;
mod me;
mod meetings;
mod opportunities;
mod payments;
mod people;
mod privacy_map;
mod queries;
mod questionnaire;
mod reports;
mod retention;
mod scale_out;
mod scoping;
mod sign_in;
mod suppression;
mod tenancy;
mod training;
mod translations;
