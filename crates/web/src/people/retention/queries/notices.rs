//! Writes to `retention_people`, through the scope: a notice made (with its email), a letter
//! posted, a person kept with the reason, and keeping stopped. A row exists only while a person
//! has been told or is kept, and the unique key on (organisation, person) keeps it to one.

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::retention_person::{self, Column as R};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm;

use crate::kit::error::is_duplicate;
use crate::people::retention::LETTER;

fn row(scope: &OrgScope, person: Uuid) -> retention_person::ActiveModel {
    retention_person::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(scope.organisation_id()),
        person_id: Set(person),
        notice_by: Set(None),
        noticed_at: Set(None),
        told_at: Set(None),
        kept_reason: Set(None),
        kept_by: Set(None),
        kept_at: Set(None),
    }
}

/// Records a notice in the caller's transaction. Answers false when the person already has a
/// row (another server told them a moment ago, or a coordinator kept them): then nothing is
/// written and the caller must roll back and send nothing.
pub async fn notice_in<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    person: Uuid,
    by: &str,
    told: bool,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut notice = row(scope, person);
    notice.notice_by = Set(Some(by.to_owned()));
    notice.noticed_at = Set(Some(now));
    notice.told_at = Set(told.then_some(now));
    match scope.insert_many_in(conn, vec![notice]).await {
        Ok(()) => Ok(true),
        Err(e) if is_duplicate(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Tells one person due, in one transaction: the notice, by `by`, and the email when there is
/// one (told by email, the notice period starts now). Answers false when the person already
/// has a row: then nothing is written and nothing sent.
pub async fn give_notice(
    scope: &OrgScope,
    person: Uuid,
    by: &str,
    email: Option<NewMessage<'_>>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = scope.transaction().await?;
    if !notice_in(scope, &txn, person, by, email.is_some(), now).await? {
        txn.rollback().await?;
        return Ok(false);
    }
    if let Some(message) = email {
        outbox::enqueue_in(scope, &txn, message, now).await?;
    }
    txn.commit().await?;
    Ok(true)
}

/// Staff posted the person's letter today: the notice period starts now.
pub async fn letter_posted(
    scope: &OrgScope,
    person: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let posted = scope
        .update_many::<retention_person::Entity>()
        .col_expr(R::ToldAt, Expr::value(now))
        .filter(R::PersonId.eq(person))
        .filter(R::NoticeBy.eq(LETTER))
        .filter(R::ToldAt.is_null())
        .filter(R::KeptAt.is_null())
        .exec(scope.db())
        .await?;
    Ok(posted.rows_affected > 0)
}

/// Keeps a person's details, with the reason. Any notice is forgotten, so that if they are
/// released one day they are told afresh rather than erased on an old notice.
pub async fn keep(
    scope: &OrgScope,
    person: Uuid,
    reason: &str,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if mark_kept(scope, person, reason, by, now).await? {
        return Ok(());
    }
    let mut kept = row(scope, person);
    kept.kept_reason = Set(Some(reason.to_owned()));
    kept.kept_by = Set(Some(by));
    kept.kept_at = Set(Some(now));
    match scope.insert(kept).await {
        Ok(()) => Ok(()),
        // The worker told them between the two statements: keep them all the same.
        Err(e) if is_duplicate(&e) => mark_kept(scope, person, reason, by, now).await.map(|_| ()),
        Err(e) => Err(e),
    }
}

async fn mark_kept(
    scope: &OrgScope,
    person: Uuid,
    reason: &str,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let none = Option::<DateTime<Utc>>::None;
    let kept = scope
        .update_many::<retention_person::Entity>()
        .col_expr(R::KeptReason, Expr::value(reason.to_owned()))
        .col_expr(R::KeptBy, Expr::value(by))
        .col_expr(R::KeptAt, Expr::value(now))
        .col_expr(R::NoticeBy, Expr::value(Option::<String>::None))
        .col_expr(R::NoticedAt, Expr::value(none))
        .col_expr(R::ToldAt, Expr::value(none))
        .filter(R::PersonId.eq(person))
        .exec(scope.db())
        .await?;
    Ok(kept.rows_affected > 0)
}

/// Stops keeping a person: their row goes, reason and all.
pub async fn release(scope: &OrgScope, person: Uuid) -> Result<bool, DbErr> {
    let released = scope
        .delete_many::<retention_person::Entity>()
        .filter(R::PersonId.eq(person))
        .filter(R::KeptAt.is_not_null())
        .exec(scope.db())
        .await?;
    Ok(released.rows_affected > 0)
}

/// Forgets notices given to people who are no longer due (involved again, or back from
/// leaving): if they are due again one day, they are told again.
pub async fn forget(scope: &OrgScope, rows: &[Uuid]) -> Result<(), DbErr> {
    for chunk in rows.chunks(500) {
        scope
            .delete_many::<retention_person::Entity>()
            .filter(R::Id.is_in(chunk.iter().copied()))
            .filter(R::KeptAt.is_null())
            .exec(scope.db())
            .await?;
    }
    Ok(())
}

/// Forgets every notice not yet acted on, when retention is turned off: turned on again later,
/// nobody is erased on a notice from before.
pub async fn forget_all_notices(scope: &OrgScope) -> Result<(), DbErr> {
    scope
        .delete_many::<retention_person::Entity>()
        .filter(R::KeptAt.is_null())
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Claims the erasure of someone told before `told_before`, not kept: deleting their row is
/// the claim, so of two servers only one goes on to erase them.
pub async fn claim_erasure(
    scope: &OrgScope,
    person: Uuid,
    told_before: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let claimed = scope
        .delete_many::<retention_person::Entity>()
        .filter(R::PersonId.eq(person))
        .filter(R::KeptAt.is_null())
        .filter(R::ToldAt.lte(told_before))
        .exec(scope.db())
        .await?;
    Ok(claimed.rows_affected > 0)
}
