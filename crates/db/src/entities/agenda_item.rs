use sea_orm::entity::prelude::*;

/// An agenda item: added by staff, or proposed by an attendee for the chair to accept.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agenda_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub meeting_id: Uuid,
    pub title: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub detail: Option<String>,
    pub proposed_by: Option<Uuid>,
    pub proposer_name: String,
    /// "proposed", "accepted" or "declined".
    pub status: String,
    pub position: i32,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
