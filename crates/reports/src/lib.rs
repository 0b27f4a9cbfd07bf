//! Figures for reports, pure Rust with no web or database: what a table of counts may show
//! once small numbers are hidden (`suppress`), the built-in Census 2021 profiles (`census`),
//! who is involved against them (`presence`), charts as SVG (`chart`) and the board's report
//! as a tagged PDF (`pdf`).

pub mod census;
pub mod chart;
pub mod doubt;
pub mod pdf;
pub mod presence;
pub mod suppress;
