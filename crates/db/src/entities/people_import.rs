use sea_orm::entity::prelude::*;

/// A spreadsheet of people uploaded for import, kept until it is confirmed.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "people_imports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub file_name: String,
    #[sea_orm(column_type = "Text")]
    pub content: String,
    /// JSON: our field name → the file's column header.
    #[sea_orm(column_type = "Text")]
    pub mapping: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub imported_at: Option<DateTimeUtc>,
    pub imported_count: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
