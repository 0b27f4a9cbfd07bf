use sea_orm::entity::prelude::*;

/// One intended outcome, recorded when the opportunity is set up; impact is judged against it.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opportunity_outcomes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub position: i32,
    #[sea_orm(column_type = "Text")]
    pub text: String,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
