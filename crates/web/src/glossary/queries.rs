//! The glossary's terms, through the organisation's scope. Reading them all is the
//! plain-language checker's (`crate::plain::glossary`), which the pages share.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::glossary_term;
use withus_db::sea_orm;

/// Adds a term it explains (`kind` "term") or a word with a plainer one ("plainer").
pub async fn add(scope: &OrgScope, term: String, meaning: String, kind: &str) -> Result<(), DbErr> {
    scope
        .insert(glossary_term::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            term: Set(term),
            meaning: Set(meaning),
            kind: Set(kind.to_owned()),
            created_at: Set(Utc::now()),
        })
        .await
}

/// Removes a term; answers whether there was one.
pub async fn remove(scope: &OrgScope, id: Uuid) -> Result<bool, DbErr> {
    let removed = scope
        .delete_many::<glossary_term::Entity>()
        .filter(glossary_term::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    Ok(removed.rows_affected != 0)
}
