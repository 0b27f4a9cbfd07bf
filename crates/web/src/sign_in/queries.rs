//! Signing in comes before anyone's organisation is known, so it reads the installation's own
//! tables (accounts by email, links, attempts); a link, once made for an account, is written
//! through that account's organisation.

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::DbErr;
use withus_db::OrgScope;
use withus_db::entities::{account, sign_in_link};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm;

pub use withus_db::installation::{
    account_by_email, attempts_since, clear_attempts, sign_in_link, use_sign_in_link,
};

/// Stores the link that signs `account` in once, by the hash of its token, then queues the
/// email that carries it.
pub async fn save_link(
    scope: &OrgScope,
    account: &account::Model,
    token_hash: String,
    expires_at: DateTime<Utc>,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .insert(sign_in_link::ActiveModel {
            id: Set(token_hash),
            organisation_id: Set(account.organisation_id),
            account_id: Set(account.id),
            created_at: Set(now),
            expires_at: Set(expires_at),
            used_at: Set(None),
        })
        .await?;
    outbox::enqueue(
        scope,
        NewMessage {
            to: &account.email,
            subject,
            body,
            calendar: None,
        },
        now,
    )
    .await?;
    Ok(())
}
