use sea_orm::entity::prelude::*;

/// An objective of the strategy, tied to a figure Withus tracks.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "strategy_objectives")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub position: i32,
    #[sea_orm(column_type = "Text")]
    pub objective: String,
    /// A key of the figures the reports compute, or none.
    pub measure: Option<String>,
    pub target: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
