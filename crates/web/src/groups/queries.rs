//! Groups and their members, through the organisation's scope.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{group, group_member, person};
use withus_db::sea_orm;

/// Every group, by name.
pub async fn groups(scope: &OrgScope) -> Result<Vec<group::Model>, DbErr> {
    scope
        .find::<group::Entity>()
        .order_by_asc(group::Column::Name)
        .all(scope.db())
        .await
}

/// A group as typed on the form, its optional boxes already `None` when left empty.
pub struct NewGroup {
    pub name: String,
    pub kind: String,
    pub about: Option<String>,
    pub email: Option<String>,
}

/// Adds a group; answers its id.
pub async fn create(scope: &OrgScope, new: NewGroup) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(group::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            name: Set(new.name.chars().take(200).collect()),
            kind: Set(new.kind),
            about: Set(new.about),
            email: Set(new.email),
            created_at: Set(Utc::now()),
        })
        .await?;
    Ok(id)
}

pub async fn find(scope: &OrgScope, id: Uuid) -> Result<Option<group::Model>, DbErr> {
    scope
        .find::<group::Entity>()
        .filter(group::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// The group's members, and the people they are in family-name order.
pub async fn members(
    scope: &OrgScope,
    id: Uuid,
) -> Result<(Vec<group_member::Model>, Vec<person::Model>), DbErr> {
    let db = scope.db();
    let members = scope
        .find::<group_member::Entity>()
        .filter(group_member::Column::GroupId.eq(id))
        .all(db)
        .await?;
    let people = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(members.iter().map(|m| m.person_id)))
        .order_by_asc(person::Column::FamilyName)
        .all(db)
        .await?;
    Ok((members, people))
}

/// Adds the person to the group unless they are in it already; answers whether they were added.
pub async fn add_member(
    scope: &OrgScope,
    id: Uuid,
    person: Uuid,
    represents: bool,
) -> Result<bool, DbErr> {
    let already = scope
        .find::<group_member::Entity>()
        .filter(group_member::Column::GroupId.eq(id))
        .filter(group_member::Column::PersonId.eq(person))
        .one(scope.db())
        .await?;
    if already.is_some() {
        return Ok(false);
    }
    scope
        .insert(group_member::ActiveModel {
            organisation_id: Set(scope.organisation_id()),
            group_id: Set(id),
            person_id: Set(person),
            represents: Set(represents),
        })
        .await?;
    Ok(true)
}

/// Takes the person out of the group; answers whether they were in it.
pub async fn remove_member(scope: &OrgScope, id: Uuid, person: Uuid) -> Result<bool, DbErr> {
    let result = scope
        .delete_many::<group_member::Entity>()
        .filter(group_member::Column::GroupId.eq(id))
        .filter(group_member::Column::PersonId.eq(person))
        .exec(scope.db())
        .await?;
    Ok(result.rows_affected == 1)
}
