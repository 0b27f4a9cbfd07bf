use sea_orm::entity::prelude::*;

/// A person's interest in an opportunity and where it stands: interested, offered,
/// confirmed, reserve, not_selected or withdrawn. `reason` is what the person is told.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub person_id: Uuid,
    pub status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    /// What the person said they need to take part, as they confirmed it.
    #[sea_orm(column_type = "Text", nullable)]
    pub access_needs: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
    /// 1 is the first reserve.
    pub reserve_rank: Option<i32>,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<Uuid>,
    pub withdrawn_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
