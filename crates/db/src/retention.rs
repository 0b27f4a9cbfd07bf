//! The organisation's retention setting, written through its own scope: the organisations table
//! is the root, not organisation-owned, so `OrgScope` has no `update_many` for it, and the
//! web crate may not start a query on an entity itself.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter};

use crate::OrgScope;
use crate::entities::organisation;

/// Turns retention on (`Some(years)`) or off (`None`), with the days of notice people get.
pub async fn set(scope: &OrgScope, years: Option<i32>, notice_days: i32) -> Result<(), DbErr> {
    organisation::Entity::update_many()
        .col_expr(organisation::Column::RetentionYears, Expr::value(years))
        .col_expr(
            organisation::Column::RetentionNoticeDays,
            Expr::value(notice_days),
        )
        .filter(organisation::Column::Id.eq(scope.organisation_id()))
        .exec(scope.db())
        .await?;
    Ok(())
}
