//! The database's part in finding who is due: it narrows the register to them, so a large
//! organisation's people are not all read to find the few due, and says when each of those
//! who left last changed to "left". `due::due` reads the rows once more to say why.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_status_change};
use withus_db::sea_orm;

use crate::people::retention::due::LEFT;

/// Lists of ids in one statement stay this short on either database.
const CHUNK: usize = 500;

/// `EXISTS` a change of the outer person's status to "left", on or before `cutoff` (`before`)
/// or after it.
fn left_change(scope: &OrgScope, cutoff: DateTime<Utc>, before: bool) -> Expr {
    use person_status_change::{Column as S, Entity as Changes};
    let mut changes = scope.select_column::<Changes>(S::Id);
    changes
        .and_where(Expr::col((Changes, S::PersonId)).equals((person::Entity, person::Column::Id)))
        .and_where(Expr::col((Changes, S::Status)).eq(LEFT));
    let at = Expr::col((Changes, S::ChangedAt));
    changes.and_where(if before {
        at.lte(cutoff)
    } else {
        at.gt(cutoff)
    });
    Expr::exists(changes)
}

/// People not erased whose time with us ended on or before `cutoff`: they left, were last
/// involved, or were added and never involved, by then. In id order.
pub async fn due_people(
    scope: &OrgScope,
    cutoff: DateTime<Utc>,
) -> Result<Vec<person::Model>, DbErr> {
    use person::Column as P;
    // When they left is their last change to "left"; without one, their row's last change.
    let left = Condition::all()
        .add(P::Status.eq(LEFT))
        .add(left_change(scope, cutoff, false).not())
        .add(
            Condition::any()
                .add(left_change(scope, cutoff, true))
                .add(P::UpdatedAt.lte(cutoff)),
        );
    let idle = Condition::any().add(P::LastInvolvedAt.lte(cutoff)).add(
        Condition::all()
            .add(P::LastInvolvedAt.is_null())
            .add(P::CreatedAt.lte(cutoff)),
    );
    scope
        .find::<person::Entity>()
        .filter(P::ErasedAt.is_null())
        .filter(Condition::any().add(left).add(idle))
        .order_by_asc(P::Id)
        .all(scope.db())
        .await
}

/// When each person who has left last changed to "left".
pub async fn left_at(
    scope: &OrgScope,
    people: &[person::Model],
) -> Result<HashMap<Uuid, DateTime<Utc>>, DbErr> {
    use person_status_change::Column as S;
    let ids: Vec<Uuid> = people
        .iter()
        .filter(|p| p.status == LEFT)
        .map(|p| p.id)
        .collect();
    let mut latest: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
    for chunk in ids.chunks(CHUNK) {
        let changes = scope
            .find::<person_status_change::Entity>()
            .filter(S::PersonId.is_in(chunk.iter().copied()))
            .filter(S::Status.eq(LEFT))
            .all(scope.db())
            .await?;
        for change in changes {
            let at = latest.entry(change.person_id).or_insert(change.changed_at);
            *at = std::cmp::Ord::max(*at, change.changed_at);
        }
    }
    Ok(latest)
}
