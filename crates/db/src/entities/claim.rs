use sea_orm::entity::prelude::*;

/// A claim for fees and expenses for one activity a person took part in.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "claims")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub person_id: Uuid,
    pub meeting_id: Uuid,
    pub policy_id: Uuid,
    /// "submitted", "queried", "approved", "rejected" or "paid".
    pub status: String,
    pub method: String,
    pub role: String,
    pub activity: String,
    pub activity_on: Date,
    pub minutes: i32,
    pub fee_pence: i64,
    pub expenses_pence: i64,
    pub worth_pence: i64,
    pub to_pay_pence: i64,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub message: Option<String>,
    pub made_by: Option<Uuid>,
    pub on_behalf: bool,
    pub submitted_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<Uuid>,
    pub paid_on: Option<Date>,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
