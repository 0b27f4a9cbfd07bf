//! Queries that must run before an organisation is known (sign-in, session lookup, rate
//! limits) or that span the installation (creating organisations). Nothing here returns an
//! organisation's data to a person of another organisation: callers get one row by a secret.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::entities::{
    account, account_role, instance_setting, organisation, people_import, session, sign_in_attempt,
    sign_in_link,
};

pub async fn account_by_email(
    db: &DatabaseConnection,
    email: &str,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await
}

/// Who holds a live session: the account, its organisation's name and its roles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionHolder {
    pub account_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub email: String,
    pub display_name: String,
    pub platform_admin: bool,
    pub sign_in_method: String,
    pub roles: Vec<String>,
}

/// The holder of the live session with this token hash, in one statement (a row per role)
/// on every request. The organisation comes from the cookie, so the lookup is by the
/// sessions table's key `(organisation_id, id)` and, sharded by organisation, reaches one shard.
pub async fn live_session(
    db: &DatabaseConnection,
    organisation_id: Uuid,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<SessionHolder>, DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait, JoinType, Query};
    let on = |a: (account_role::Column, account::Column)| {
        Expr::col((account_role::Entity, a.0)).equals((account::Entity, a.1))
    };
    let query = Query::select()
        .columns([
            (account::Entity, account::Column::Id),
            (account::Entity, account::Column::Email),
            (account::Entity, account::Column::DisplayName),
            (account::Entity, account::Column::PlatformAdmin),
            (account::Entity, account::Column::SignInMethod),
        ])
        .column((organisation::Entity, organisation::Column::Name))
        .column((account_role::Entity, account_role::Column::Role))
        .from(session::Entity)
        .join(
            JoinType::InnerJoin,
            account::Entity,
            Expr::col((account::Entity, account::Column::OrganisationId))
                .equals((session::Entity, session::Column::OrganisationId))
                .and(
                    Expr::col((account::Entity, account::Column::Id))
                        .equals((session::Entity, session::Column::AccountId)),
                ),
        )
        .join(
            JoinType::InnerJoin,
            organisation::Entity,
            Expr::col((organisation::Entity, organisation::Column::Id)).eq(organisation_id),
        )
        .join(
            JoinType::LeftJoin,
            account_role::Entity,
            on((
                account_role::Column::OrganisationId,
                account::Column::OrganisationId,
            ))
            .and(on((account_role::Column::AccountId, account::Column::Id))),
        )
        .and_where(
            Expr::col((session::Entity, session::Column::OrganisationId)).eq(organisation_id),
        )
        .and_where(Expr::col((session::Entity, session::Column::Id)).eq(token_hash))
        .and_where(Expr::col((session::Entity, session::Column::ExpiresAt)).gt(now))
        .and_where(Expr::col((account::Entity, account::Column::DisabledAt)).is_null())
        .to_owned();
    let rows = db.query_all(&query).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let mut roles = Vec::with_capacity(rows.len());
    for row in &rows {
        if let Some(role) = row.try_get_by_index::<Option<String>>(6)? {
            roles.push(role);
        }
    }
    Ok(Some(SessionHolder {
        account_id: first.try_get_by_index(0)?,
        organisation_id,
        email: first.try_get_by_index(1)?,
        display_name: first.try_get_by_index(2)?,
        platform_admin: first.try_get_by_index(3)?,
        sign_in_method: first.try_get_by_index(4)?,
        organisation_name: first.try_get_by_index(5)?,
        roles,
    }))
}

pub async fn delete_session(
    db: &DatabaseConnection,
    organisation_id: Uuid,
    token_hash: &str,
) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::OrganisationId.eq(organisation_id))
        .filter(session::Column::Id.eq(token_hash))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn sign_in_link(
    db: &DatabaseConnection,
    token_hash: &str,
) -> Result<Option<sign_in_link::Model>, DbErr> {
    sign_in_link::Entity::find_by_id(token_hash.to_owned())
        .one(db)
        .await
}

