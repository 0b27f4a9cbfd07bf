//! Limits on sign-in attempts and link requests, per account and per address, counted in the
//! database so that every server sees the same numbers.

use chrono::{Duration, Utc};
use withus_db::installation;
use withus_db::sea_orm::{DatabaseConnection, DbErr};

pub const WINDOW_MINUTES: i64 = 15;
/// Wrong passwords for one account before it must wait.
pub const PER_ACCOUNT: u64 = 5;
/// Attempts from one address, across accounts, before it must wait.
pub const PER_ADDRESS: u64 = 30;
/// Emailed links one account can ask for in the window.
pub const LINKS_PER_ACCOUNT: u64 = 3;

pub fn account_key(kind: &str, email: &str) -> String {
    format!("{kind}:account:{}", email.trim().to_lowercase())
}

pub fn address_key(kind: &str, address: &str) -> String {
    format!("{kind}:address:{address}")
}

/// Whether any of the keys has reached its limit in the window.
pub async fn blocked(db: &DatabaseConnection, limits: &[(&str, u64)]) -> Result<bool, DbErr> {
    let since = Utc::now() - Duration::minutes(WINDOW_MINUTES);
    for (key, limit) in limits {
        if installation::attempts_since(db, key, since).await? >= *limit {
            return Ok(true);
        }
    }
    Ok(false)
}

pub async fn count(db: &DatabaseConnection, keys: &[&str]) -> Result<(), DbErr> {
    let now = Utc::now();
    for key in keys {
        installation::record_attempt(db, key, now).await?;
    }
    Ok(())
}
