//! Staff accounts as people see them: named contacts and names by id.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::sea_orm;

/// Staff of the organisation who can be someone's named contact: (account id, name).
pub async fn staff_contacts(scope: &OrgScope) -> Result<Vec<(Uuid, String)>, DbErr> {
    use withus_db::entities::{account, account_role};
    let staff_roles = ["administrator", "coordinator", "staff"];
    let ids = scope
        .select_column::<account_role::Entity>(account_role::Column::AccountId)
        .and_where(Expr::col(account_role::Column::Role).is_in(staff_roles))
        .to_owned();
    Ok(scope
        .find::<account::Entity>()
        .filter(account::Column::Id.in_subquery(ids))
        .filter(account::Column::DisabledAt.is_null())
        .order_by_asc(account::Column::DisplayName)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect())
}

/// The names of staff accounts, by id.
pub async fn names_of_staff(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<std::collections::HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(std::collections::HashMap::new());
    }
    Ok(scope
        .find::<withus_db::entities::account::Entity>()
        .filter(withus_db::entities::account::Column::Id.is_in(ids))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect())
}
