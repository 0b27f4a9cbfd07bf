//! Choosing by fair lottery (capability D): quotas for a selection, the pool as the lottery
//! sees it, and draws that are stored and can be checked again. The maths lives in the
//! `withus-selection` crate.

pub mod categories;
pub mod census;
pub mod command;
pub mod draw_routes;
pub mod problem;
pub mod queries;
pub mod quota_routes;
