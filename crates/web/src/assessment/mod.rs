//! Self-assessment against the frameworks, rated by staff and by involved people apart and
//! shown side by side, year on year; the action plan that follows; and the involvement
//! strategy with its objectives tied to figures Withus tracks.

pub mod actions;
pub mod frameworks;
pub mod rating;
pub mod report;
pub mod results;
pub mod strategy;

use crate::auth::{CurrentUser, Role};

/// Staff rate as staff; everyone else as an involved person.
pub fn rated_as(user: &CurrentUser) -> &'static str {
    if user.roles.iter().any(|r| Role::STAFF.contains(r)) {
        "staff"
    } else {
        "involved"
    }
}
