//! Reads and writes for support, mentoring and training, all through the organisation scope:
//! courses, checks and training records in `training.rs`, mentoring in `mentoring.rs`.

mod mentoring;
mod training;

pub use mentoring::*;
pub use training::*;

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, support_record};
use withus_db::sea_orm;

use crate::people::display_name;

pub async fn names_of_people(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(ids))
        .all(scope.db())
        .await?
        .iter()
        .map(|p| (p.id, display_name(p)))
        .collect())
}

pub async fn support_of(
    scope: &OrgScope,
    person: Uuid,
) -> Result<Vec<support_record::Model>, DbErr> {
    scope
        .find::<support_record::Entity>()
        .filter(support_record::Column::PersonId.eq(person))
        .order_by_desc(support_record::Column::GivenOn)
        .all(scope.db())
        .await
}

/// Records support given to a person, and the member of staff who gave it.
pub async fn add_support(
    scope: &OrgScope,
    person: Uuid,
    kind: &str,
    given_on: NaiveDate,
    given_by: Uuid,
    given_by_name: &str,
    note: &str,
) -> Result<(), DbErr> {
    scope
        .insert(support_record::ActiveModel {
            id: Set(Uuid::now_v7()),
            person_id: Set(person),
            kind: Set(kind.to_owned()),
            given_on: Set(given_on),
            given_by: Set(Some(given_by)),
            given_by_name: Set(given_by_name.to_owned()),
            note: Set(note.to_owned()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
}
