//! Opportunities' reads and writes, all through the organisation's scope; who matches an
//! opportunity, and invitations, in `matches.rs`; interest and where each stands in
//! `interests.rs`.

mod interests;
mod matches;

pub use interests::*;
pub use matches::*;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter, QueryOrder, TransactionTrait};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    interest, opportunity, opportunity_outcome, opportunity_role, opportunity_status_change,
    opportunity_tag,
};
use withus_db::sea_orm;

use crate::opportunities::forms::{OpportunityInput, RoleInput};

/// An opportunity with everything recorded about it.
pub struct Full {
    pub opportunity: opportunity::Model,
    pub outcomes: Vec<String>,
    pub roles: Vec<RoleInput>,
    /// (list, value): topics and the access needs it can meet.
    pub tags: Vec<(String, String)>,
    pub history: Vec<opportunity_status_change::Model>,
}

impl Full {
    pub fn tagged(&self, list: &str) -> Vec<String> {
        self.tags
            .iter()
            .filter(|(l, _)| l == list)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// Adds (id None) or changes an opportunity, replacing its outcomes, roles and tags.
pub async fn save(
    scope: &OrgScope,
    id: Option<Uuid>,
    input: &OpportunityInput,
    actor: Uuid,
) -> Result<Uuid, DbErr> {
    let org = scope.organisation_id();
    let now = Utc::now();
    let txn = scope.db().begin().await?;
    let opportunity_id = id.unwrap_or_else(Uuid::now_v7);
    let mut row = opportunity::ActiveModel {
        id: Set(opportunity_id),
        organisation_id: Set(org),
        title: Set(input.title.clone()),
        summary: Set(input.summary.clone()),
        purpose: Set(input.purpose.clone()),
        level: Set(input.level.clone()),
        can_change: Set(input.can_change.clone()),
        cannot_change: Set(input.cannot_change.clone()),
        who_decides: Set(input.who_decides.clone()),
        area: Set(input.area.clone()),
        org_level: Set(input.org_level.clone()),
        time_commitment: Set(input.time_commitment.clone()),
        way: Set(input.way.clone()),
        venue: Set(input.venue.clone()),
        starts_at: Set(input.starts_at),
        ends_at: Set(input.ends_at),
        paid: Set(input.paid),
        rate_pence: Set(input.rate_pence),
        rate_unit: Set(input.rate_unit.clone()),
        places: Set(input.places),
        reserves: Set(input.reserves),
        owner_id: Set(input.owner),
        budget_pence: Set(input.budget_pence),
        status: Set("draft".into()),
        // The cycle's notes are kept by the evaluation page; the form never touches them.
        act_notes: sea_orm::ActiveValue::NotSet,
        reflection: sea_orm::ActiveValue::NotSet,
        lessons: sea_orm::ActiveValue::NotSet,
        feedback_owed: sea_orm::ActiveValue::NotSet,
        created_at: Set(now),
        updated_at: Set(now),
    };
    if id.is_some() {
        row.id = sea_orm::ActiveValue::NotSet;
        row.organisation_id = sea_orm::ActiveValue::NotSet;
        row.status = sea_orm::ActiveValue::NotSet;
        row.created_at = sea_orm::ActiveValue::NotSet;
        scope
            .update_many::<opportunity::Entity>()
            .set(row)
            .filter(opportunity::Column::Id.eq(opportunity_id))
            .exec(&txn)
            .await?;
        scope
            .delete_many::<opportunity_outcome::Entity>()
            .filter(opportunity_outcome::Column::OpportunityId.eq(opportunity_id))
            .exec(&txn)
            .await?;
        scope
            .delete_many::<opportunity_role::Entity>()
            .filter(opportunity_role::Column::OpportunityId.eq(opportunity_id))
            .exec(&txn)
            .await?;
        scope
            .delete_many::<opportunity_tag::Entity>()
            .filter(opportunity_tag::Column::OpportunityId.eq(opportunity_id))
            .exec(&txn)
            .await?;
    } else {
        scope.insert_many_in(&txn, vec![row]).await?;
        scope
            .insert_many_in(
                &txn,
                vec![status_row(org, opportunity_id, "draft", actor, now)],
            )
            .await?;
    }
    let outcomes = input
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, text)| opportunity_outcome::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org),
            opportunity_id: Set(opportunity_id),
            position: Set(i as i32 + 1),
            text: Set(text.clone()),
        })
        .collect();
    scope.insert_many_in(&txn, outcomes).await?;
    let roles = input
        .roles
        .iter()
        .map(|r| opportunity_role::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org),
            opportunity_id: Set(opportunity_id),
            kind: Set(r.kind.clone()),
            name: Set(r.name.clone()),
            description: Set(r.description.clone()),
            requires_course_id: Set(r.requires),
        })
        .collect();
    scope.insert_many_in(&txn, roles).await?;
    let tags = [("topic", &input.topics), ("access", &input.access)]
        .into_iter()
        .flat_map(|(list, values)| {
            values.iter().map(move |v| opportunity_tag::ActiveModel {
                organisation_id: Set(org),
                opportunity_id: Set(opportunity_id),
                list: Set(list.to_owned()),
                value: Set(v.clone()),
            })
        })
        .collect();
    scope.insert_many_in(&txn, tags).await?;
    txn.commit().await?;
    Ok(opportunity_id)
}

