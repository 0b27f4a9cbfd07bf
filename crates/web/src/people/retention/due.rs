//! Who is due to have their details erased: not erased yet, and either left, or not involved,
//! for at least the organisation's number of years. The database narrows the register to
//! them, so a large organisation's people are not all read to find the few due; the rows it
//! returns are read once more here to say why, and since when.

use std::collections::HashMap;

use chrono::{DateTime, Months, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_status_change};
use withus_db::sea_orm;

pub const LEFT: &str = "left";

/// Lists of ids in one statement stay this short on either database.
const CHUNK: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Left,
    /// Involved once, and not since.
    Idle,
    /// Added to the register and never involved.
    Never,
}

#[derive(Clone, Debug)]
pub struct Due {
    pub person: person::Model,
    pub why: Why,
    /// When they left, were last involved, or were added.
    pub since: DateTime<Utc>,
}

/// `years` before `now`: anyone whose time with us ended on or before it is due.
pub fn cutoff(now: DateTime<Utc>, years: i32) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(years.unsigned_abs().saturating_mul(12)))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

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

/// Everyone due on `now` under a setting of `years`, longest waiting first. People a
/// coordinator keeps are among them: the caller decides what keeping means.
pub async fn due(scope: &OrgScope, years: i32, now: DateTime<Utc>) -> Result<Vec<Due>, DbErr> {
    use person::Column as P;
    let cutoff = cutoff(now, years);
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
    let people = scope
        .find::<person::Entity>()
        .filter(P::ErasedAt.is_null())
        .filter(Condition::any().add(left).add(idle))
        .order_by_asc(P::Id)
        .all(scope.db())
        .await?;
    let left_at = left_at(scope, &people).await?;
    let mut due: Vec<Due> = people
        .into_iter()
        .filter_map(|p| why(p, &left_at, cutoff))
        .collect();
    due.sort_by_key(|d| d.since);
    Ok(due)
}

/// When each person who has left last changed to "left".
async fn left_at(
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

/// Why someone the database found is due; leaving says more than not taking part, so it wins.
fn why(
    person: person::Model,
    left_at: &HashMap<Uuid, DateTime<Utc>>,
    cutoff: DateTime<Utc>,
) -> Option<Due> {
    let left = (person.status == LEFT)
        .then(|| {
            left_at
                .get(&person.id)
                .copied()
                .unwrap_or(person.updated_at)
        })
        .filter(|at| *at <= cutoff);
    let (why, since) = match (left, person.last_involved_at) {
        (Some(at), _) => (Why::Left, at),
        (None, Some(at)) if at <= cutoff => (Why::Idle, at),
        (None, None) if person.created_at <= cutoff => (Why::Never, person.created_at),
        _ => return None,
    };
    Some(Due { person, why, since })
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn the_cutoff_is_whole_years_back_even_from_a_leap_day() {
        let now = Utc.with_ymd_and_hms(2028, 2, 29, 12, 0, 0).single();
        let Some(now) = now else {
            panic!("a real day");
        };
        assert_eq!(
            cutoff(now, 1),
            Utc.with_ymd_and_hms(2027, 2, 28, 12, 0, 0)
                .single()
                .unwrap_or(now)
        );
        assert_eq!(
            cutoff(now, 6),
            Utc.with_ymd_and_hms(2022, 2, 28, 12, 0, 0)
                .single()
                .unwrap_or(now)
        );
    }
}
