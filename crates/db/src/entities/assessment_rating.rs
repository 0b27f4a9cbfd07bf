use sea_orm::entity::prelude::*;

/// One person's rating of one framework statement in one year.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assessment_ratings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub year: i32,
    /// Framework, part and statement, e.g. "4pi.presence.monitoring".
    pub statement: String,
    pub account_id: Uuid,
    /// staff or involved: the two are shown side by side, never mixed.
    pub rated_as: String,
    /// not_started, developing, established or embedded.
    pub rating: String,
    #[sea_orm(column_type = "Text")]
    pub evidence: String,
    pub rated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
