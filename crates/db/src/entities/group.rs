use sea_orm::entity::prelude::*;

/// A group or user-led organisation that is a member in its own right.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "groups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    /// "group" or "user_led_organisation".
    pub kind: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub about: Option<String>,
    pub email: Option<String>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
