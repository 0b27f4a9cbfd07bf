//! The audit trail: who saw or changed personal data, and when. Recorded in the same
//! organisation as the data; administrators read it at /admin/audit.

use chrono::Utc;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::audit_event;
use withus_db::sea_orm::{ActiveValue::Set, DbErr};

pub async fn record(
    scope: &OrgScope,
    actor: Option<Uuid>,
    action: &str,
    subject_type: &str,
    subject_id: Option<Uuid>,
    detail: Option<&str>,
) -> Result<(), DbErr> {
    scope
        .insert(audit_event::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            account_id: Set(actor),
            action: Set(action.to_owned()),
            subject_type: Set(subject_type.to_owned()),
            subject_id: Set(subject_id.map(|id| id.to_string())),
            detail: Set(detail.map(str::to_owned)),
            at: Set(Utc::now()),
        })
        .await
}
