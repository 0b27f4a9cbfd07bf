use sea_orm::entity::prelude::*;

/// A coordinator going on despite a rule check's warning, and why.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_acknowledgements")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub meeting_id: Uuid,
    pub rule: String,
    /// The warning as it read; a changed warning needs acknowledging again.
    #[sea_orm(column_type = "Text")]
    pub finding: String,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub acknowledged_by: Option<Uuid>,
    pub acknowledged_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
