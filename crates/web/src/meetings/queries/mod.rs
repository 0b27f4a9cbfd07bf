//! Meetings' reads and writes, all through the organisation's scope; the rule checks and
//! their acknowledgements in `checked.rs` (with what they read beyond the meeting in
//! `facts.rs`), adding meetings, people, papers and venues in `added.rs`, changing them in
//! `changed.rs`, a venue from its form in `venues.rs`, and what sending writes in `sent.rs`.

mod added;
mod candidates;
mod changed;
mod checked;
mod coming;
mod facts;
mod sent;
mod venues;

pub use added::*;
pub use candidates::*;
pub use changed::*;
pub use checked::*;
pub use coming::*;
pub use facts::*;
pub use sent::*;
pub use venues::*;

use std::collections::HashMap;

use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    account, agenda_item, meeting, meeting_attendee, meeting_paper, opportunity, person,
    person_choice, unavailable_time, venue,
};
use withus_db::sea_orm;

use crate::opportunities::Window;

/// A meeting with its opportunity and venue.
pub struct Loaded {
    pub meeting: meeting::Model,
    pub opportunity: opportunity::Model,
    pub venue: Option<venue::Model>,
}

pub async fn load(scope: &OrgScope, id: Uuid) -> Result<Option<Loaded>, DbErr> {
    let Some(meeting) = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.eq(id))
        .one(scope.db())
        .await?
    else {
        return Ok(None);
    };
    let Some(opportunity) = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.eq(meeting.opportunity_id))
        .one(scope.db())
        .await?
    else {
        return Ok(None);
    };
    let venue = match meeting.venue_id {
        Some(v) => {
            scope
                .find::<venue::Entity>()
                .filter(venue::Column::Id.eq(v))
                .one(scope.db())
                .await?
        }
        None => None,
    };
    Ok(Some(Loaded {
        meeting,
        opportunity,
        venue,
    }))
}

pub async fn list(scope: &OrgScope) -> Result<Vec<(meeting::Model, String)>, DbErr> {
    let meetings = scope
        .find::<meeting::Entity>()
        .order_by_asc(meeting::Column::StartsAt)
        .all(scope.db())
        .await?;
    let titles: HashMap<Uuid, String> = scope
        .find::<opportunity::Entity>()
        .all(scope.db())
        .await?
        .into_iter()
        .map(|o| (o.id, o.title))
        .collect();
    Ok(meetings
        .into_iter()
        .map(|m| {
            let title = titles.get(&m.opportunity_id).cloned().unwrap_or_default();
            (m, title)
        })
        .collect())
}

pub async fn for_opportunity(
    scope: &OrgScope,
    opportunity_id: Uuid,
) -> Result<Vec<meeting::Model>, DbErr> {
    scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::OpportunityId.eq(opportunity_id))
        .order_by_asc(meeting::Column::StartsAt)
        .all(scope.db())
        .await
}

/// The meetings with these ids, in no particular order.
pub async fn by_ids(scope: &OrgScope, ids: Vec<Uuid>) -> Result<Vec<meeting::Model>, DbErr> {
    scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::Id.is_in(ids))
        .all(scope.db())
        .await
}

pub async fn venues(scope: &OrgScope) -> Result<Vec<venue::Model>, DbErr> {
    scope
        .find::<venue::Entity>()
        .order_by_asc(venue::Column::Name)
        .all(scope.db())
        .await
}

/// Someone expected at a meeting, with what the page needs to show them.
pub struct Attendee {
    pub row: meeting_attendee::Model,
    pub name: String,
    pub person: Option<person::Model>,
    pub needs: Vec<String>,
    pub cannot_do: Vec<Window>,
    /// Where to write to them: an involved person only if they agreed to email; staff at
    /// their account's address.
    pub email: Option<String>,
}

