use sea_orm::entity::prelude::*;

/// A person's place in the organisation's retention: the notice before their details are
/// erased, and a coordinator's decision to keep them, with the reason. At most one a person;
/// none while nothing has happened.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retention_people")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub person_id: Uuid,
    /// "email" or "letter", as they chose to hear from us.
    pub notice_by: Option<String>,
    /// When the notice was made: the email queued, or the letter put on staff's list.
    pub noticed_at: Option<DateTimeUtc>,
    /// When they were told (the email, or the day staff posted the letter): the notice
    /// period runs from here.
    pub told_at: Option<DateTimeUtc>,
    /// Why a coordinator is keeping their details; words about the person.
    #[sea_orm(column_type = "Text", nullable)]
    pub kept_reason: Option<String>,
    pub kept_by: Option<Uuid>,
    pub kept_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
