//! Reading and writing claims, policies and payments, always through the organisation's scope.

use chrono::{NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, QuerySelect, TransactionTrait};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    claim, claim_line, claim_receipt, meeting, meeting_attendee, payment, payment_policy, person,
};
use withus_db::sea_orm;

pub async fn policies(scope: &OrgScope) -> Result<Vec<payment_policy::Model>, DbErr> {
    scope
        .find::<payment_policy::Entity>()
        .order_by_asc(payment_policy::Column::Version)
        .all(scope.db())
        .await
}

/// The version in force on `day`, if any.
pub fn in_force(rows: &[payment_policy::Model], day: NaiveDate) -> Option<&payment_policy::Model> {
    rows.iter()
        .filter(|p| p.effective_from <= day)
        .max_by_key(|p| (p.effective_from, p.version))
}

pub async fn insert_policy(
    scope: &OrgScope,
    mut row: payment_policy::ActiveModel,
) -> Result<i32, DbErr> {
    let version = policies(scope).await?.last().map_or(1, |p| p.version + 1);
    row.id = Set(Uuid::now_v7());
    row.version = Set(version);
    row.created_at = Set(Utc::now());
    scope.insert(row).await?;
    Ok(version)
}

pub async fn claim(scope: &OrgScope, id: Uuid) -> Result<Option<claim::Model>, DbErr> {
    scope
        .find::<claim::Entity>()
        .filter(claim::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn claim_for(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Uuid,
) -> Result<Option<claim::Model>, DbErr> {
    scope
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.eq(meeting_id))
        .filter(claim::Column::PersonId.eq(person_id))
        .one(scope.db())
        .await
}

pub async fn lines(scope: &OrgScope, claim_id: Uuid) -> Result<Vec<claim_line::Model>, DbErr> {
    scope
        .find::<claim_line::Entity>()
        .filter(claim_line::Column::ClaimId.eq(claim_id))
        .all(scope.db())
        .await
}

/// A receipt's id and file name, without its bytes.
pub async fn receipts(scope: &OrgScope, claim_id: Uuid) -> Result<Vec<(Uuid, String)>, DbErr> {
    scope
        .find::<claim_receipt::Entity>()
        .select_only()
        .columns([claim_receipt::Column::Id, claim_receipt::Column::Filename])
        .filter(claim_receipt::Column::ClaimId.eq(claim_id))
        .order_by_asc(claim_receipt::Column::UploadedAt)
        .into_tuple()
        .all(scope.db())
        .await
}

pub async fn receipt(
    scope: &OrgScope,
    claim_id: Uuid,
    id: Uuid,
) -> Result<Option<claim_receipt::Model>, DbErr> {
    scope
        .find::<claim_receipt::Entity>()
        .filter(claim_receipt::Column::ClaimId.eq(claim_id))
        .filter(claim_receipt::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn payment(scope: &OrgScope, claim_id: Uuid) -> Result<Option<payment::Model>, DbErr> {
    scope
        .find::<payment::Entity>()
        .filter(payment::Column::ClaimId.eq(claim_id))
        .one(scope.db())
        .await
}

/// A claim with the names a list shows.
pub struct Listed {
    pub claim: claim::Model,
    pub person: String,
    pub meeting: String,
}

pub async fn list(scope: &OrgScope, statuses: &[&str]) -> Result<Vec<Listed>, DbErr> {
    let claims = scope
        .find::<claim::Entity>()
        .filter(claim::Column::Status.is_in(statuses.iter().copied()))
        .order_by_asc(claim::Column::SubmittedAt)
        .all(scope.db())
        .await?;
    named(scope, claims).await
}

pub async fn of_person(scope: &OrgScope, person_id: Uuid) -> Result<Vec<Listed>, DbErr> {
    let claims = scope
        .find::<claim::Entity>()
        .filter(claim::Column::PersonId.eq(person_id))
        .order_by_desc(claim::Column::ActivityOn)
        .all(scope.db())
        .await?;
    named(scope, claims).await
}

/// One claim with its names.
pub async fn named_one(scope: &OrgScope, c: &claim::Model) -> Result<Listed, DbErr> {
    let mut named = named(scope, vec![c.clone()]).await?;
    Ok(named.pop().unwrap_or(Listed {
        claim: c.clone(),
        person: String::new(),
        meeting: String::new(),
    }))
}

async fn named(scope: &OrgScope, claims: Vec<claim::Model>) -> Result<Vec<Listed>, DbErr> {
    let people: std::collections::HashMap<Uuid, String> = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(claims.iter().map(|c| c.person_id)))
        .all(scope.db())
        .await?
        .iter()
        .map(|p| (p.id, crate::people::display_name(p)))
        .collect();
    let meetings: std::collections::HashMap<Uuid, String> = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(claims.iter().map(|c| c.meeting_id)))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|m| (m.id, m.title))
        .collect();
    Ok(claims
        .into_iter()
        .map(|claim| Listed {
            person: people.get(&claim.person_id).cloned().unwrap_or_default(),
            meeting: meetings.get(&claim.meeting_id).cloned().unwrap_or_default(),
            claim,
        })
        .collect())
}

