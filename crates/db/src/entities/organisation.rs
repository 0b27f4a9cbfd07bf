use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub created_at: DateTimeUtc,
    /// How many days before a meeting its papers should reach people.
    pub papers_days_ahead: i32,
    /// Days after an activity by which feedback to the people involved is promised.
    pub feedback_days: i32,
    /// Counts below this are shown as "fewer than" it, never as the number.
    pub suppress_below: i32,
    /// A Census 2021 area code of the built-in profiles, or "own".
    pub population_area: String,
    pub publish_open_data: bool,
    /// Years without involvement (or since leaving) after which people's details are erased;
    /// none while retention is off.
    pub retention_years: Option<i32>,
    /// Days between telling someone and erasing their details.
    pub retention_notice_days: i32,
}

impl ActiveModelBehavior for ActiveModel {}
