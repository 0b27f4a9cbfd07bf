use sea_orm::entity::prelude::*;

/// A topic of the opportunity, or an access need it can meet: ("topic", "dementia"),
/// ("access", "hearing_loop").
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opportunity_tags")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub opportunity_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub list: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub value: String,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
