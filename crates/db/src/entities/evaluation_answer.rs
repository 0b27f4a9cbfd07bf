use sea_orm::entity::prelude::*;

/// One end-of-involvement questionnaire: seed 002's five impact questions, each with a
/// rating from 1 to 5 (None: would rather not say) and their own words.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evaluation_answers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    /// involved or staff.
    pub answered_as: String,
    pub person_id: Option<Uuid>,
    pub account_id: Option<Uuid>,
    pub rating_1: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub words_1: Option<String>,
    pub rating_2: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub words_2: Option<String>,
    pub rating_3: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub words_3: Option<String>,
    pub rating_4: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub words_4: Option<String>,
    pub rating_5: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub words_5: Option<String>,
    pub submitted_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