/// Activities the person came to that they have not claimed for yet.
pub async fn claimable(scope: &OrgScope, person_id: Uuid) -> Result<Vec<meeting::Model>, DbErr> {
    let attended: Vec<Uuid> = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.eq(person_id))
        .filter(meeting_attendee::Column::Attendance.eq("attended"))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| a.meeting_id)
        .collect();
    let claimed = scope
        .select_column::<claim::Entity>(claim::Column::MeetingId)
        .and_where(Expr::col(claim::Column::PersonId).eq(person_id))
        .to_owned();
    scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(attended))
        .filter(meeting::Column::Id.not_in_subquery(claimed))
        .order_by_desc(meeting::Column::StartsAt)
        .all(scope.db())
        .await
}

/// What was paid to the person between two days, both included.
pub async fn paid_between(
    scope: &OrgScope,
    person_id: Uuid,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<i64, DbErr> {
    let theirs = scope
        .select_column::<claim::Entity>(claim::Column::Id)
        .and_where(Expr::col(claim::Column::PersonId).eq(person_id))
        .to_owned();
    let paid: Vec<payment::Model> = scope
        .find::<payment::Entity>()
        .filter(payment::Column::ClaimId.in_subquery(theirs))
        .filter(payment::Column::PaidOn.between(from, to))
        .all(scope.db())
        .await?;
    Ok(paid.iter().map(|p| p.pence).sum())
}

/// A new claim with its lines and receipts, in one transaction.
pub async fn insert_claim(
    scope: &OrgScope,
    row: claim::ActiveModel,
    lines: Vec<claim_line::ActiveModel>,
    receipts: Vec<claim_receipt::ActiveModel>,
) -> Result<(), DbErr> {
    let txn = scope.transaction().await?;
    scope.insert_many_in(&txn, vec![row]).await?;
    scope.insert_many_in(&txn, lines).await?;
    scope.insert_many_in(&txn, receipts).await?;
    txn.commit().await
}

pub async fn add_receipts(
    scope: &OrgScope,
    receipts: Vec<claim_receipt::ActiveModel>,
) -> Result<(), DbErr> {
    scope.insert_many(receipts).await
}

/// Moves a claim from one of `from` to `to`; false when it was in none of them (someone
/// else decided first).
pub async fn decide(
    scope: &OrgScope,
    id: Uuid,
    from: &[&str],
    to: &str,
    message: Option<String>,
    by: Uuid,
) -> Result<bool, DbErr> {
    let now = Utc::now();
    let done = scope
        .update_many::<claim::Entity>()
        .col_expr(claim::Column::Status, Expr::value(to))
        .col_expr(claim::Column::Message, Expr::value(message))
        .col_expr(claim::Column::DecidedAt, Expr::value(now))
        .col_expr(claim::Column::DecidedBy, Expr::value(by))
        .col_expr(claim::Column::UpdatedAt, Expr::value(now))
        .filter(claim::Column::Id.eq(id))
        .filter(claim::Column::Status.is_in(from.iter().copied()))
        .exec(scope.db())
        .await?;
    Ok(done.rows_affected == 1)
}

/// The person answers a query: the claim goes back to finance with their words.
pub async fn answer(scope: &OrgScope, id: Uuid, note: String) -> Result<bool, DbErr> {
    let done = scope
        .update_many::<claim::Entity>()
        .col_expr(claim::Column::Status, Expr::value("submitted"))
        .col_expr(claim::Column::Note, Expr::value(note))
        .col_expr(claim::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(claim::Column::Id.eq(id))
        .filter(claim::Column::Status.eq("queried"))
        .exec(scope.db())
        .await?;
    Ok(done.rows_affected == 1)
}

pub enum Paid {
    /// This request recorded the payment.
    Now,
    /// It had been paid already: the payment as first recorded.
    Already(payment::Model),
    /// Only approved claims can be paid.
    NotApproved,
}

/// Records a claim as paid, at most once. The conditional update lets only one of several
/// requests at once through (the others find it paid when they get the row); the unique key
/// on payments is the guarantee beneath it.
pub async fn mark_paid(
    scope: &OrgScope,
    c: &claim::Model,
    paid_on: NaiveDate,
    reference: &str,
    by: Uuid,
) -> Result<Paid, DbErr> {
    let txn = scope.db().begin().await?;
    let now = Utc::now();
    let moved = scope
        .update_many::<claim::Entity>()
        .col_expr(claim::Column::Status, Expr::value("paid"))
        .col_expr(claim::Column::PaidOn, Expr::value(paid_on))
        .col_expr(claim::Column::UpdatedAt, Expr::value(now))
        .filter(claim::Column::Id.eq(c.id))
        .filter(claim::Column::Status.eq("approved"))
        .exec(&txn)
        .await?;
    if moved.rows_affected == 1 {
        let row = payment::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            claim_id: Set(c.id),
            paid_on: Set(paid_on),
            reference: Set(reference.to_owned()),
            pence: Set(c.to_pay_pence),
            recorded_by: Set(Some(by)),
            recorded_at: Set(now),
        };
        match scope.insert_many_in(&txn, vec![row]).await {
            Ok(()) => {
                txn.commit().await?;
                return Ok(Paid::Now);
            }
            Err(e) if crate::kit::error::is_duplicate(&e) => txn.rollback().await?,
            Err(e) => return Err(e),
        }
    } else {
        txn.rollback().await?;
    }
    Ok(match payment(scope, c.id).await? {
        Some(p) => Paid::Already(p),
        None => Paid::NotApproved,
    })
}
