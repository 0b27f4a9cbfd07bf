//! Figures for reports, pure Rust with no web or database: what a table of counts may show
//! once small numbers are hidden (`suppress`).

pub mod suppress;
