//! Opportunities' reads and writes, all through the organisation's scope.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DbErr, PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    interest, invitation, opportunity, opportunity_outcome, opportunity_role,
    opportunity_status_change, opportunity_tag, person, person_choice, unavailable_time,
};
use withus_db::sea_orm;

use super::forms::{OpportunityInput, RoleInput, uk_session};
use super::matching::{Candidate, Offer, Window, misses};

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

pub async fn load(scope: &OrgScope, id: Uuid) -> Result<Option<Full>, DbErr> {
    let Some(opportunity) = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.eq(id))
        .one(scope.db())
        .await?
    else {
        return Ok(None);
    };
    let outcomes = scope
        .find::<opportunity_outcome::Entity>()
        .filter(opportunity_outcome::Column::OpportunityId.eq(id))
        .order_by_asc(opportunity_outcome::Column::Position)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|o| o.text)
        .collect();
    let roles = scope
        .find::<opportunity_role::Entity>()
        .filter(opportunity_role::Column::OpportunityId.eq(id))
        .order_by_asc(opportunity_role::Column::Id)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|r| RoleInput {
            kind: r.kind,
            name: r.name,
            description: r.description,
        })
        .collect();
    let tags = scope
        .find::<opportunity_tag::Entity>()
        .filter(opportunity_tag::Column::OpportunityId.eq(id))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|t| (t.list, t.value))
        .collect();
    let history = scope
        .find::<opportunity_status_change::Entity>()
        .filter(opportunity_status_change::Column::OpportunityId.eq(id))
        .order_by_asc(opportunity_status_change::Column::ChangedAt)
        .all(scope.db())
        .await?;
    Ok(Some(Full {
        opportunity,
        outcomes,
        roles,
        tags,
        history,
    }))
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
    txn.commit().await?;
    Ok(true)
}

/// Active people whose choices, times and access needs fit the opportunity.
pub async fn matches(scope: &OrgScope, full: &Full) -> Result<Vec<person::Model>, DbErr> {
    let people = scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .filter(person::Column::ErasedAt.is_null())
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .all(scope.db())
        .await?;
    let mut choices: HashMap<Uuid, Vec<(String, String)>> = HashMap::new();
    for c in scope
        .find::<person_choice::Entity>()
        .all(scope.db())
        .await?
    {
        choices
            .entry(c.person_id)
            .or_default()
            .push((c.list, c.value));
    }
    let mut windows: HashMap<Uuid, Vec<Window>> = HashMap::new();
    for w in scope
        .find::<unavailable_time::Entity>()
        .all(scope.db())
        .await?
    {
        windows.entry(w.person_id).or_default().push(window(&w));
    }
    let (topics, access, role_kinds) = offer_lists(full);
    let offer = offer(full, &topics, &access, &role_kinds);
    let none = Vec::new();
    Ok(people
        .into_iter()
        .filter(|p| {
            let candidate = Candidate {
                status: &p.status,
                choices: choices.get(&p.id).unwrap_or(&none),
                paid_preference: &p.paid_preference,
                cannot_do: windows.get(&p.id).map(Vec::as_slice).unwrap_or(&[]),
            };
            misses(&offer, &candidate).is_empty()
        })
        .collect())
}

fn window(w: &unavailable_time::Model) -> Window {
    Window {
        weekday: w.weekday as u8,
        start: w.start_minute.max(0) as u32,
        end: w.end_minute.max(0) as u32,
    }
}

fn offer_lists(full: &Full) -> (Vec<String>, Vec<String>, Vec<String>) {
    let role_kinds = full.roles.iter().map(|r| r.kind.clone()).collect();
    (full.tagged("topic"), full.tagged("access"), role_kinds)
}

fn offer<'a>(
    full: &'a Full,
    topics: &'a [String],
    access: &'a [String],
    role_kinds: &'a [String],
) -> Offer<'a> {
    let o = &full.opportunity;
    Offer {
        topics,
        area: o.area.as_deref(),
        role_kinds,
        level: o.level.as_deref(),
        way: &o.way,
        paid: o.paid,
        access,
        session: o.starts_at.zip(o.ends_at).map(|(s, e)| uk_session(s, e)),
    }
}

