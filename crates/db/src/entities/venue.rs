use sea_orm::entity::prelude::*;

/// A place meetings happen, with the accessibility facts checked against people's needs.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "venues")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub address: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub accessible_toilet: bool,
    pub parking: bool,
    pub public_transport: bool,
    pub quiet_room: bool,
    #[sea_orm(column_type = "Text", nullable)]
    pub notes: Option<String>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
