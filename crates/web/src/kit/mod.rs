//! What every feature builds on, and nothing else: errors and their pages, the page frame,
//! forms and their limits, dates and times, text, the GOV.UK components, tenancy, CSRF, the
//! audit trail, the signed-in user and the access each route asks for.
//!
//! The kit imports no feature (a test in `tests/it/architecture.rs` says so); a feature uses
//! the kit and, downwards only, other features' public API.

pub mod access;
pub mod audit;
pub mod auth;
pub mod blocks;
pub mod components;
pub mod counts;
pub mod csrf;
pub mod dates;
pub mod equality_questions;
pub mod error;
pub mod error_page;
pub mod form_parts;
pub mod forms;
pub mod i18n;
pub mod lease;
pub mod limits;
pub mod markdown;
pub mod page;
pub mod request_id;
pub mod sections;
pub mod security;
pub mod tenancy;
pub mod vocab;