/// Whether one person's choices fit, for their own list of opportunities.
pub fn matches_person(full: &Full, me: &crate::people::queries::Details) -> bool {
    let (topics, access, role_kinds) = offer_lists(full);
    let windows: Vec<Window> = me.times.iter().map(window).collect();
    let candidate = Candidate {
        status: &me.person.status,
        choices: &me.choices,
        paid_preference: &me.person.paid_preference,
        cannot_do: &windows,
    };
    misses(&offer(full, &topics, &access, &role_kinds), &candidate).is_empty()
}

/// The person takes the place they were offered.
pub async fn accept(scope: &OrgScope, interest_id: Uuid) -> Result<(), DbErr> {
    scope
        .update_many::<interest::Entity>()
        .col_expr(interest::Column::Status, Expr::value("confirmed"))
        .col_expr(interest::Column::DecidedAt, Expr::value(Utc::now()))
        .filter(interest::Column::Id.eq(interest_id))
        .filter(interest::Column::Status.eq("offered"))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// People already invited to this opportunity.
pub async fn invited(scope: &OrgScope, opportunity_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(scope
        .find::<invitation::Entity>()
        .filter(invitation::Column::OpportunityId.eq(opportunity_id))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.person_id)
        .collect())
}

pub async fn record_invitation(
    scope: &OrgScope,
    opportunity_id: Uuid,
    person_id: Uuid,
) -> Result<(), DbErr> {
    scope
        .insert(invitation::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            opportunity_id: Set(opportunity_id),
            person_id: Set(person_id),
            sent_at: Set(Utc::now()),
        })
        .await
}

/// Everyone who is active and agreed to hear by email.
pub async fn active_members(scope: &OrgScope) -> Result<Vec<person::Model>, DbErr> {
    scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .filter(person::Column::ErasedAt.is_null())
        .all(scope.db())
        .await
}

/// Interest in one opportunity, with the people, in the order it came.
pub async fn interests(
    scope: &OrgScope,
    opportunity_id: Uuid,
) -> Result<Vec<(interest::Model, person::Model)>, DbErr> {
    let rows = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity_id))
        .order_by_asc(interest::Column::CreatedAt)
        .all(scope.db())
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.person_id).collect();
    let people: HashMap<Uuid, person::Model> = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(ids))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| people.get(&r.person_id).cloned().map(|p| (r, p)))
        .collect())
}

pub async fn interest(scope: &OrgScope, id: Uuid) -> Result<Option<interest::Model>, DbErr> {
    scope
        .find::<interest::Entity>()
        .filter(interest::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn interest_of(
    scope: &OrgScope,
    opportunity_id: Uuid,
    person_id: Uuid,
) -> Result<Option<interest::Model>, DbErr> {
    scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity_id))
        .filter(interest::Column::PersonId.eq(person_id))
        .one(scope.db())
        .await
}

/// Says the person is interested, or interested again after withdrawing.
pub async fn express(
    scope: &OrgScope,
    opportunity_id: Uuid,
    person_id: Uuid,
    note: Option<String>,
    access_needs: Option<String>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    if let Some(existing) = interest_of(scope, opportunity_id, person_id).await? {
        scope
            .update_many::<interest::Entity>()
            .col_expr(interest::Column::Status, Expr::value("interested"))
            .col_expr(interest::Column::Note, Expr::value(note))
            .col_expr(interest::Column::AccessNeeds, Expr::value(access_needs))
            .col_expr(
                interest::Column::WithdrawnAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(interest::Column::Id.eq(existing.id))
            .filter(interest::Column::Status.eq("withdrawn"))
            .exec(scope.db())
            .await?;
        return Ok(());
    }
    scope
        .insert(interest::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            opportunity_id: Set(opportunity_id),
            person_id: Set(person_id),
            status: Set("interested".into()),
            note: Set(note),
            access_needs: Set(access_needs),
            reason: Set(None),
            reserve_rank: Set(None),
            created_at: Set(now),
            decided_at: Set(None),
            decided_by: Set(None),
            withdrawn_at: Set(None),
        })
        .await
}

