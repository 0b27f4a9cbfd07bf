//! Reading and writing accounts, their roles, the outbox and the audit trail, always through
//! the organisation's scope.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{account, account_role, audit_event, outbox_message};
use withus_db::sea_orm;

use crate::kit::auth::Role;

/// The organisation's accounts by name, as many as one page lists.
pub async fn accounts(scope: &OrgScope) -> Result<Vec<account::Model>, DbErr> {
    scope
        .find::<account::Entity>()
        .order_by_asc(account::Column::DisplayName)
        .limit(500)
        .all(scope.db())
        .await
}

/// Every role of every account of the organisation.
pub async fn all_roles(scope: &OrgScope) -> Result<Vec<account_role::Model>, DbErr> {
    scope.find::<account_role::Entity>().all(scope.db()).await
}

pub async fn account(scope: &OrgScope, id: Uuid) -> Result<Option<account::Model>, DbErr> {
    scope
        .find::<account::Entity>()
        .filter(account::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn roles_of(
    scope: &OrgScope,
    account_id: Uuid,
) -> Result<Vec<account_role::Model>, DbErr> {
    scope
        .find::<account_role::Entity>()
        .filter(account_role::Column::AccountId.eq(account_id))
        .all(scope.db())
        .await
}

/// Whether an account of any organisation has `email`: sign-in finds an account by its email
/// alone, so emails are unique across the installation.
pub async fn email_taken(scope: &OrgScope, email: &str) -> Result<bool, DbErr> {
    Ok(withus_db::installation::account_by_email(scope.db(), email)
        .await?
        .is_some())
}

/// Creates an account with roles in the scope's organisation; used by the form, the CLI and
/// the demo.
pub async fn create(
    scope: &OrgScope,
    name: &str,
    email: &str,
    password_hash: Option<String>,
    roles: &[Role],
    platform_admin: bool,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    let method = if password_hash.is_some() {
        "password"
    } else {
        "link"
    };
    scope
        .insert(account::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            email: Set(email.trim().to_lowercase()),
            display_name: Set(name.to_owned()),
            password_hash: Set(password_hash),
            sign_in_method: Set(method.to_owned()),
            platform_admin: Set(platform_admin),
            created_at: Set(Utc::now()),
            disabled_at: Set(None),
        })
        .await?;
    for role in roles {
        scope
            .insert(account_role::ActiveModel {
                organisation_id: Set(scope.organisation_id()),
                account_id: Set(id),
                role: Set(role.as_str().to_owned()),
            })
            .await?;
    }
    Ok(id)
}

/// The latest messages of the outbox, newest first.
pub async fn latest_messages(scope: &OrgScope) -> Result<Vec<outbox_message::Model>, DbErr> {
    scope
        .find::<outbox_message::Entity>()
        .order_by_desc(outbox_message::Column::CreatedAt)
        .limit(100)
        .all(scope.db())
        .await
}

pub async fn message(scope: &OrgScope, id: Uuid) -> Result<Option<outbox_message::Model>, DbErr> {
    scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// The latest events of the audit trail, newest first.
pub async fn latest_events(scope: &OrgScope) -> Result<Vec<audit_event::Model>, DbErr> {
    scope
        .find::<audit_event::Entity>()
        .order_by_desc(audit_event::Column::At)
        .limit(200)
        .all(scope.db())
        .await
}

/// The accounts among `ids`, in no order.
pub async fn accounts_among(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<Vec<account::Model>, DbErr> {
    scope
        .find::<account::Entity>()
        .filter(account::Column::Id.is_in(ids))
        .all(scope.db())
        .await
}
