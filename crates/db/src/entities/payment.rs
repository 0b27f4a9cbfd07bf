use sea_orm::entity::prelude::*;

/// The payment of a claim; the database holds at most one per claim.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "payments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub claim_id: Uuid,
    pub paid_on: Date,
    pub reference: String,
    pub pence: i64,
    pub recorded_by: Option<Uuid>,
    pub recorded_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
