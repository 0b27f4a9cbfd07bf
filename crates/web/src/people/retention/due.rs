//! Who is due to have their details erased: not erased yet, and either left, or not involved,
//! for at least the organisation's number of years. The database narrows the register to
//! them (`queries::due_people`), so a large organisation's people are not all read to find the
//! few due; the rows it returns are read once more here to say why, and since when.

use std::collections::HashMap;

use chrono::{DateTime, Months, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::person;

use super::queries::{self, DbErr};

pub const LEFT: &str = "left";

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

/// Everyone due on `now` under a setting of `years`, longest waiting first. People a
/// coordinator keeps are among them: the caller decides what keeping means.
pub async fn due(scope: &OrgScope, years: i32, now: DateTime<Utc>) -> Result<Vec<Due>, DbErr> {
    let cutoff = cutoff(now, years);
    let people = queries::due_people(scope, cutoff).await?;
    let left_at = queries::left_at(scope, &people).await?;
    let mut due: Vec<Due> = people
        .into_iter()
        .filter_map(|p| why(p, &left_at, cutoff))
        .collect();
    due.sort_by_key(|d| d.since);
    Ok(due)
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
