//! Contributions ("you said, we did"): storing one with the people named on it, reading
//! them back for the pages and reports, and the opportunities and people they may name.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, TransactionTrait};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    contribution, contribution_person, interest, meeting_attendee, opportunity, outcome_result,
};
use withus_db::sea_orm;

/// A contribution as checked by the form, ready to store.
#[derive(Clone, Debug, Default)]
pub struct ContributionInput {
    pub opportunity_id: Uuid,
    pub meeting_id: Option<Uuid>,
    pub kind: String,
    pub said: String,
    pub said_on: NaiveDate,
    /// Who said it; empty for "the group".
    pub people: Vec<Uuid>,
    pub status: String,
    pub outcome: Option<String>,
    pub level: Option<String>,
    pub areas: Vec<String>,
    pub evidence: Option<String>,
    pub outcome_on: Option<NaiveDate>,
}

/// Adds (id None) or changes a contribution, replacing who made it. Answers its id.
pub async fn save_contribution(
    scope: &OrgScope,
    id: Option<Uuid>,
    input: &ContributionInput,
    by: Uuid,
) -> Result<Uuid, DbErr> {
    let now = Utc::now();
    let contribution_id = id.unwrap_or_else(Uuid::now_v7);
    let mut row = contribution::ActiveModel {
        id: Set(contribution_id),
        organisation_id: Set(scope.organisation_id()),
        opportunity_id: Set(input.opportunity_id),
        meeting_id: Set(input.meeting_id),
        kind: Set(input.kind.clone()),
        said: Set(input.said.clone()),
        said_on: Set(input.said_on),
        status: Set(input.status.clone()),
        outcome: Set(input.outcome.clone()),
        level: Set(input.level.clone()),
        areas: Set(input.areas.join(",")),
        evidence: Set(input.evidence.clone()),
        outcome_on: Set(input.outcome_on),
        recorded_by: Set(Some(by)),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let txn = scope.db().begin().await?;
    if id.is_some() {
        row.id = NotSet;
        row.organisation_id = NotSet;
        row.created_at = NotSet;
        scope
            .update_many::<contribution::Entity>()
            .set(row)
            .filter(contribution::Column::Id.eq(contribution_id))
            .exec(&txn)
            .await?;
        scope
            .delete_many::<contribution_person::Entity>()
            .filter(contribution_person::Column::ContributionId.eq(contribution_id))
            .exec(&txn)
            .await?;
    } else {
        scope.insert_many_in(&txn, vec![row]).await?;
    }
    let people = input
        .people
        .iter()
        .map(|p| contribution_person::ActiveModel {
            id: Set(Uuid::now_v7()),
            contribution_id: Set(contribution_id),
            person_id: Set(*p),
            ..Default::default()
        })
        .collect();
    scope.insert_many_in(&txn, people).await?;
    txn.commit().await?;
    Ok(contribution_id)
}

pub async fn contribution(
    scope: &OrgScope,
    id: Uuid,
) -> Result<Option<contribution::Model>, DbErr> {
    scope
        .find::<contribution::Entity>()
        .filter(contribution::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// Contributions, newest first; narrowed to some opportunities, or to some ids.
pub async fn contributions(
    scope: &OrgScope,
    opportunities: Option<Vec<Uuid>>,
    ids: Option<Vec<Uuid>>,
) -> Result<Vec<contribution::Model>, DbErr> {
    let mut query = scope.find::<contribution::Entity>();
    if let Some(o) = opportunities {
        query = query.filter(contribution::Column::OpportunityId.is_in(o));
    }
    if let Some(ids) = ids {
        query = query.filter(contribution::Column::Id.is_in(ids));
    }
    query
        .order_by_desc(contribution::Column::SaidOn)
        .order_by_desc(contribution::Column::Id)
        .all(scope.db())
        .await
}

/// Who made each of these contributions.
pub async fn people_of(
    scope: &OrgScope,
    contributions: &[contribution::Model],
) -> Result<HashMap<Uuid, Vec<Uuid>>, DbErr> {
    let mut people: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for row in scope
        .find::<contribution_person::Entity>()
        .filter(
            contribution_person::Column::ContributionId.is_in(contributions.iter().map(|c| c.id)),
        )
        .all(scope.db())
        .await?
    {
        people
            .entry(row.contribution_id)
            .or_default()
            .push(row.person_id);
    }
    Ok(people)
}

/// The contributions one person made.
pub async fn contribution_ids_of(scope: &OrgScope, person: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(scope
        .find::<contribution_person::Entity>()
        .filter(contribution_person::Column::PersonId.eq(person))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|r| r.contribution_id)
        .collect())
}

pub async fn outcome_results(
    scope: &OrgScope,
    opportunity: Uuid,
) -> Result<Vec<outcome_result::Model>, DbErr> {
    scope
        .find::<outcome_result::Entity>()
        .filter(outcome_result::Column::OpportunityId.eq(opportunity))
        .order_by_asc(outcome_result::Column::Position)
        .all(scope.db())
        .await
}

/// The people confirmed in the opportunity.
pub async fn confirmed_in(scope: &OrgScope, opportunity: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity))
        .filter(interest::Column::Status.eq("confirmed"))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.person_id)
        .collect())
}

/// The opportunities the person was confirmed in.
pub async fn opportunities_confirmed_in(
    scope: &OrgScope,
    person: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    Ok(scope
        .find::<interest::Entity>()
        .filter(interest::Column::PersonId.eq(person))
        .filter(interest::Column::Status.eq("confirmed"))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.opportunity_id)
        .collect())
}

/// The people expected at these meetings (staff, who have no person, left out).
pub async fn people_expected_at(
    scope: &OrgScope,
    meetings: impl IntoIterator<Item = Uuid>,
) -> Result<Vec<Uuid>, DbErr> {
    Ok(scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::MeetingId.is_in(meetings))
        .all(scope.db())
        .await?
        .into_iter()
        .filter_map(|a| a.person_id)
        .collect())
}

/// The opportunities with these ids.
pub async fn opportunities_in(
    scope: &OrgScope,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<Vec<opportunity::Model>, DbErr> {
    scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.is_in(ids))
        .all(scope.db())
        .await
}

/// Every opportunity past its draft: those a contribution may be recorded against.
pub async fn opportunities_past_draft(scope: &OrgScope) -> Result<Vec<opportunity::Model>, DbErr> {
    scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Status.ne("draft"))
        .all(scope.db())
        .await
}
