//! The evaluation: what happened against each intended outcome, the reflection and lessons,
//! and lessons from other opportunities.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{opportunity, outcome_result};
use withus_db::sea_orm;

/// What happened against one intended outcome, as recorded.
pub struct OutcomeResult {
    /// The outcome's place in the opportunity's list, from 1.
    pub position: i32,
    pub outcome: String,
    pub happened: String,
    pub evidence: String,
}

/// Replaces the opportunity's recorded outcomes with these, in one transaction.
pub async fn replace_outcome_results(
    scope: &OrgScope,
    opportunity: Uuid,
    results: Vec<OutcomeResult>,
    by: Uuid,
) -> Result<(), DbErr> {
    let rows = results
        .into_iter()
        .map(|r| outcome_result::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(opportunity),
            position: Set(r.position),
            outcome: Set(r.outcome),
            happened: Set(r.happened),
            evidence: Set(r.evidence),
            recorded_by: Set(Some(by)),
            recorded_at: Set(Utc::now()),
            ..Default::default()
        })
        .collect();
    let txn = scope.transaction().await?;
    scope
        .delete_many::<outcome_result::Entity>()
        .filter(outcome_result::Column::OpportunityId.eq(opportunity))
        .exec(&txn)
        .await?;
    scope.insert_many_in(&txn, rows).await?;
    txn.commit().await
}

/// Stores the opportunity's act notes, reflection and lessons; `None` empties one.
pub async fn save_cycle(
    scope: &OrgScope,
    opportunity: Uuid,
    act: Option<String>,
    reflection: Option<String>,
    lessons: Option<String>,
) -> Result<(), DbErr> {
    scope
        .update_many::<opportunity::Entity>()
        .col_expr(opportunity::Column::ActNotes, Expr::value(act))
        .col_expr(opportunity::Column::Reflection, Expr::value(reflection))
        .col_expr(opportunity::Column::Lessons, Expr::value(lessons))
        .filter(opportunity::Column::Id.eq(opportunity))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Every other opportunity that has lessons written.
pub async fn opportunities_with_lessons(
    scope: &OrgScope,
    except: Uuid,
) -> Result<Vec<opportunity::Model>, DbErr> {
    scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Lessons.is_not_null())
        .filter(opportunity::Column::Id.ne(except))
        .all(scope.db())
        .await
}
