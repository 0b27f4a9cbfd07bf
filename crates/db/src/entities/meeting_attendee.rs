use sea_orm::entity::prelude::*;

/// Someone expected at a meeting: an involved person (member or reserve) or staff.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_attendees")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub meeting_id: Uuid,
    pub person_id: Option<Uuid>,
    pub account_id: Option<Uuid>,
    /// "member", "reserve", "staff" or "chair".
    pub kind: String,
    /// "attended", "apologies" or "absent", once recorded.
    pub attendance: Option<String>,
    /// Time given, for payments.
    pub minutes: Option<i32>,
    pub invited_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
