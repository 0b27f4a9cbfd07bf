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

/// Someone's named contact in the team, as they can reach them: (name, email). None when they
/// have no contact or the contact's account is closed.
pub async fn named_contact(
    scope: &OrgScope,
    person_id: Uuid,
) -> Result<Option<(String, String)>, DbErr> {
    use withus_db::entities::{account, person};
    let Some(contact) = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.eq(person_id))
        .one(scope.db())
        .await?
        .and_then(|p| p.named_contact_id)
    else {
        return Ok(None);
    };
    Ok(scope
        .find::<account::Entity>()
        .filter(account::Column::Id.eq(contact))
        .filter(account::Column::DisabledAt.is_null())
        .one(scope.db())
        .await?
        .map(|a| (a.display_name, a.email)))
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
