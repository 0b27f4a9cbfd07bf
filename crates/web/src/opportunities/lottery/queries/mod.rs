//! Quotas, the pool as the lottery sees it, and stored draws; the jobs that work draws out,
//! in `jobs.rs`.

mod jobs;

pub use jobs::*;
// The worker's signatures name the connection, its errors and the lease from here, so the
// worker reaches the database only through these queries.
pub use withus_db::job_queue::{LEASE, Owner};
pub use withus_db::sea_orm::{DatabaseConnection, DbErr};

use std::collections::HashMap;

use chrono::{Datelike, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    consent, equality_answer, interest, opportunity, person, selection_draw, selection_quota,
};
use withus_db::sea_orm;

use super::categories::{CATEGORIES, QuotaCategory, value_of};
use crate::people::SELECTION_CONSENT;

pub async fn quotas(
    scope: &OrgScope,
    opportunity_id: Uuid,
) -> Result<Vec<selection_quota::Model>, DbErr> {
    scope
        .find::<selection_quota::Entity>()
        .filter(selection_quota::Column::OpportunityId.eq(opportunity_id))
        .all(scope.db())
        .await
}

/// Sets the range for each (category, value), replacing any range it had.
pub async fn set_quotas(
    scope: &OrgScope,
    opportunity_id: Uuid,
    ranges: &[(&str, &str, usize, usize)],
) -> Result<(), DbErr> {
    let txn = scope.transaction().await?;
    let mut rows = Vec::new();
    for &(category, value, min, max) in ranges {
        scope
            .delete_many::<selection_quota::Entity>()
            .filter(selection_quota::Column::OpportunityId.eq(opportunity_id))
            .filter(selection_quota::Column::Category.eq(category))
            .filter(selection_quota::Column::Value.eq(value))
            .exec(&txn)
            .await?;
        rows.push(selection_quota::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            opportunity_id: Set(opportunity_id),
            category: Set(category.to_owned()),
            value: Set(value.to_owned()),
            min_count: Set(min as i32),
            max_count: Set(max as i32),
        });
    }
    scope.insert_many_in(&txn, rows).await?;
    txn.commit().await
}

pub async fn remove_quota(
    scope: &OrgScope,
    opportunity_id: Uuid,
    quota_id: Uuid,
) -> Result<(), DbErr> {
    scope
        .delete_many::<selection_quota::Entity>()
        .filter(selection_quota::Column::OpportunityId.eq(opportunity_id))
        .filter(selection_quota::Column::Id.eq(quota_id))
        .exec(scope.db())
        .await
        .map(|_| ())
}

/// The opportunity a draw job is for.
pub use crate::opportunities::queries::row as opportunity;

/// Places not yet offered or confirmed: the seats a draw fills.
pub async fn free_places(scope: &OrgScope, o: &opportunity::Model) -> Result<usize, DbErr> {
    let taken = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(o.id))
        .filter(interest::Column::Status.is_in(["offered", "confirmed"]))
        .count(scope.db())
        .await?;
    Ok((o.places.max(0) as usize).saturating_sub(taken as usize))
}

/// Everyone still waiting for a decision on this opportunity, with their value in every
/// quota category (equality values only where they consented to their use in selection).
pub struct Pool {
    pub people: Vec<(interest::Model, person::Model)>,
    /// `values[i][c]`: person i's value in `CATEGORIES[c]`.
    pub values: Vec<Vec<&'static str>>,
}

impl Pool {
    /// How many people have each value of `category`, the last count being "not known".
    pub fn counts(&self, category: usize) -> Vec<usize> {
        let cat: &QuotaCategory = &CATEGORIES[category];
        let mut counts = vec![0; cat.values.len() + 1];
        for values in &self.values {
            let at = cat
                .values
                .iter()
                .position(|(v, _)| *v == values[category])
                .unwrap_or(cat.values.len());
            counts[at] += 1;
        }
        counts
    }
}

