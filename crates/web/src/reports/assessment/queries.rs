//! Reading and writing ratings, the action plan and the strategy with its objectives, through
//! the scope.

use chrono::{NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, sea_query::Expr};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{action, assessment_rating, strategy, strategy_objective};
use withus_db::sea_orm;

use super::frameworks::Framework;

/// Every rating of a framework's statements: every year, by everyone.
pub async fn ratings(
    scope: &OrgScope,
    f: &Framework,
) -> Result<Vec<assessment_rating::Model>, DbErr> {
    scope
        .find::<assessment_rating::Entity>()
        .filter(assessment_rating::Column::Statement.starts_with(format!("{}.", f.key)))
        .all(scope.db())
        .await
}

/// One account's ratings of a framework's statements in a year.
pub async fn ratings_by(
    scope: &OrgScope,
    account_id: Uuid,
    year: i32,
    f: &Framework,
) -> Result<Vec<assessment_rating::Model>, DbErr> {
    scope
        .find::<assessment_rating::Entity>()
        .filter(assessment_rating::Column::AccountId.eq(account_id))
        .filter(assessment_rating::Column::Year.eq(year))
        .filter(assessment_rating::Column::Statement.starts_with(format!("{}.", f.key)))
        .all(scope.db())
        .await
}

/// Replaces one account's ratings of the chosen statements for the year, given as
/// (statement, rating, evidence), in one transaction.
pub async fn save_ratings(
    scope: &OrgScope,
    account_id: Uuid,
    rated_as: &str,
    year: i32,
    chosen: Vec<(String, String, String)>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let txn = scope.transaction().await?;
    let keys: Vec<String> = chosen.iter().map(|c| c.0.clone()).collect();
    scope
        .delete_many::<assessment_rating::Entity>()
        .filter(assessment_rating::Column::AccountId.eq(account_id))
        .filter(assessment_rating::Column::Year.eq(year))
        .filter(assessment_rating::Column::Statement.is_in(keys))
        .exec(&txn)
        .await?;
    let rows = chosen
        .into_iter()
        .map(
            |(statement, rating, evidence)| assessment_rating::ActiveModel {
                id: Set(Uuid::now_v7()),
                year: Set(year),
                statement: Set(statement),
                account_id: Set(account_id),
                rated_as: Set(rated_as.to_owned()),
                rating: Set(rating),
                evidence: Set(evidence),
                rated_at: Set(now),
                ..Default::default()
            },
        )
        .collect();
    scope.insert_many_in(&txn, rows).await?;
    txn.commit().await
}

/// The action plan, soonest due first.
pub async fn actions(scope: &OrgScope) -> Result<Vec<action::Model>, DbErr> {
    scope
        .find::<action::Entity>()
        .order_by_asc(action::Column::DueOn)
        .all(scope.db())
        .await
}

/// Adds an action, not started yet.
pub async fn add_action(
    scope: &OrgScope,
    title: String,
    statement: Option<String>,
    owner: String,
    due: NaiveDate,
) -> Result<(), DbErr> {
    let now = Utc::now();
    scope
        .insert(action::ActiveModel {
            id: Set(Uuid::now_v7()),
            title: Set(title),
            statement: Set(statement),
            owner: Set(owner),
            due_on: Set(due),
            status: Set("not_started".into()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .await
}

/// Moves an action on; false when the organisation has no action `id`.
pub async fn set_action_status(scope: &OrgScope, id: Uuid, status: String) -> Result<bool, DbErr> {
    let done = scope
        .update_many::<action::Entity>()
        .col_expr(action::Column::Status, Expr::value(status))
        .col_expr(action::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(action::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    Ok(done.rows_affected > 0)
}

/// The organisation's strategy, if it has written one.
pub async fn strategy(scope: &OrgScope) -> Result<Option<strategy::Model>, DbErr> {
    scope.find::<strategy::Entity>().one(scope.db()).await
}

/// Replaces the organisation's strategy with `text` of each of its columns, in one
/// transaction.
pub async fn save_strategy(scope: &OrgScope, text: impl Fn(&str) -> String) -> Result<(), DbErr> {
    let text = |c: &str| Set(text(c));
    let row = strategy::ActiveModel {
        id: Set(scope.organisation_id()),
        vision: text("vision"),
        aims: text("aims"),
        principles: text("principles"),
        who_engaged: text("who_engaged"),
        levels: text("levels"),
        mechanisms: text("mechanisms"),
        monitoring: text("monitoring"),
        senior_manager: text("senior_manager"),
        champions: text("champions"),
        easy_read: text("easy_read"),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    let txn = scope.transaction().await?;
    scope.delete_many::<strategy::Entity>().exec(&txn).await?;
    scope.insert_many_in(&txn, vec![row]).await?;
    txn.commit().await
}

pub async fn objectives(scope: &OrgScope) -> Result<Vec<strategy_objective::Model>, DbErr> {
    scope
        .find::<strategy_objective::Entity>()
        .order_by_asc(strategy_objective::Column::Position)
        .all(scope.db())
        .await
}

/// Adds an objective after the last one.
pub async fn add_objective(
    scope: &OrgScope,
    objective: String,
    measure: Option<String>,
    target: Option<i32>,
) -> Result<(), DbErr> {
    let next = objectives(scope)
        .await?
        .iter()
        .map(|o| o.position)
        .max()
        .unwrap_or(0)
        + 1;
    scope
        .insert(strategy_objective::ActiveModel {
            id: Set(Uuid::now_v7()),
            position: Set(next),
            objective: Set(objective),
            measure: Set(measure),
            target: Set(target),
            ..Default::default()
        })
        .await
}

/// Removes an objective; false when the organisation has no objective `id`.
pub async fn remove_objective(scope: &OrgScope, id: Uuid) -> Result<bool, DbErr> {
    let done = scope
        .delete_many::<strategy_objective::Entity>()
        .filter(strategy_objective::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    Ok(done.rows_affected > 0)
}
