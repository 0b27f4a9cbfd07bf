use sea_orm::entity::prelude::*;

/// A meeting of an opportunity. Times are UTC; pages show them in Europe/London.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    pub title: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub high_level: bool,
    /// What kind of activity it is, for fees by activity type: "meeting", "interview_panel"…
    pub activity: String,
    pub venue_id: Option<Uuid>,
    #[sea_orm(column_type = "Text", nullable)]
    pub online_details: Option<String>,
    pub agenda_shared_at: Option<DateTimeUtc>,
    pub agenda_closes_at: Option<DateTimeUtc>,
    pub invited_at: Option<DateTimeUtc>,
    /// When the reminder went out; the job claims a meeting by setting it.
    pub reminded_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    /// RFC 5545 SEQUENCE, raised with every change sent to calendars.
    pub sequence: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub notes: Option<String>,
    pub notes_shared_at: Option<DateTimeUtc>,
    /// When everyone expected had been sent feedback about it; none while any is owed.
    pub feedback_done_at: Option<DateTimeUtc>,
    /// People expected at it that no feedback about it has reached yet (kept by the app).
    pub feedback_owed: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
