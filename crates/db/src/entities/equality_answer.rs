use sea_orm::entity::prelude::*;

/// One set of equality monitoring answers, as given on one day. Special category data: only
/// the equality monitoring role reads single rows; reports use aggregates. Every answer may be
/// empty (not asked or skipped) or "prefer_not_to_say".
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "equality_answers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub person_id: Uuid,
    pub birth_year: Option<i32>,
    pub age_band: Option<String>,
    pub sex: Option<String>,
    pub gender_same_as_birth: Option<String>,
    pub sexual_orientation: Option<String>,
    pub ethnic_group: Option<String>,
    pub religion: Option<String>,
    pub long_term_condition: Option<String>,
    pub condition_impact: Option<String>,
    pub unpaid_care: Option<String>,
    pub answered_at: DateTimeUtc,
    pub recorded_by: Option<Uuid>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
