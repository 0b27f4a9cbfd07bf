use sea_orm::entity::prelude::*;

/// Someone took (or helped deliver) a course, or holds a check, and until when.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "training_records")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub course_id: Uuid,
    pub session_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub account_id: Option<Uuid>,
    /// attended or delivered.
    pub part: String,
    pub completed_on: Date,
    pub expires_on: Option<Date>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
