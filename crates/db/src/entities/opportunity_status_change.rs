use sea_orm::entity::prelude::*;

/// One step of an opportunity's lifecycle, kept as history.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opportunity_status_changes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub status: String,
    pub changed_by: Option<Uuid>,
    pub changed_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
