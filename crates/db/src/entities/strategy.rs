use sea_orm::entity::prelude::*;

/// The involvement strategy (seed 001 §5); its id is the organisation's.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "strategies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub vision: String,
    #[sea_orm(column_type = "Text")]
    pub aims: String,
    #[sea_orm(column_type = "Text")]
    pub principles: String,
    #[sea_orm(column_type = "Text")]
    pub who_engaged: String,
    #[sea_orm(column_type = "Text")]
    pub levels: String,
    #[sea_orm(column_type = "Text")]
    pub mechanisms: String,
    #[sea_orm(column_type = "Text")]
    pub monitoring: String,
    pub senior_manager: String,
    #[sea_orm(column_type = "Text")]
    pub champions: String,
    #[sea_orm(column_type = "Text")]
    pub easy_read: String,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
