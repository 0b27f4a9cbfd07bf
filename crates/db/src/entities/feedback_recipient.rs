use sea_orm::entity::prelude::*;

/// Someone a piece of feedback went to, how and in which format.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback_recipients")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub feedback_id: Uuid,
    pub person_id: Uuid,
    /// email or post.
    pub channel: String,
    /// standard, easy_read or large_print.
    pub format: String,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
