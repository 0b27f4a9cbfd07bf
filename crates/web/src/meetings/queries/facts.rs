//! What the rule checks need to know beyond the meeting and its people: the other meetings a
//! person is already expected at when this one happens (so two meetings at 2–4pm on the same
//! day no longer pass the time check because nobody said that time was bad), and the access
//! the opportunity promised (so a hearing loop is not promised at a venue without one).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{meeting, meeting_attendee, opportunity_tag};
use withus_db::sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder};

/// A meeting that overlaps the one being checked.
#[derive(Clone, Debug)]
pub struct Clash {
    pub title: String,
    pub starts_at: DateTime<Utc>,
}

/// For each person, the meetings other than `this` that they are expected at (as a member or
/// reserve, not cancelled) and that overlap its time, earliest first.
pub async fn clashes(
    scope: &OrgScope,
    this: &meeting::Model,
    people: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Clash>>, DbErr> {
    if people.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.is_in(people.to_vec()))
        .filter(meeting_attendee::Column::MeetingId.ne(this.id))
        .filter(meeting_attendee::Column::Kind.is_in(["member", "reserve"]))
        .all(scope.db())
        .await?;
    if rows.is_empty() {
        return Ok(HashMap::new());
    }
    let overlapping: HashMap<Uuid, meeting::Model> = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(rows.iter().map(|r| r.meeting_id).collect::<Vec<_>>()))
        .filter(meeting::Column::CancelledAt.is_null())
        .filter(meeting::Column::StartsAt.lt(this.ends_at))
        .filter(meeting::Column::EndsAt.gt(this.starts_at))
        .order_by_asc(meeting::Column::StartsAt)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let mut found: HashMap<Uuid, Vec<Clash>> = HashMap::new();
    for row in rows {
        if let (Some(person), Some(m)) = (row.person_id, overlapping.get(&row.meeting_id)) {
            found.entry(person).or_default().push(Clash {
                title: m.title.clone(),
                starts_at: m.starts_at,
            });
        }
    }
    for list in found.values_mut() {
        list.sort_by_key(|c| c.starts_at);
    }
    Ok(found)
}

/// The access needs the meeting's opportunity says it meets.
pub async fn promised(scope: &OrgScope, opportunity_id: Uuid) -> Result<Vec<String>, DbErr> {
    Ok(scope
        .find::<opportunity_tag::Entity>()
        .filter(opportunity_tag::Column::OpportunityId.eq(opportunity_id))
        .filter(opportunity_tag::Column::List.eq("access"))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|t| t.value)
        .collect())
}
