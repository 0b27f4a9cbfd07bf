use sea_orm::entity::prelude::*;

/// An emailed invitation to one opportunity, so nobody is invited twice.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub person_id: Uuid,
    pub sent_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