pub async fn pool(scope: &OrgScope, opportunity_id: Uuid) -> Result<Pool, DbErr> {
    let people: Vec<_> = crate::opportunities::queries::interests(scope, opportunity_id)
        .await?
        .into_iter()
        .filter(|(i, p)| i.status == "interested" && p.status == "active")
        .collect();
    let ids: Vec<Uuid> = people.iter().map(|(_, p)| p.id).collect();
    let consenting: Vec<Uuid> = scope
        .find::<consent::Entity>()
        .filter(consent::Column::PersonId.is_in(ids))
        .filter(consent::Column::Purpose.eq(SELECTION_CONSENT))
        .filter(consent::Column::WithdrawnAt.is_null())
        .all(scope.db())
        .await?
        .into_iter()
        .map(|c| c.person_id)
        .collect();
    let mut answers: HashMap<Uuid, equality_answer::Model> = HashMap::new();
    // Oldest first, so each person ends with their latest answers.
    for row in scope
        .find::<equality_answer::Entity>()
        .filter(equality_answer::Column::PersonId.is_in(consenting))
        .order_by_asc(equality_answer::Column::AnsweredAt)
        .all(scope.db())
        .await?
    {
        answers.insert(row.person_id, row);
    }
    let year = Utc::now().year();
    let values = people
        .iter()
        .map(|(_, p)| {
            CATEGORIES
                .iter()
                .map(|c| value_of(c, p, answers.get(&p.id), year))
                .collect()
        })
        .collect();
    Ok(Pool { people, values })
}

pub async fn draws(
    scope: &OrgScope,
    opportunity_id: Uuid,
) -> Result<Vec<selection_draw::Model>, DbErr> {
    scope
        .find::<selection_draw::Entity>()
        .filter(selection_draw::Column::OpportunityId.eq(opportunity_id))
        .order_by_desc(selection_draw::Column::DrawnAt)
        .all(scope.db())
        .await
}

pub async fn draw(
    scope: &OrgScope,
    opportunity_id: Uuid,
    id: Uuid,
) -> Result<Option<selection_draw::Model>, DbErr> {
    scope
        .find::<selection_draw::Entity>()
        .filter(selection_draw::Column::OpportunityId.eq(opportunity_id))
        .filter(selection_draw::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// What each person is told when a draw is applied.
pub struct Reasons {
    pub drawn: String,
    pub reserve: String,
    pub not_drawn: String,
}

/// Applies a draw in one transaction: offers the free places to the panel, makes reserves
/// in their order, and tells everyone else still waiting why not. Only people still
/// "interested" change. False, and nothing written, when the draw was applied already.
pub async fn apply_draw(
    scope: &OrgScope,
    o: &opportunity::Model,
    draw_id: Uuid,
    (panel, reserves): (&[Uuid], &[Uuid]),
    reasons: &Reasons,
    actor: Uuid,
) -> Result<bool, DbErr> {
    let txn = scope.transaction().await?;
    let claimed = scope
        .update_many::<selection_draw::Entity>()
        .col_expr(selection_draw::Column::AppliedAt, Expr::value(Utc::now()))
        .filter(selection_draw::Column::Id.eq(draw_id))
        .filter(selection_draw::Column::AppliedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(false);
    }
    let count = |statuses: &'static [&'static str]| {
        scope
            .find::<interest::Entity>()
            .filter(interest::Column::OpportunityId.eq(o.id))
            .filter(interest::Column::Status.is_in(statuses.iter().copied()))
            .count(&txn)
    };
    let taken = count(&["offered", "confirmed"]).await? as usize;
    let ranked = count(&["reserve"]).await? as i32;
    let now = Utc::now();
    let decide = |status: &str, reason: &str, rank: Option<i32>| {
        scope
            .update_many::<interest::Entity>()
            .col_expr(interest::Column::Status, Expr::value(status))
            .col_expr(interest::Column::Reason, Expr::value(reason))
            .col_expr(interest::Column::ReserveRank, Expr::value(rank))
            .col_expr(interest::Column::DecidedAt, Expr::value(now))
            .col_expr(interest::Column::DecidedBy, Expr::value(actor))
            .filter(interest::Column::OpportunityId.eq(o.id))
            .filter(interest::Column::Status.eq("interested"))
    };
    let free = (o.places.max(0) as usize).saturating_sub(taken);
    let offered = &panel[..free.min(panel.len())];
    decide("offered", &reasons.drawn, None)
        .filter(interest::Column::PersonId.is_in(offered.iter().copied()))
        .exec(&txn)
        .await?;
    for (n, person) in reserves.iter().enumerate() {
        decide("reserve", &reasons.reserve, Some(ranked + n as i32 + 1))
            .filter(interest::Column::PersonId.eq(*person))
            .exec(&txn)
            .await?;
    }
    decide("not_selected", &reasons.not_drawn, None)
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(true)
}
