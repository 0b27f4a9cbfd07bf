use sea_orm::entity::prelude::*;

/// A consent a person gave: for what, when and how, and when they withdrew it.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub person_id: Uuid,
    /// e.g. "equality_in_selection": their equality answers may be used in a fair lottery.
    pub purpose: String,
    /// "online", "paper", "phone" or "in_person".
    pub how: String,
    pub given_at: DateTimeUtc,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub recorded_by: Option<Uuid>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
