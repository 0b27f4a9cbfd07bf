//! The signed-in person's own account row, through their organisation's scope.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::account;
use withus_db::sea_orm;

/// Stores a new password's hash; a password set is the way they sign in from then on.
pub async fn set_password(scope: &OrgScope, account_id: Uuid, hashed: String) -> Result<(), DbErr> {
    scope
        .update_many::<account::Entity>()
        .col_expr(account::Column::PasswordHash, Expr::value(hashed))
        .col_expr(account::Column::SignInMethod, Expr::value("password"))
        .filter(account::Column::Id.eq(account_id))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Whether the account has a password to sign in with.
pub async fn has_password(scope: &OrgScope, account_id: Uuid) -> Result<bool, DbErr> {
    Ok(scope
        .find::<account::Entity>()
        .filter(account::Column::Id.eq(account_id))
        .one(scope.db())
        .await?
        .and_then(|a| a.password_hash)
        .is_some())
}

pub async fn set_sign_in_method(
    scope: &OrgScope,
    account_id: Uuid,
    method: String,
) -> Result<(), DbErr> {
    scope
        .update_many::<account::Entity>()
        .col_expr(account::Column::SignInMethod, Expr::value(method))
        .filter(account::Column::Id.eq(account_id))
        .exec(scope.db())
        .await?;
    Ok(())
}
