use sea_orm::entity::prelude::*;

/// Something involved people said (an idea, a recommendation, a concern) and what
/// became of it: the change made, or the honest reason it was not.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contributions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub meeting_id: Option<Uuid>,
    /// idea, recommendation or concern.
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub said: String,
    pub said_on: Date,
    /// open (not decided yet), changed or not_changed.
    pub status: String,
    /// The change made, or the honest reason it was not.
    #[sea_orm(column_type = "Text", nullable)]
    pub outcome: Option<String>,
    /// individual or strategic.
    pub level: Option<String>,
    /// Impact areas, comma separated.
    pub areas: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub evidence: Option<String>,
    pub outcome_on: Option<Date>,
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
