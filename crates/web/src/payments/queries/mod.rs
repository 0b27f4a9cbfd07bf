//! Reading and writing claims, policies and payments, always through the organisation's scope:
//! the policy's versions here, reading claims in `claims.rs`, making and deciding them in
//! `made.rs`, travel booked beforehand in `travel.rs`, receipts waiting for a claim in
//! `waiting.rs`.

mod claims;
mod made;
mod travel;
mod waiting;

pub use claims::*;
pub use made::*;
pub use travel::*;
pub use waiting::*;

use chrono::{NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{DbErr, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::payment_policy;
use withus_db::sea_orm;
use withus_payments::{Policy, expenses_to_text, fees_to_text};

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

/// Makes the next version of the policy, as the administrator set it; answers its number.
pub async fn add_policy(
    scope: &OrgScope,
    p: &Policy,
    benefits: String,
    by: Uuid,
) -> Result<i32, DbErr> {
    let row = payment_policy::ActiveModel {
        effective_from: Set(p.effective_from),
        days_to_pay: Set(p.days_to_pay as i32),
        methods: Set(p
            .methods
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(",")),
        fees: Set(fees_to_text(&p.fees)),
        expenses: Set(expenses_to_text(&p.expenses)),
        benefits_note: Set(benefits),
        most_per_claim_pence: Set(p.limits.most_per_claim),
        check_above_pence: Set(p.limits.check_above),
        created_by: Set(Some(by)),
        organisation_id: Set(Uuid::nil()),
        ..Default::default()
    };
    insert_policy(scope, row).await
}
