//! Retention (issue 23): an organisation can choose to erase the details of people who left,
//! or have not taken part, for a number of years. Each person is told first, the way they chose
//! to hear from us, and erased only once the notice period has passed; a coordinator can keep
//! anyone, saying why. `due` decides who, `worker` tells and erases (the background worker runs
//! it), `store` records notices and keeps, and `routes` with `lists` is the coordinators' page.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::retention_person;
use withus_db::sea_orm::DbErr;

pub mod due;
pub mod lists;
pub mod routes;
pub mod store;
pub mod worker;

/// The years a coordinator may choose.
pub const YEARS: RangeInclusive<i32> = 1..=10;
/// Days of notice: long enough to answer a letter, short enough that the notice still means
/// something when the day comes.
pub const NOTICE_DAYS: RangeInclusive<i32> = 14..=365;
pub const DEFAULT_NOTICE_DAYS: i32 = 30;
/// The longest reason for keeping someone, in characters.
pub const REASON_MAX: usize = 500;
/// How a notice goes: by email through the outbox, or by a letter staff post.
pub const EMAIL: &str = "email";
pub const LETTER: &str = "letter";

/// The organisation's choice while retention is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    pub years: i32,
    pub notice_days: i32,
}

impl Setting {
    pub fn notice(&self) -> Duration {
        Duration::days(i64::from(self.notice_days))
    }
}

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

/// "3 March 2026": the day in the UK.
pub fn day(at: DateTime<Utc>) -> String {
    at.with_timezone(&London).format("%-d %B %Y").to_string()
}
