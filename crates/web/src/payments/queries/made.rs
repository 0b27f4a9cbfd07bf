//! Making and deciding claims: a new claim with its lines and receipts, more receipts with an
//! answer, finance's decisions, the payment recorded once, and the email that tells the person.

use chrono::{NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, QueryFilter, TransactionTrait};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{claim, claim_line, claim_receipt, payment, receipt_upload};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm;
use withus_payments::{ExpenseLine, Method, Worked};

use super::payment;

/// A claim as worked out from its form, ready to record.
pub struct NewClaim {
    pub id: Uuid,
    pub person_id: Uuid,
    pub meeting_id: Uuid,
    pub policy_id: Uuid,
    pub method: Method,
    pub role: String,
    pub activity: String,
    pub activity_on: NaiveDate,
    pub minutes: i32,
    pub note: Option<String>,
    pub made_by: Uuid,
    pub on_behalf: bool,
}

/// A receipt that passed the checks, with what it really is.
pub struct NewReceipt {
    pub filename: String,
    pub content_type: &'static str,
    pub data: Vec<u8>,
}

fn receipt_rows(
    claim_id: Uuid,
    by: Uuid,
    receipts: Vec<NewReceipt>,
) -> Vec<claim_receipt::ActiveModel> {
    receipts
        .into_iter()
        .map(|r| claim_receipt::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(Uuid::nil()),
            claim_id: Set(claim_id),
            filename: Set(r.filename),
            content_type: Set(r.content_type.to_owned()),
            data: Set(r.data),
            uploaded_by: Set(Some(by)),
            uploaded_at: Set(Utc::now()),
        })
        .collect()
}

/// A new claim with its lines (each with what `worked` allows of it) and receipts, in one
/// transaction; the receipts that were `waiting` for it are then the claim's, no longer waiting.
pub async fn insert_claim(
    scope: &OrgScope,
    new: NewClaim,
    lines: &[ExpenseLine],
    worked: &Worked,
    receipts: Vec<NewReceipt>,
    waiting: &[Uuid],
) -> Result<(), DbErr> {
    let now = Utc::now();
    let id = new.id;
    let receipts = receipt_rows(id, new.made_by, receipts);
    let row = claim::ActiveModel {
        id: Set(id),
        organisation_id: Set(scope.organisation_id()),
        person_id: Set(new.person_id),
        meeting_id: Set(new.meeting_id),
        policy_id: Set(new.policy_id),
        status: Set("submitted".into()),
        method: Set(new.method.as_str().into()),
        role: Set(new.role),
        activity: Set(new.activity),
        activity_on: Set(new.activity_on),
        minutes: Set(new.minutes),
        fee_pence: Set(worked.fee),
        expenses_pence: Set(worked.expenses.iter().map(|(p, _)| p).sum()),
        worth_pence: Set(worked.worth),
        to_pay_pence: Set(worked.to_pay),
        note: Set(new.note),
        message: Set(None),
        made_by: Set(Some(new.made_by)),
        on_behalf: Set(new.on_behalf),
        submitted_at: Set(now),
        decided_at: Set(None),
        decided_by: Set(None),
        paid_on: Set(None),
        updated_at: Set(now),
    };
    let lines = lines
        .iter()
        .zip(&worked.expenses)
        .map(|(line, (allowed, why))| claim_line::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            claim_id: Set(id),
            kind: Set(line.kind.as_str().into()),
            detail: Set(None),
            claimed_pence: Set(line.pence),
            tenths_of_a_mile: Set(line.tenths_of_a_mile as i32),
            agreed: Set(line.agreed),
            allowed_pence: Set(*allowed),
            reason: Set(why.map(str::to_owned)),
        })
        .collect();
    let txn = scope.transaction().await?;
    scope.insert_many_in(&txn, vec![row]).await?;
    scope.insert_many_in(&txn, lines).await?;
    scope.insert_many_in(&txn, receipts).await?;
    if !waiting.is_empty() {
        scope
            .delete_many::<receipt_upload::Entity>()
            .filter(receipt_upload::Column::Id.is_in(waiting.iter().copied()))
            .exec(&txn)
            .await?;
    }
    txn.commit().await
}

pub async fn add_receipts(
    scope: &OrgScope,
    claim_id: Uuid,
    by: Uuid,
    receipts: Vec<NewReceipt>,
) -> Result<(), DbErr> {
    scope
        .insert_many(receipt_rows(claim_id, by, receipts))
        .await
}

/// Emails the person about their claim, through the outbox.
pub async fn enqueue_mail(
    scope: &OrgScope,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<(), DbErr> {
    let message = NewMessage {
        to,
        subject,
        body,
        calendar: None,
    };
    outbox::enqueue(scope, message, Utc::now()).await?;
    Ok(())
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
