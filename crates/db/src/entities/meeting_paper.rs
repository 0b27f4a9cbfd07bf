use sea_orm::entity::prelude::*;

/// One file of a meeting paper in one format; versions of a paper share its title.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_papers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub meeting_id: Uuid,
    pub title: String,
    /// "standard", "easy_read", "large_print", "braille" or "audio".
    pub format: String,
    pub filename: String,
    pub content_type: String,
    pub data: Vec<u8>,
    /// The words the plain-language checker read; none when the file could not be read.
    #[sea_orm(column_type = "Text", nullable)]
    pub text: Option<String>,
    pub uploaded_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