fn status_row(
    org: Uuid,
    opportunity_id: Uuid,
    status: &str,
    actor: Uuid,
    at: DateTime<Utc>,
) -> opportunity_status_change::ActiveModel {
    opportunity_status_change::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(org),
        opportunity_id: Set(opportunity_id),
        status: Set(status.to_owned()),
        changed_by: Set(Some(actor)),
        changed_at: Set(at),
    }
}

/// One opportunity's row, without its topics and roles (`load` has those).
pub async fn row(scope: &OrgScope, id: Uuid) -> Result<Option<opportunity::Model>, DbErr> {
    scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn load(scope: &OrgScope, id: Uuid) -> Result<Option<Full>, DbErr> {
    let found = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.eq(id))
        .all(scope.db())
        .await?;
    Ok(with_details(scope, found).await?.pop())
}

/// The topics of each of these opportunities.
pub async fn topics_of(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, Vec<String>>, DbErr> {
    let mut topics: HashMap<Uuid, Vec<String>> = HashMap::new();
    for t in scope
        .find::<opportunity_tag::Entity>()
        .filter(opportunity_tag::Column::OpportunityId.is_in(ids))
        .filter(opportunity_tag::Column::List.eq("topic"))
        .all(scope.db())
        .await?
    {
        topics.entry(t.opportunity_id).or_default().push(t.value);
    }
    Ok(topics)
}

/// Open opportunities (taking interest), newest first, with their details.
pub async fn open_for_interest(scope: &OrgScope) -> Result<Vec<Full>, DbErr> {
    let found = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Status.is_in(["open", "recruiting"]))
        .order_by_desc(opportunity::Column::CreatedAt)
        .all(scope.db())
        .await?;
    with_details(scope, found).await
}

