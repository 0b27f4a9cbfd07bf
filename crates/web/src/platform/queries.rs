//! The organisations of the installation. Only the platform administrator reaches them, so
//! these are the installation's own queries, not any one organisation's scope.

pub use withus_db::installation::{create_organisation, organisation_by_slug, organisations};
