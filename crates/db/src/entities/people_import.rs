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
    /// checked (waiting for confirmation), queued, importing, done or failed.
    pub status: String,
    /// How many people the confirmation asked for, so the progress page can say so.
    pub to_import: Option<i32>,
    pub queued_at: Option<DateTimeUtc>,
    pub started_at: Option<DateTimeUtc>,
    pub lease_until: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub failure: Option<String>,
    /// The worker process holding (or that last held) the lease: host/pid/random id.
    pub lease_owner: Option<String>,
    /// Claims since it was last queued by a person; only the latest may finish the job.
    pub attempts: i32,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
