//! Interest in opportunities and where each stands: saying so, withdrawing, decisions with
//! reasons, reserves, accepting a place, and involvement over the last 12 months.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DbErr, PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{interest, opportunity, person};
use withus_db::sea_orm;

use crate::people::active_members;

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
    // Confirmed, or no longer, after evaluating changes who is owed feedback.
    withus_db::feedback_owed::opportunities(scope, &txn, [opportunity.id]).await?;
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

/// The person takes the place they were offered.
pub async fn accept(scope: &OrgScope, interest_id: Uuid) -> Result<(), DbErr> {
    use sea_orm::QuerySelect;
    let txn = scope.db().begin().await?;
    scope
        .update_many::<interest::Entity>()
        .col_expr(interest::Column::Status, Expr::value("confirmed"))
        .col_expr(interest::Column::DecidedAt, Expr::value(Utc::now()))
        .filter(interest::Column::Id.eq(interest_id))
        .filter(interest::Column::Status.eq("offered"))
        .exec(&txn)
        .await?;
    let opportunity: Option<Uuid> = scope
        .find::<interest::Entity>()
        .select_only()
        .column(interest::Column::OpportunityId)
        .filter(interest::Column::Id.eq(interest_id))
        .into_tuple()
        .one(&txn)
        .await?;
    withus_db::feedback_owed::opportunities(scope, &txn, opportunity).await?;
    txn.commit().await?;
    Ok(())
}
