//! The data layer of Withus: hand-written SeaORM entities, the migrations that build the
//! schema on SQLite and PostgreSQL alike, and the organisation scope every feature goes through.
//! It must never hand a feature an unscoped way into organisation-owned tables.

pub mod choice_keys;
pub mod connect;
pub mod draw_jobs;
pub mod entities;
pub mod feedback_owed;
pub mod import_jobs;
pub mod import_state;
pub mod installation;
pub mod job_queue;
pub mod migrations;
pub mod name_search;
pub mod outbox;
pub mod personal;
pub mod retention;
pub mod scope;
pub mod upgrade;

pub use connect::{Backend, connect, connect_and_migrate};
pub use scope::{OrgOwned, OrgScope};
pub use sea_orm;

/// Errors the data layer reports. Callers map them to friendly pages once.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("unsupported database address {0:?}: use sqlite://path or postgres://…")]
    UnsupportedUrl(String),
    /// The schema has migrations this binary does not know: a newer Withus upgraded it.
    #[error("{0}")]
    NewerSchema(String),
    #[error("could not create the data folder {path}: {source}")]
    DataFolder {
        path: String,
        source: std::io::Error,
    },
}

pub type DbResult<T> = Result<T, DbError>;
