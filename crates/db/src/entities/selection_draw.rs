use sea_orm::entity::prelude::*;

/// One fair lottery draw for an opportunity: the seed, the problem as it stood (pool as
/// coded values and quotas, JSON) and the result (chances, panel, reserves, JSON).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "selection_draws")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub seed: String,
    pub size: i32,
    pub reserves: i32,
    #[sea_orm(column_type = "Text")]
    pub problem: String,
    #[sea_orm(column_type = "Text")]
    pub result: String,
    pub min_probability: f64,
    pub panels_in_support: i32,
    pub drawn_by: Option<Uuid>,
    pub drawn_at: DateTimeUtc,
    pub applied_at: Option<DateTimeUtc>,
    pub checked_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