/// Adds outcomes, roles, tags and history: four queries however many opportunities.
async fn with_details(
    scope: &OrgScope,
    opportunities: Vec<opportunity::Model>,
) -> Result<Vec<Full>, DbErr> {
    let ids: Vec<Uuid> = opportunities.iter().map(|o| o.id).collect();
    let mut outcomes: HashMap<Uuid, Vec<String>> = HashMap::new();
    for o in scope
        .find::<opportunity_outcome::Entity>()
        .filter(opportunity_outcome::Column::OpportunityId.is_in(ids.clone()))
        .order_by_asc(opportunity_outcome::Column::Position)
        .all(scope.db())
        .await?
    {
        outcomes.entry(o.opportunity_id).or_default().push(o.text);
    }
    let mut roles: HashMap<Uuid, Vec<RoleInput>> = HashMap::new();
    for r in scope
        .find::<opportunity_role::Entity>()
        .filter(opportunity_role::Column::OpportunityId.is_in(ids.clone()))
        .order_by_asc(opportunity_role::Column::Id)
        .all(scope.db())
        .await?
    {
        roles.entry(r.opportunity_id).or_default().push(RoleInput {
            kind: r.kind,
            name: r.name,
            description: r.description,
            requires: r.requires_course_id,
        });
    }
    let mut tags: HashMap<Uuid, Vec<(String, String)>> = HashMap::new();
    for t in scope
        .find::<opportunity_tag::Entity>()
        .filter(opportunity_tag::Column::OpportunityId.is_in(ids.clone()))
        .all(scope.db())
        .await?
    {
        tags.entry(t.opportunity_id)
            .or_default()
            .push((t.list, t.value));
    }
    let mut history: HashMap<Uuid, Vec<opportunity_status_change::Model>> = HashMap::new();
    for h in scope
        .find::<opportunity_status_change::Entity>()
        .filter(opportunity_status_change::Column::OpportunityId.is_in(ids))
        .order_by_asc(opportunity_status_change::Column::ChangedAt)
        .all(scope.db())
        .await?
    {
        history.entry(h.opportunity_id).or_default().push(h);
    }
    Ok(opportunities
        .into_iter()
        .map(|opportunity| {
            let id = opportunity.id;
            Full {
                opportunity,
                outcomes: outcomes.remove(&id).unwrap_or_default(),
                roles: roles.remove(&id).unwrap_or_default(),
                tags: tags.remove(&id).unwrap_or_default(),
                history: history.remove(&id).unwrap_or_default(),
            }
        })
        .collect())
}

/// Opportunities, newest first, optionally at one stage of the lifecycle.
pub async fn list(scope: &OrgScope, status: &str) -> Result<Vec<opportunity::Model>, DbErr> {
    let mut query = scope.find::<opportunity::Entity>();
    if !status.is_empty() {
        query = query.filter(opportunity::Column::Status.eq(status));
    }
    query
        .order_by_desc(opportunity::Column::CreatedAt)
        .all(scope.db())
        .await
}

/// Moves the opportunity along its lifecycle, if it is still where the caller saw it.
pub async fn set_status(
    scope: &OrgScope,
    id: Uuid,
    from: &str,
    to: &str,
    actor: Uuid,
) -> Result<bool, DbErr> {
    let now = Utc::now();
    let txn = scope.db().begin().await?;
    let moved = scope
        .update_many::<opportunity::Entity>()
        .col_expr(opportunity::Column::Status, Expr::value(to))
        .col_expr(opportunity::Column::UpdatedAt, Expr::value(now))
        .filter(opportunity::Column::Id.eq(id))
        .filter(opportunity::Column::Status.eq(from))
        .exec(&txn)
        .await?;
    if moved.rows_affected == 0 {
        return Ok(false);
    }
    scope
        .insert_many_in(
            &txn,
            vec![status_row(scope.organisation_id(), id, to, actor, now)],
        )
        .await?;
    // Reaching evaluating makes feedback owed to everyone confirmed.
    withus_db::feedback_owed::opportunities(scope, &txn, [id]).await?;
    txn.commit().await?;
    Ok(true)
}

/// Places offered to `person_id` that wait for their answer: (opportunity id, title), the
/// oldest offer first.
pub async fn offers_waiting(
    scope: &OrgScope,
    person_id: Uuid,
) -> Result<Vec<(Uuid, String)>, DbErr> {
    let offered: Vec<Uuid> = scope
        .find::<interest::Entity>()
        .filter(interest::Column::PersonId.eq(person_id))
        .filter(interest::Column::Status.eq("offered"))
        .order_by_asc(interest::Column::DecidedAt)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.opportunity_id)
        .collect();
    let titles = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.is_in(offered.clone()))
        .all(scope.db())
        .await?;
    Ok(offered
        .into_iter()
        .filter_map(|id| {
            let o = titles.iter().find(|o| o.id == id)?;
            Some((o.id, o.title.clone()))
        })
        .collect())
}
