//! Reading and writing how the organisation's reports are made, and the contributions its open
//! data counts, through the scope. The figures read in `figures/queries.rs`, the
//! self-assessment and the strategy in `assessment/queries.rs`.

use sea_orm::ActiveValue::Set;
use sea_orm::{DatabaseConnection, DbErr};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{contribution, organisation, population_count};
use withus_db::sea_orm;

/// The scope's organisation, which holds its reporting settings.
pub async fn organisation(scope: &OrgScope) -> Result<Option<organisation::Model>, DbErr> {
    withus_db::installation::organisation(scope.db(), scope.organisation_id()).await
}

/// The organisation's own population profile: a count for each group of each category.
pub async fn population_counts(scope: &OrgScope) -> Result<Vec<population_count::Model>, DbErr> {
    scope
        .find::<population_count::Entity>()
        .all(scope.db())
        .await
}

/// Saves the threshold, the population area and whether the open data is published, then
/// replaces the organisation's own profile with `own` (category, group, count) in one
/// transaction.
pub async fn save_reporting(
    scope: &OrgScope,
    threshold: i32,
    area: &str,
    publish: bool,
    own: Vec<(&str, &str, i64)>,
) -> Result<(), DbErr> {
    withus_db::installation::set_reporting(
        scope.db(),
        scope.organisation_id(),
        threshold,
        area,
        publish,
    )
    .await?;
    let txn = scope.transaction().await?;
    scope
        .delete_many::<population_count::Entity>()
        .exec(&txn)
        .await?;
    let rows = own
        .into_iter()
        .map(|(category, value, count)| population_count::ActiveModel {
            id: Set(Uuid::now_v7()),
            category: Set(category.to_owned()),
            value: Set(value.to_owned()),
            count: Set(count),
            ..Default::default()
        })
        .collect();
    scope.insert_many_in(&txn, rows).await?;
    txn.commit().await
}

/// Every contribution the organisation has recorded, for the open data's counts.
pub async fn all_contributions(scope: &OrgScope) -> Result<Vec<contribution::Model>, DbErr> {
    scope.find::<contribution::Entity>().all(scope.db()).await
}

/// The organisation at `slug`, if it publishes its open data. Asked before anyone is known,
/// so by the slug on the connection rather than through a scope.
pub async fn publishing(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<organisation::Model>, DbErr> {
    Ok(withus_db::installation::organisation_by_slug(db, slug)
        .await?
        .filter(|o| o.publish_open_data))
}