/// Marks a link used if nobody has used it yet; answers whether this call was the one.
pub async fn use_sign_in_link(
    db: &DatabaseConnection,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = sign_in_link::Entity::update_many()
        .col_expr(
            sign_in_link::Column::UsedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(sign_in_link::Column::Id.eq(token_hash))
        .filter(sign_in_link::Column::UsedAt.is_null())
        .filter(sign_in_link::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn record_attempt(
    db: &DatabaseConnection,
    key: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    sign_in_attempt::Entity::insert(sign_in_attempt::ActiveModel {
        id: Set(Uuid::now_v7()),
        key: Set(key.to_owned()),
        attempted_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn attempts_since(
    db: &DatabaseConnection,
    key: &str,
    since: DateTime<Utc>,
) -> Result<u64, DbErr> {
    sign_in_attempt::Entity::find()
        .filter(sign_in_attempt::Column::Key.eq(key))
        .filter(sign_in_attempt::Column::AttemptedAt.gt(since))
        .count(db)
        .await
}

/// When the latest attempt under `key` was made, if any.
pub async fn last_attempt(
    db: &DatabaseConnection,
    key: &str,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(sign_in_attempt::Entity::find()
        .filter(sign_in_attempt::Column::Key.eq(key))
        .order_by_desc(sign_in_attempt::Column::AttemptedAt)
        .one(db)
        .await?
        .map(|a| a.attempted_at))
}

pub async fn clear_attempts(db: &DatabaseConnection, key: &str) -> Result<(), DbErr> {
    sign_in_attempt::Entity::delete_many()
        .filter(sign_in_attempt::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn setting(db: &DatabaseConnection, key: &str) -> Result<Option<String>, DbErr> {
    Ok(instance_setting::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .map(|s| s.value))
}

/// Stores the value unless another server stored one first; returns the value that won.
pub async fn setting_or_insert(
    db: &DatabaseConnection,
    key: &str,
    value: String,
) -> Result<String, DbErr> {
    if let Some(existing) = setting(db, key).await? {
        return Ok(existing);
    }
    let insert = instance_setting::Entity::insert(instance_setting::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(value.clone()),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(db)
    .await;
    if let Err(e) = insert {
        tracing::debug!("setting {key} raced: {e}");
    }
    Ok(setting(db, key).await?.unwrap_or(value))
}

pub async fn organisation_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<organisation::Model>, DbErr> {
    organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await
}

pub async fn organisation(
    db: &DatabaseConnection,
    id: Uuid,
) -> Result<Option<organisation::Model>, DbErr> {
    organisation::Entity::find_by_id(id).one(db).await
}

pub async fn organisations(db: &DatabaseConnection) -> Result<Vec<organisation::Model>, DbErr> {
    organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await
}

pub async fn create_organisation(
    db: &DatabaseConnection,
    slug: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<organisation::Model, DbErr> {
    let id = Uuid::now_v7();
    organisation::Entity::insert(organisation::ActiveModel {
        id: Set(id),
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        created_at: Set(now),
        papers_days_ahead: Set(7),
        feedback_days: Set(28),
        suppress_below: Set(5),
        population_area: Set("E92000001".into()),
        publish_open_data: Set(false),
        retention_years: Set(None),
        retention_notice_days: Set(30),
    })
    .exec_without_returning(db)
    .await?;
    organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("organisation {slug}")))
}

/// Removes what no longer matters: ended sessions, links a day past their expiry, sign-in
/// attempts older than a day, and uploaded spreadsheets (personal data) a day after upload.
/// Any server may run it; running it twice does no harm.
pub async fn prune(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    let day_ago = now - chrono::Duration::days(1);
    session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?;
    sign_in_link::Entity::delete_many()
        .filter(sign_in_link::Column::ExpiresAt.lt(day_ago))
        .exec(db)
        .await?;
    sign_in_attempt::Entity::delete_many()
        .filter(sign_in_attempt::Column::AttemptedAt.lt(day_ago))
        .exec(db)
        .await?;
    people_import::Entity::delete_many()
        .filter(people_import::Column::CreatedAt.lt(day_ago))
        .exec(db)
        .await?;
    Ok(())
}

/// Meetings in any organisation that people were invited to, starting between `from` and
/// `until`, not cancelled and not yet reminded: (organisation, meeting).
pub async fn meetings_to_remind(
    db: &DatabaseConnection,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<(Uuid, Uuid)>, DbErr> {
    use crate::entities::meeting;
    Ok(meeting::Entity::find()
        .filter(meeting::Column::StartsAt.gt(from))
        .filter(meeting::Column::StartsAt.lte(until))
        .filter(meeting::Column::InvitedAt.is_not_null())
        .filter(meeting::Column::CancelledAt.is_null())
        .filter(meeting::Column::RemindedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.organisation_id, m.id))
        .collect())
}

/// The organisation's setting for how many days ahead meeting papers go out.
pub async fn set_papers_days_ahead(
    db: &DatabaseConnection,
    organisation: Uuid,
    days: i32,
) -> Result<(), DbErr> {
    set_days(
        db,
        organisation,
        organisation::Column::PapersDaysAhead,
        days,
    )
    .await
}

/// The organisation's promise: feedback within this many days of an activity.
pub async fn set_feedback_days(
    db: &DatabaseConnection,
    organisation: Uuid,
    days: i32,
) -> Result<(), DbErr> {
    set_days(db, organisation, organisation::Column::FeedbackDays, days).await
}

async fn set_days(
    db: &DatabaseConnection,
    organisation: Uuid,
    column: organisation::Column,
    days: i32,
) -> Result<(), DbErr> {
    set_value(db, organisation, column, days).await
}

/// How the organisation's reports are made: the threshold for small numbers, the population
/// they compare with, and whether the open data is published.
pub async fn set_reporting(
    db: &DatabaseConnection,
    organisation: Uuid,
    suppress_below: i32,
    population_area: &str,
    publish_open_data: bool,
) -> Result<(), DbErr> {
    set_value(
        db,
        organisation,
        organisation::Column::SuppressBelow,
        suppress_below,
    )
    .await?;
    set_value(
        db,
        organisation,
        organisation::Column::PopulationArea,
        population_area.to_owned(),
    )
    .await?;
    set_value(
        db,
        organisation,
        organisation::Column::PublishOpenData,
        publish_open_data,
    )
    .await
}

async fn set_value(
    db: &DatabaseConnection,
    organisation: Uuid,
    column: organisation::Column,
    value: impl Into<sea_orm::Value>,
) -> Result<(), DbErr> {
    organisation::Entity::update_many()
        .col_expr(column, sea_orm::sea_query::Expr::value(value))
        .filter(organisation::Column::Id.eq(organisation))
        .exec(db)
        .await
        .map(|_| ())
}
