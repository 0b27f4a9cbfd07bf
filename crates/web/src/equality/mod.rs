//! Equality monitoring: voluntary answers in ONS Census 2021 categories, each with "Prefer not
//! to say", kept apart from the register. Only the equality monitoring role reaches these
//! pages; nothing here is ever shown on a person's record to other staff.

pub mod questions;
pub mod routes;
