//! The Withus web application: axum routes grouped by what people do, GOV.UK pages rendered
//! by askama, and the plumbing they share (sign-in, tenancy, CSRF, mail, audit).

pub mod account;
pub mod admin;
pub mod backup;
pub mod cli;
pub mod config;
pub mod counters;
pub mod demo;
pub mod equality;
pub mod generate;
pub mod glossary;
pub mod groups;
pub mod home;
pub mod impact;
pub mod jobs;
pub mod kit;
pub mod mail;
pub mod me;
pub mod meetings;
pub mod metrics;
pub mod opportunities;
pub mod opportunity_page;
pub mod pages;
pub mod payments;
pub mod people;
pub mod plain;
pub mod platform;
pub mod reports;
pub mod routes;
pub mod sign_in;
pub mod support;

use std::sync::Arc;

use withus_db::sea_orm::DatabaseConnection;

pub use config::Config;

/// What every request can reach. Servers keep no other state: sessions, rate limits and
/// jobs live in the database, so any number of servers can share one.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    pub csrf_key: Arc<Vec<u8>>,
    /// This server's request, mail and sign-in counts for `/metrics`.
    pub metrics: Arc<counters::Metrics>,
}

impl AppState {
    /// Loads (or, the first time, creates) the installation's shared signing key.
    pub async fn new(db: DatabaseConnection, config: Config) -> Result<Self, withus_db::DbError> {
        let fresh = hex::encode(rand::random::<[u8; 32]>());
        let key = withus_db::installation::setting_or_insert(&db, "csrf_key", fresh).await?;
        Ok(Self {
            db,
            config: Arc::new(config),
            csrf_key: Arc::new(key.into_bytes()),
            metrics: Arc::new(counters::Metrics::default()),
        })
    }
}
