//! Choosing by fair lottery (capability D): quotas for a selection, the pool as the lottery
//! sees it, and draws that are stored and can be checked again. Draws and checks are worked
//! out by the background worker (`draw_jobs`), never inside a request. The maths lives in
//! the `withus-selection` crate. Handlers are in `routes/`, forms in `forms.rs`, pages in
//! `views/`, every database call in `queries/`.

pub mod categories;
pub mod census;
pub mod command;
pub mod draw_jobs;
pub mod forms;
pub mod problem;
pub mod queries;
pub mod routes;
pub mod views;