pub async fn attendees(scope: &OrgScope, meeting_id: Uuid) -> Result<Vec<Attendee>, DbErr> {
    let rows = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::MeetingId.eq(meeting_id))
        .all(scope.db())
        .await?;
    let person_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.person_id).collect();
    let account_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.account_id).collect();
    let people: HashMap<Uuid, person::Model> = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(person_ids.clone()))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let accounts: HashMap<Uuid, account::Model> = scope
        .find::<account::Entity>()
        .filter(account::Column::Id.is_in(account_ids))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let mut needs: HashMap<Uuid, Vec<String>> = HashMap::new();
    for c in scope
        .find::<person_choice::Entity>()
        .filter(person_choice::Column::PersonId.is_in(person_ids.clone()))
        .filter(person_choice::Column::List.eq("access_need"))
        .all(scope.db())
        .await?
    {
        needs.entry(c.person_id).or_default().push(c.value);
    }
    let mut windows: HashMap<Uuid, Vec<Window>> = HashMap::new();
    for w in scope
        .find::<unavailable_time::Entity>()
        .filter(unavailable_time::Column::PersonId.is_in(person_ids))
        .all(scope.db())
        .await?
    {
        windows.entry(w.person_id).or_default().push(Window {
            weekday: w.weekday as u8,
            start: w.start_minute.max(0) as u32,
            end: w.end_minute.max(0) as u32,
        });
    }
    let mut out: Vec<Attendee> = rows
        .into_iter()
        .map(|row| {
            let person = row.person_id.and_then(|id| people.get(&id).cloned());
            let account = row.account_id.and_then(|id| accounts.get(&id));
            let (name, email) = match (&person, account) {
                (Some(p), _) => {
                    let agreed = p.contact_by_email && p.erased_at.is_none() && p.status != "left";
                    (
                        crate::people::display_name(p),
                        p.email.clone().filter(|_| agreed),
                    )
                }
                (None, Some(a)) => (a.display_name.clone(), Some(a.email.clone())),
                _ => (String::new(), None),
            };
            let id = row.person_id.unwrap_or_default();
            Attendee {
                needs: needs.remove(&id).unwrap_or_default(),
                cannot_do: windows.remove(&id).unwrap_or_default(),
                row,
                name,
                person,
                email,
            }
        })
        .collect();
    out.sort_by(|a, b| (kind_order(&a.row.kind), &a.name).cmp(&(kind_order(&b.row.kind), &b.name)));
    Ok(out)
}

fn kind_order(kind: &str) -> usize {
    ["chair", "member", "reserve", "staff"]
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(4)
}

/// Papers without their file contents, newest last.
pub async fn papers(
    scope: &OrgScope,
    meeting_id: Uuid,
) -> Result<Vec<meeting_paper::Model>, DbErr> {
    scope
        .find::<meeting_paper::Entity>()
        .filter(meeting_paper::Column::MeetingId.eq(meeting_id))
        .order_by_asc(meeting_paper::Column::Title)
        .order_by_asc(meeting_paper::Column::UploadedAt)
        .all(scope.db())
        .await
}

pub async fn paper(
    scope: &OrgScope,
    meeting_id: Uuid,
    paper_id: Uuid,
) -> Result<Option<meeting_paper::Model>, DbErr> {
    scope
        .find::<meeting_paper::Entity>()
        .filter(meeting_paper::Column::MeetingId.eq(meeting_id))
        .filter(meeting_paper::Column::Id.eq(paper_id))
        .one(scope.db())
        .await
}

pub async fn agenda(scope: &OrgScope, meeting_id: Uuid) -> Result<Vec<agenda_item::Model>, DbErr> {
    scope
        .find::<agenda_item::Entity>()
        .filter(agenda_item::Column::MeetingId.eq(meeting_id))
        .order_by_asc(agenda_item::Column::Position)
        .order_by_asc(agenda_item::Column::CreatedAt)
        .all(scope.db())
        .await
}

pub async fn days_ahead(scope: &OrgScope) -> Result<i64, DbErr> {
    Ok(
        withus_db::installation::organisation(scope.db(), scope.organisation_id())
            .await?
            .map_or(7, |o| i64::from(o.papers_days_ahead)),
    )
}

/// Changes the fields set in `row` of one meeting.
pub async fn set(
    scope: &OrgScope,
    meeting_id: Uuid,
    row: meeting::ActiveModel,
) -> Result<(), DbErr> {
    scope
        .update_many::<meeting::Entity>()
        .set(row)
        .filter(meeting::Column::Id.eq(meeting_id))
        .exec(scope.db())
        .await
        .map(|_| ())
}

/// Involved people who could be expected at a meeting: everyone not erased and not left, in
/// name order (the finder, `find_candidates`, offers those chosen for the opportunity first).
pub async fn candidates(scope: &OrgScope) -> Result<Vec<(Uuid, String)>, DbErr> {
    Ok(scope
        .find::<person::Entity>()
        .filter(person::Column::ErasedAt.is_null())
        .filter(person::Column::Status.ne("left"))
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .all(scope.db())
        .await?
        .iter()
        .map(|p| (p.id, crate::people::display_name(p)))
        .collect())
}
