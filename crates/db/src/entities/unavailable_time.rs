use sea_orm::entity::prelude::*;

/// A weekly window a person cannot do, e.g. Monday to Friday 14:45–15:30 in term time is five
/// rows. Minutes count from midnight, UK time, so meetings can be checked against them.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "unavailable_times")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub person_id: Uuid,
    /// 1 is Monday, 7 is Sunday.
    pub weekday: i16,
    pub start_minute: i32,
    pub end_minute: i32,
    pub term_time_only: bool,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
