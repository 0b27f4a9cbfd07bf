use sea_orm::entity::prelude::*;

/// A term the organisation explains (the jargon buster), or a word with a plainer alternative.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "glossary_terms")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub term: String,
    /// For a term, what it means; for a plainer word, the word to use instead.
    #[sea_orm(column_type = "Text")]
    pub meaning: String,
    /// "term" or "plainer".
    pub kind: String,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
