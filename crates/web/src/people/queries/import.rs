//! Adding the people of an import: the keys already held, for finding duplicates, and the
//! rows written in one transaction, which the worker's also marks its job done.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, DatabaseTransaction, DbErr, QueryFilter, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::people_import::{self, Column};
use withus_db::entities::{person, person_choice, person_status_change};
use withus_db::import_jobs::{self, Claim};
use withus_db::import_state::Move;
use withus_db::sea_orm;

use crate::people::forms::PersonInput;

use super::row;

/// Emails and name-and-postcode pairs already in the register, for finding duplicates.
pub async fn existing_keys(scope: &OrgScope) -> Result<crate::people::import::Existing, DbErr> {
    let mut existing = crate::people::import::Existing::default();
    let rows: Vec<(Option<String>, String, Option<String>)> = scope
        .find::<person::Entity>()
        .select_only()
        .column(person::Column::Email)
        .column(person::Column::SearchName)
        .column(person::Column::Postcode)
        .into_tuple()
        .all(scope.db())
        .await?;
    for (email, search_name, postcode) in rows {
        if let Some(email) = email {
            existing.emails.insert(email);
        }
        if let Some(postcode) = postcode {
            existing.names_and_postcodes.insert((search_name, postcode));
        }
    }
    Ok(existing)
}

/// Adds every checked person in one transaction: all of them, or none.
pub async fn import(
    scope: &OrgScope,
    inputs: &[PersonInput],
    actor: Option<Uuid>,
) -> Result<usize, DbErr> {
    let txn = scope.transaction().await?;
    import_in(scope, &txn, inputs, actor).await?;
    txn.commit().await?;
    Ok(inputs.len())
}

/// Adds the checked people of a claimed import and marks the job done, in one transaction,
/// but only while the job is still this claim's; answers whether it was.
pub async fn finish_import(
    scope: &OrgScope,
    claim: &Claim,
    inputs: &[PersonInput],
    actor: Option<Uuid>,
) -> Result<bool, DbErr> {
    let txn = scope.transaction().await?;
    import_in(scope, &txn, inputs, actor).await?;
    // Last, so on PostgreSQL the row stays locked only for the commit: a claim made meanwhile
    // skips it, and one made before leaves this claim nothing to match.
    let marked = scope
        .update_many::<people_import::Entity>()
        .col_expr(Column::Status, Expr::value(Move::Finish.to().name()))
        .col_expr(Column::ImportedAt, Expr::value(Utc::now()))
        .col_expr(Column::ImportedCount, Expr::value(inputs.len() as i32))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(import_jobs::mine(claim))
        .exec(&txn)
        .await?;
    if marked.rows_affected == 0 {
        // Taken over, or retried, since we claimed it: the latest claim adds the people.
        txn.rollback().await?;
        return Ok(false);
    }
    txn.commit().await?;
    Ok(true)
}

/// Adds people inside the caller's transaction, so a job can record that it is done in the
/// same commit.
pub async fn import_in(
    scope: &OrgScope,
    txn: &DatabaseTransaction,
    inputs: &[PersonInput],
    actor: Option<Uuid>,
) -> Result<(), DbErr> {
    let org = scope.organisation_id();
    let now = Utc::now();
    // Small batches keep each statement under SQLite's limit on bound values.
    for batch in inputs.chunks(200) {
        let ids: Vec<Uuid> = batch.iter().map(|_| Uuid::now_v7()).collect();
        let people = ids
            .iter()
            .zip(batch)
            .map(|(id, input)| row(*id, input))
            .collect();
        scope.insert_many_in(txn, people).await?;
        let choices = ids
            .iter()
            .zip(batch)
            .flat_map(|(id, input)| {
                input.choices().into_iter().flat_map(move |(list, values)| {
                    values.iter().map(move |value| person_choice::ActiveModel {
                        organisation_id: Set(org),
                        person_id: Set(*id),
                        list: Set(list.to_owned()),
                        value: Set(value.clone()),
                    })
                })
            })
            .collect::<Vec<_>>();
        for chunk in choices.chunks(500) {
            scope.insert_many_in(txn, chunk.to_vec()).await?;
        }
        let history = ids
            .iter()
            .map(|id| person_status_change::ActiveModel {
                id: Set(Uuid::now_v7()),
                organisation_id: Set(org),
                person_id: Set(*id),
                status: Set("active".into()),
                break_until: Set(None),
                changed_by: Set(actor),
                changed_at: Set(now),
            })
            .collect();
        scope.insert_many_in(txn, history).await?;
    }
    Ok(())
}
