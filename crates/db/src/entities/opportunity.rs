use sea_orm::entity::prelude::*;

/// A chance to be involved: what it is for, how much say people have, and its places.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opportunities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// Why involve people here.
    #[sea_orm(column_type = "Text")]
    pub purpose: String,
    /// A step of the ladder of involvement, from informing to empowerment.
    pub level: Option<String>,
    /// Limits of influence: what people can change, what they cannot, and who decides.
    #[sea_orm(column_type = "Text")]
    pub can_change: String,
    #[sea_orm(column_type = "Text")]
    pub cannot_change: String,
    pub who_decides: String,
    pub area: Option<String>,
    pub org_level: Option<String>,
    pub time_commitment: Option<String>,
    /// in_person, online or both.
    pub way: String,
    pub venue: Option<String>,
    pub starts_at: Option<DateTimeUtc>,
    pub ends_at: Option<DateTimeUtc>,
    pub paid: bool,
    pub rate_pence: Option<i32>,
    pub rate_unit: Option<String>,
    pub places: i32,
    pub reserves: i32,
    pub owner_id: Option<Uuid>,
    pub budget_pence: Option<i32>,
    /// draft, open, recruiting, active, evaluating or closed.
    pub status: String,
    /// Act → Evaluate → Reflect → Learn (seed 002): what was done, the reflection on it and
    /// the lessons that feed the next opportunity.
    #[sea_orm(column_type = "Text", nullable)]
    pub act_notes: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub reflection: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub lessons: Option<String>,
    /// People confirmed in it, once it reached evaluating, that no feedback about it as a
    /// whole has reached yet (kept by the app).
    pub feedback_owed: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
