use sea_orm::entity::prelude::*;

/// Travel a coordinator asked to be booked in advance for someone who needs it.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "travel_bookings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub meeting_id: Uuid,
    pub person_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub details: String,
    pub requested_by: Option<Uuid>,
    pub requested_at: DateTimeUtc,
    pub booked_at: Option<DateTimeUtc>,
    pub booked_by: Option<Uuid>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
