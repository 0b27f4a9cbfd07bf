//! A venue as its form gives it: reading one, adding one, changing one.

use chrono::Utc;
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::venue;
use withus_db::sea_orm;

/// What the venue form says, with the facts named as in `forms::venues::FACTS`.
pub struct VenueInput<'a> {
    pub name: &'a str,
    pub address: &'a str,
    pub facts: &'a [String],
    pub notes: &'a str,
}

fn row(input: &VenueInput) -> venue::ActiveModel {
    let has = |f: &str| input.facts.iter().any(|x| x == f);
    venue::ActiveModel {
        name: Set(input.name.to_owned()),
        address: Set(input.address.to_owned()),
        step_free: Set(has("step_free")),
        hearing_loop: Set(has("hearing_loop")),
        accessible_toilet: Set(has("accessible_toilet")),
        parking: Set(has("parking")),
        public_transport: Set(has("public_transport")),
        quiet_room: Set(has("quiet_room")),
        notes: Set((!input.notes.is_empty()).then(|| input.notes.to_owned())),
        ..Default::default()
    }
}

pub async fn venue(scope: &OrgScope, id: Uuid) -> Result<Option<venue::Model>, DbErr> {
    scope
        .find::<venue::Entity>()
        .filter(venue::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// Adds a venue as its form says; answers its id.
pub async fn add_venue(scope: &OrgScope, input: &VenueInput<'_>) -> Result<Uuid, DbErr> {
    let mut added = row(input);
    let id = Uuid::now_v7();
    added.id = Set(id);
    added.organisation_id = Set(scope.organisation_id());
    added.created_at = Set(Utc::now());
    scope.insert(added).await?;
    Ok(id)
}

pub async fn change_venue(scope: &OrgScope, id: Uuid, input: &VenueInput<'_>) -> Result<(), DbErr> {
    let mut changed = row(input);
    changed.id = NotSet;
    scope
        .update_many::<venue::Entity>()
        .set(changed)
        .filter(venue::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    Ok(())
}
