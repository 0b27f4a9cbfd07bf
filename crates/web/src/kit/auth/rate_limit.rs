//! Limits on sign-in attempts and link requests, per account and per address, counted in the
//! database so that every server sees the same numbers.

use chrono::{Duration, Utc};
use withus_db::installation;
use withus_db::sea_orm::{DatabaseConnection, DbErr};

pub const WINDOW_MINUTES: i64 = 15;
/// Wrong passwords for one account before each further try must wait. The account is never
/// locked: the wait doubles with each wrong password up to [`LONGEST_WAIT_SECONDS`], so the owner
/// (who knows the password) gets in after a short wait, and can always ask for a sign-in link.
pub const PER_ACCOUNT: u64 = 5;
pub const LONGEST_WAIT_SECONDS: i64 = 60;
/// Wrong passwords after which the owner is emailed a sign-in link (once in the window).
pub const LINK_AFTER: u64 = 10;
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

/// How long someone must wait before trying this account's password again, after `failures`
/// wrong passwords in the window.
pub fn wait_after(failures: u64) -> Duration {
    if failures < PER_ACCOUNT {
        return Duration::zero();
    }
    let doublings = (failures - PER_ACCOUNT).min(10) as u32;
    Duration::seconds((2_i64 << doublings).min(LONGEST_WAIT_SECONDS))
}

/// The time still to wait before the next password for `key` is looked at, if any.
pub async fn account_wait(db: &DatabaseConnection, key: &str) -> Result<Option<Duration>, DbErr> {
    let now = Utc::now();
    let failures =
        installation::attempts_since(db, key, now - Duration::minutes(WINDOW_MINUTES)).await?;
    let wait = wait_after(failures);
    if wait.is_zero() {
        return Ok(None);
    }
    let Some(last) = installation::last_attempt(db, key).await? else {
        return Ok(None);
    };
    let left = last + wait - now;
    Ok((left > Duration::zero()).then_some(left))
}

pub async fn count(db: &DatabaseConnection, keys: &[&str]) -> Result<(), DbErr> {
    let now = Utc::now();
    for key in keys {
        installation::record_attempt(db, key, now).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_and_stops_growing() {
        assert!(wait_after(0).is_zero());
        assert!(wait_after(PER_ACCOUNT - 1).is_zero());
        assert_eq!(wait_after(PER_ACCOUNT), Duration::seconds(2));
        assert_eq!(wait_after(PER_ACCOUNT + 1), Duration::seconds(4));
        assert_eq!(wait_after(PER_ACCOUNT + 4), Duration::seconds(32));
        assert_eq!(
            wait_after(PER_ACCOUNT + 5),
            Duration::seconds(LONGEST_WAIT_SECONDS)
        );
        assert_eq!(wait_after(1_000), Duration::seconds(LONGEST_WAIT_SECONDS));
    }
}
