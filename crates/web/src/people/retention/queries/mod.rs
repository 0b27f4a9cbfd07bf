//! Retention's reads and writes, through the organisation's scope: the setting, notices and
//! keeps (`notices.rs`), who the database finds due (`due.rs`) and old files (`files.rs`).

mod due;
mod files;
mod notices;

pub use due::*;
pub use files::*;
pub use notices::*;

use std::collections::HashMap;

use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::retention_person;

use super::DEFAULT_NOTICE_DAYS;

/// Stores the setting: the years (none turns retention off) and the days of notice.
pub use withus_db::retention::set as save_setting;

// The worker runs over every organisation of the installation, so its signature (called from
// `jobs.rs` and the tests) carries the connection and the error every query answers with; a
// notice's email is the outbox's message.
pub use withus_db::installation::organisations;
pub use withus_db::outbox::NewMessage;
pub use withus_db::sea_orm::{DatabaseConnection, DbErr};

/// The setting as stored: the years (none while retention is off) and the days of notice.
pub async fn stored(scope: &OrgScope) -> Result<(Option<i32>, i32), DbErr> {
    let org = withus_db::installation::organisation(scope.db(), scope.organisation_id()).await?;
    Ok(org.map_or((None, DEFAULT_NOTICE_DAYS), |o| {
        (o.retention_years, o.retention_notice_days)
    }))
}

/// Every notice and keep of the organisation, by person. Few: one a person due or kept.
pub async fn rows(scope: &OrgScope) -> Result<HashMap<Uuid, retention_person::Model>, DbErr> {
    Ok(scope
        .find::<retention_person::Entity>()
        .all(scope.db())
        .await?
        .into_iter()
        .map(|r| (r.person_id, r))
        .collect())
}
