//! Erasure: removing a person's personal data at their request, keeping an anonymous row so
//! that counts still add up. What goes and what stays is the one map of personal data
//! (`withus_db::personal`); this runs it in one transaction with the recount of feedback owed,
//! so a failure half-way leaves the person as they were.

use chrono::Utc;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::personal::{self, Subject};
use withus_db::sea_orm::{DbErr, TransactionTrait};

/// Erases a person's personal data. The row stays, anonymous, so counts of people by role and
/// status still add up; everything the map ties to them is deleted, blanked or replaced, their
/// sign-in goes (which ends their sessions) and so does mail to them. Erasing someone already
/// erased changes nothing more.
pub async fn erase(scope: &OrgScope, id: Uuid) -> Result<(), DbErr> {
    let txn = scope.db().begin().await?;
    let Some(subject) = Subject::find(&txn, scope.organisation_id(), id).await? else {
        return Ok(());
    };
    let now = Utc::now();
    personal::erase(&txn, &subject, now).await?;
    // Nobody owes feedback to someone erased.
    crate::impact::recount::for_person(scope, &txn, id, now).await?;
    txn.commit().await
}