/// Sets where an interest stands. Places and reserve ranks are checked inside the same
/// transaction, so two coordinators cannot over-fill the places between them.
pub async fn decide(
    scope: &OrgScope,
    opportunity: &opportunity::Model,
    interest_id: Uuid,
    status: &str,
    reason: Option<String>,
    actor: Option<Uuid>,
) -> Result<Decision, DbErr> {
    let txn = scope.db().begin().await?;
    let taken = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity.id))
        .filter(interest::Column::Status.is_in(["offered", "confirmed"]))
        .filter(interest::Column::Id.ne(interest_id))
        .count(&txn)
        .await?;
    if matches!(status, "offered" | "confirmed") && taken >= opportunity.places.max(0) as u64 {
        return Ok(Decision::Full);
    }
    let reserve_rank = if status == "reserve" {
        let reserves = scope
            .find::<interest::Entity>()
            .filter(interest::Column::OpportunityId.eq(opportunity.id))
            .filter(interest::Column::Status.eq("reserve"))
            .filter(interest::Column::Id.ne(interest_id))
            .count(&txn)
            .await?;
        Some(reserves as i32 + 1)
    } else {
        None
    };
    let now = Utc::now();
    let mut update = scope
        .update_many::<interest::Entity>()
        .col_expr(interest::Column::Status, Expr::value(status))
        .col_expr(interest::Column::ReserveRank, Expr::value(reserve_rank))
        .filter(interest::Column::Id.eq(interest_id))
        .filter(interest::Column::OpportunityId.eq(opportunity.id));
    if status == "withdrawn" {
        update = update.col_expr(interest::Column::WithdrawnAt, Expr::value(now));
    } else {
        update = update
            .col_expr(interest::Column::Reason, Expr::value(reason))
            .col_expr(interest::Column::DecidedAt, Expr::value(now))
            .col_expr(interest::Column::DecidedBy, Expr::value(actor));
    }
    update.exec(&txn).await?;
    txn.commit().await?;
    Ok(Decision::Done)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Decision {
    Done,
    /// Every place is offered or confirmed already.
    Full,
}

/// The reserve first in line, if any.
pub async fn first_reserve(
    scope: &OrgScope,
    opportunity_id: Uuid,
) -> Result<Option<interest::Model>, DbErr> {
    scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity_id))
        .filter(interest::Column::Status.eq("reserve"))
        .order_by_asc(interest::Column::ReserveRank)
        .order_by_asc(interest::Column::CreatedAt)
        .one(scope.db())
        .await
}

/// A signed-in person's interests, newest first, with their opportunities.
pub async fn interests_of_person(
    scope: &OrgScope,
    person_id: Uuid,
) -> Result<Vec<(interest::Model, opportunity::Model)>, DbErr> {
    let rows = scope
        .find::<interest::Entity>()
        .filter(interest::Column::PersonId.eq(person_id))
        .order_by_desc(interest::Column::CreatedAt)
        .all(scope.db())
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.opportunity_id).collect();
    let opportunities: HashMap<Uuid, opportunity::Model> = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.is_in(ids))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            opportunities
                .get(&r.opportunity_id)
                .cloned()
                .map(|o| (r, o))
        })
        .collect())
}

/// Confirmed places per active person over the last 12 months, fewest first, so the
/// coordinator can spread places fairly.
pub async fn involvement_counts(
    scope: &OrgScope,
    now: DateTime<Utc>,
) -> Result<Vec<(person::Model, u32)>, DbErr> {
    let since = now - Duration::days(365);
    let mut counts: HashMap<Uuid, u32> = HashMap::new();
    for i in scope
        .find::<interest::Entity>()
        .filter(interest::Column::Status.eq("confirmed"))
        .filter(interest::Column::DecidedAt.gt(since))
        .all(scope.db())
        .await?
    {
        *counts.entry(i.person_id).or_default() += 1;
    }
    let mut people: Vec<(person::Model, u32)> = active_members(scope)
        .await?
        .into_iter()
        .map(|p| {
            let n = counts.get(&p.id).copied().unwrap_or(0);
            (p, n)
        })
        .collect();
    people.sort_by(|(a, x), (b, y)| {
        x.cmp(y)
            .then_with(|| a.family_name.cmp(&b.family_name))
            .then_with(|| a.given_name.cmp(&b.given_name))
    });
    Ok(people)
}
