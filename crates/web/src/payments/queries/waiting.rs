//! Receipts waiting for their claim: kept when a claim form comes back with something to fix,
//! so the person does not choose their files again, and joined to the claim when it is made.

use chrono::{Duration, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::receipt_upload;
use withus_db::sea_orm;

use super::NewReceipt;

/// How long a receipt waits for its claim: a form left for longer is started again.
const WAIT_HOURS: i64 = 24;

/// A receipt kept for a claim not made yet: its id and the file's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub id: Uuid,
    pub filename: String,
}

/// Keeps `receipts` for the claim `person` is making for `meeting`, and lets go of receipts
/// across the organisation that waited longer than a day.
pub async fn keep_waiting(
    scope: &OrgScope,
    person: Uuid,
    meeting: Uuid,
    by: Uuid,
    receipts: Vec<NewReceipt>,
) -> Result<Vec<Waiting>, DbErr> {
    let now = Utc::now();
    scope
        .delete_many::<receipt_upload::Entity>()
        .filter(receipt_upload::Column::UploadedAt.lt(now - Duration::hours(WAIT_HOURS)))
        .exec(scope.db())
        .await?;
    let mut kept = Vec::new();
    let mut rows = Vec::new();
    for r in receipts {
        let id = Uuid::now_v7();
        kept.push(Waiting {
            id,
            filename: r.filename.clone(),
        });
        rows.push(receipt_upload::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            person_id: Set(person),
            meeting_id: Set(meeting),
            filename: Set(r.filename),
            content_type: Set(r.content_type.to_owned()),
            data: Set(r.data),
            uploaded_by: Set(Some(by)),
            uploaded_at: Set(now),
        });
    }
    scope.insert_many(rows).await?;
    Ok(kept)
}

/// The receipts among `ids` still waiting for this person's claim for this meeting; an id of
/// another person's, another meeting's or another organisation's is never found.
pub async fn waiting(
    scope: &OrgScope,
    person: Uuid,
    meeting: Uuid,
    ids: &[Uuid],
) -> Result<Vec<receipt_upload::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    scope
        .find::<receipt_upload::Entity>()
        .filter(receipt_upload::Column::PersonId.eq(person))
        .filter(receipt_upload::Column::MeetingId.eq(meeting))
        .filter(receipt_upload::Column::Id.is_in(ids.iter().copied()))
        .limit(ids.len() as u64)
        .all(scope.db())
        .await
}
