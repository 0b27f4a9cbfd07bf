//! Reading claims and what they are about: one claim and its parts, lists with names, what a
//! person may still claim for, and the meetings and claims the cost calculator adds up.

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    claim, claim_line, claim_receipt, meeting, meeting_attendee, payment, person,
};
use withus_db::sea_orm;

pub async fn claim(scope: &OrgScope, id: Uuid) -> Result<Option<claim::Model>, DbErr> {
    scope
        .find::<claim::Entity>()
        .filter(claim::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn claim_for(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Uuid,
) -> Result<Option<claim::Model>, DbErr> {
    scope
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.eq(meeting_id))
        .filter(claim::Column::PersonId.eq(person_id))
        .one(scope.db())
        .await
}

pub async fn lines(scope: &OrgScope, claim_id: Uuid) -> Result<Vec<claim_line::Model>, DbErr> {
    scope
        .find::<claim_line::Entity>()
        .filter(claim_line::Column::ClaimId.eq(claim_id))
        .all(scope.db())
        .await
}

/// A receipt's id and file name, without its bytes.
pub async fn receipts(scope: &OrgScope, claim_id: Uuid) -> Result<Vec<(Uuid, String)>, DbErr> {
    scope
        .find::<claim_receipt::Entity>()
        .select_only()
        .columns([claim_receipt::Column::Id, claim_receipt::Column::Filename])
        .filter(claim_receipt::Column::ClaimId.eq(claim_id))
        .order_by_asc(claim_receipt::Column::UploadedAt)
        .into_tuple()
        .all(scope.db())
        .await
}

pub async fn receipt(
    scope: &OrgScope,
    claim_id: Uuid,
    id: Uuid,
) -> Result<Option<claim_receipt::Model>, DbErr> {
    scope
        .find::<claim_receipt::Entity>()
        .filter(claim_receipt::Column::ClaimId.eq(claim_id))
        .filter(claim_receipt::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn payment(scope: &OrgScope, claim_id: Uuid) -> Result<Option<payment::Model>, DbErr> {
    scope
        .find::<payment::Entity>()
        .filter(payment::Column::ClaimId.eq(claim_id))
        .one(scope.db())
        .await
}

/// A claim with the names a list shows.
pub struct Listed {
    pub claim: claim::Model,
    pub person: String,
    pub meeting: String,
}

pub async fn list(scope: &OrgScope, statuses: &[&str]) -> Result<Vec<Listed>, DbErr> {
    let claims = scope
        .find::<claim::Entity>()
        .filter(claim::Column::Status.is_in(statuses.iter().copied()))
        .order_by_asc(claim::Column::SubmittedAt)
        .all(scope.db())
        .await?;
    named(scope, claims).await
}

pub async fn of_person(scope: &OrgScope, person_id: Uuid) -> Result<Vec<Listed>, DbErr> {
    let claims = scope
        .find::<claim::Entity>()
        .filter(claim::Column::PersonId.eq(person_id))
        .order_by_desc(claim::Column::ActivityOn)
        .all(scope.db())
        .await?;
    named(scope, claims).await
}

/// One claim with its names.
pub async fn named_one(scope: &OrgScope, c: &claim::Model) -> Result<Listed, DbErr> {
    let mut named = named(scope, vec![c.clone()]).await?;
    Ok(named.pop().unwrap_or(Listed {
        claim: c.clone(),
        person: String::new(),
        meeting: String::new(),
    }))
}

async fn named(scope: &OrgScope, claims: Vec<claim::Model>) -> Result<Vec<Listed>, DbErr> {
    let people: std::collections::HashMap<Uuid, String> = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(claims.iter().map(|c| c.person_id)))
        .all(scope.db())
        .await?
        .iter()
        .map(|p| (p.id, crate::people::display_name(p)))
        .collect();
    let meetings: std::collections::HashMap<Uuid, String> = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(claims.iter().map(|c| c.meeting_id)))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|m| (m.id, m.title))
        .collect();
    Ok(claims
        .into_iter()
        .map(|claim| Listed {
            person: people.get(&claim.person_id).cloned().unwrap_or_default(),
            meeting: meetings.get(&claim.meeting_id).cloned().unwrap_or_default(),
            claim,
        })
        .collect())
}

/// Activities the person came to that they have not claimed for yet.
pub async fn claimable(scope: &OrgScope, person_id: Uuid) -> Result<Vec<meeting::Model>, DbErr> {
    let attended: Vec<Uuid> = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.eq(person_id))
        .filter(meeting_attendee::Column::Attendance.eq("attended"))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| a.meeting_id)
        .collect();
    let claimed = scope
        .select_column::<claim::Entity>(claim::Column::MeetingId)
        .and_where(Expr::col(claim::Column::PersonId).eq(person_id))
        .to_owned();
    scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(attended))
        .filter(meeting::Column::Id.not_in_subquery(claimed))
        .order_by_desc(meeting::Column::StartsAt)
        .all(scope.db())
        .await
}

/// What was paid to the person between two days, both included.
pub async fn paid_between(
    scope: &OrgScope,
    person_id: Uuid,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<i64, DbErr> {
    let theirs = scope
        .select_column::<claim::Entity>(claim::Column::Id)
        .and_where(Expr::col(claim::Column::PersonId).eq(person_id))
        .to_owned();
    let paid: Vec<payment::Model> = scope
        .find::<payment::Entity>()
        .filter(payment::Column::ClaimId.in_subquery(theirs))
        .filter(payment::Column::PaidOn.between(from, to))
        .all(scope.db())
        .await?;
    Ok(paid.iter().map(|p| p.pence).sum())
}

/// Every payment recorded.
pub async fn payments(scope: &OrgScope) -> Result<Vec<payment::Model>, DbErr> {
    scope.find::<payment::Entity>().all(scope.db()).await
}

/// The claims made for one meeting.
pub async fn claims_of_meeting(
    scope: &OrgScope,
    meeting_id: Uuid,
) -> Result<Vec<claim::Model>, DbErr> {
    scope
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.eq(meeting_id))
        .all(scope.db())
        .await
}

/// The claims made for any of these meetings.
pub async fn claims_of_meetings(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<Vec<claim::Model>, DbErr> {
    scope
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.is_in(ids))
        .all(scope.db())
        .await
}

/// The opportunity's meetings, in no particular order.
pub async fn meetings_of(
    scope: &OrgScope,
    opportunity_id: Uuid,
) -> Result<Vec<meeting::Model>, DbErr> {
    scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::OpportunityId.eq(opportunity_id))
        .all(scope.db())
        .await
}

/// The meeting a claim is for.
pub async fn meeting(scope: &OrgScope, meeting_id: Uuid) -> Result<Option<meeting::Model>, DbErr> {
    scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.eq(meeting_id))
        .one(scope.db())
        .await
}

/// The person's place at the meeting, if they came to it.
pub async fn attended(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Uuid,
) -> Result<Option<meeting_attendee::Model>, DbErr> {
    scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::MeetingId.eq(meeting_id))
        .filter(meeting_attendee::Column::PersonId.eq(person_id))
        .filter(meeting_attendee::Column::Attendance.eq("attended"))
        .one(scope.db())
        .await
}
