use sea_orm::entity::prelude::*;

/// A training course, or a check such as DBS (its date and expiry only).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "courses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    /// course or check.
    pub kind: String,
    /// involved, staff or everyone.
    pub audience: String,
    /// How long it stays valid; None: it does not run out.
    pub valid_months: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
