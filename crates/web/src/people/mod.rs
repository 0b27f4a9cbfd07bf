//! The register of involved people: find, add, change and open a person, their ways of taking
//! part, access needs and the times they cannot do. Equality answers never appear here.

pub mod consents;
pub mod erasure;
pub mod export;
pub mod export_routes;
pub mod export_stream;
pub mod forms;
pub mod held;
pub mod import;
pub mod import_columns;
pub mod import_jobs;
pub mod import_read;
pub mod import_retry;
pub mod import_routes;
pub mod import_upload;
pub mod queries;
pub mod retention;
pub mod routes;
pub mod views;
pub mod vocab;
