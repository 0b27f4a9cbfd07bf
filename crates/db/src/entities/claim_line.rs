use sea_orm::entity::prelude::*;

/// One expense on a claim, with what the policy allowed of it.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "claim_lines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub claim_id: Uuid,
    pub kind: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub detail: Option<String>,
    pub claimed_pence: i64,
    pub tenths_of_a_mile: i32,
    pub agreed: bool,
    pub allowed_pence: i64,
    pub reason: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
