use sea_orm::entity::prelude::*;

/// For one selection, the least and most people with a value: ("involvement_role", "carer",
/// 2, 4), or an equality category counted only for people who consented to its use.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "selection_quotas")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub category: String,
    pub value: String,
    pub min_count: i32,
    pub max_count: i32,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
