use sea_orm::entity::prelude::*;

/// A role people can take in an opportunity, e.g. panel member, with what it involves.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opportunity_roles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    /// One of the participation roles, or "own" for the organisation's own name.
    pub kind: String,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// A course or check someone must hold to take the role.
    pub requires_course_id: Option<Uuid>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
