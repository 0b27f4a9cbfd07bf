//! Meetings' reads and writes, all through the organisation's scope.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    account, agenda_item, meeting, meeting_acknowledgement, meeting_attendee, meeting_paper,
    opportunity, person, person_choice, unavailable_time, venue,
};
use withus_db::sea_orm;

use super::checks::{self, Check, Expected, Facts, Paper, Status};
use crate::opportunities::matching::Window;

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
                        crate::people::views::display_name(p),
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

/// A check with whether each of its warnings was acknowledged, and why.
pub struct Checked {
    pub check: Check,
    pub acknowledged: Vec<Option<meeting_acknowledgement::Model>>,
}

impl Checked {
    /// A warning still standing in the way of inviting people.
    pub fn open(&self) -> bool {
        self.check.status == Status::Warning && self.acknowledged.iter().any(Option::is_none)
    }
}

/// Runs the rule checks on the meeting as it stands now.
pub async fn checks(
    scope: &OrgScope,
    loaded: &Loaded,
    attendees: &[Attendee],
    papers: &[meeting_paper::Model],
    now: DateTime<Utc>,
) -> Result<Vec<Checked>, DbErr> {
    let expecting: Vec<&Attendee> = attendees
        .iter()
        .filter(|a| a.person.is_some() && matches!(a.row.kind.as_str(), "member" | "reserve"))
        .collect();
    let ids: Vec<Uuid> = expecting.iter().filter_map(|a| a.row.person_id).collect();
    let mut busy = super::facts::clashes(scope, &loaded.meeting, &ids).await?;
    let expected: Vec<Expected> = expecting
        .into_iter()
        .map(|a| Expected {
            name: a.name.clone(),
            kind: a.row.kind.clone(),
            needs: a.needs.clone(),
            cannot_do: a.cannot_do.clone(),
            busy: a
                .row
                .person_id
                .and_then(|id| busy.remove(&id))
                .unwrap_or_default(),
        })
        .collect();
    let papers: Vec<Paper> = papers
        .iter()
        .map(|p| Paper {
            title: p.title.clone(),
            format: p.format.clone(),
            sent_at: p.sent_at,
        })
        .collect();
    let facts = Facts {
        meeting: &loaded.meeting,
        venue: loaded.venue.as_ref(),
        people: &expected,
        papers: &papers,
        promised: &super::facts::promised(scope, loaded.opportunity.id).await?,
        days_ahead: days_ahead(scope).await?,
        now,
    };
    let acks = scope
        .find::<meeting_acknowledgement::Entity>()
        .filter(meeting_acknowledgement::Column::MeetingId.eq(loaded.meeting.id))
        .all(scope.db())
        .await?;
    Ok(checks::run(&facts)
        .into_iter()
        .map(|check| {
            let acknowledged = check
                .findings
                .iter()
                .map(|f| {
                    acks.iter()
                        .find(|a| a.rule == check.rule && a.finding == *f)
                        .cloned()
                })
                .collect();
            Checked {
                check,
                acknowledged,
            }
        })
        .collect())
}

pub async fn acknowledge(
    scope: &OrgScope,
    meeting_id: Uuid,
    rule: &str,
    findings: &[String],
    reason: &str,
    actor: Uuid,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let rows = findings
        .iter()
        .map(|finding| meeting_acknowledgement::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting_id),
            rule: Set(rule.to_owned()),
            finding: Set(finding.clone()),
            reason: Set(reason.to_owned()),
            acknowledged_by: Set(Some(actor)),
            acknowledged_at: Set(now),
        })
        .collect();
    scope.insert_many(rows).await
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

/// Involved people who could be expected at a meeting: everyone not erased and not left,
/// those chosen for the opportunity first.
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
        .map(|p| (p.id, crate::people::views::display_name(p)))
        .collect())
}

/// Adds a meeting; answers its id.
pub async fn insert_meeting(
    scope: &OrgScope,
    opportunity_id: Uuid,
    input: &super::forms::MeetingInput,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    let now = Utc::now();
    scope
        .insert(meeting::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            opportunity_id: Set(opportunity_id),
            title: Set(input.title.clone()),
            activity: Set(input.activity.clone()),
            starts_at: Set(input.starts_at),
            ends_at: Set(input.ends_at),
            high_level: Set(input.high_level),
            venue_id: Set(input.venue_id),
            online_details: Set(input.online_details.clone()),
            agenda_shared_at: Set(None),
            agenda_closes_at: Set(None),
            invited_at: Set(None),
            reminded_at: Set(None),
            cancelled_at: Set(None),
            sequence: Set(0),
            notes: Set(None),
            notes_shared_at: Set(None),
            feedback_done_at: Set(None),
            feedback_owed: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .await?;
    Ok(id)
}

/// Expects someone at a meeting: an involved person or a member of staff.
pub async fn insert_attendee(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Option<Uuid>,
    account_id: Option<Uuid>,
    kind: &str,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(meeting_attendee::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting_id),
            person_id: Set(person_id),
            account_id: Set(account_id),
            kind: Set(kind.to_owned()),
            attendance: Set(None),
            minutes: Set(None),
            invited_at: Set(None),
        })
        .await?;
    // Someone added to a past meeting may be owed feedback about it.
    withus_db::feedback_owed::meetings(scope, scope.db(), [meeting_id], Utc::now()).await?;
    Ok(id)
}

/// A paper file as uploaded or typed.
pub struct NewPaper<'a> {
    pub title: &'a str,
    pub format: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub data: Vec<u8>,
    pub sent_at: Option<DateTime<Utc>>,
}

pub async fn insert_paper(
    scope: &OrgScope,
    meeting_id: Uuid,
    paper: NewPaper<'_>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    let text = super::papers::words_of(paper.filename, &paper.data);
    scope
        .insert(meeting_paper::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting_id),
            title: Set(paper.title.to_owned()),
            format: Set(paper.format.to_owned()),
            filename: Set(paper.filename.to_owned()),
            content_type: Set(paper.content_type.to_owned()),
            data: Set(paper.data),
            text: Set(text),
            uploaded_at: Set(Utc::now()),
            sent_at: Set(paper.sent_at),
        })
        .await?;
    Ok(id)
}

/// Adds a venue with the facts named (as in `venues::FACTS`).
pub async fn insert_venue(
    scope: &OrgScope,
    name: &str,
    address: &str,
    facts: &[&str],
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    let has = |f: &str| Set(facts.contains(&f));
    scope
        .insert(venue::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            name: Set(name.to_owned()),
            address: Set(address.to_owned()),
            step_free: has("step_free"),
            hearing_loop: has("hearing_loop"),
            accessible_toilet: has("accessible_toilet"),
            parking: has("parking"),
            public_transport: has("public_transport"),
            quiet_room: has("quiet_room"),
            notes: Set(None),
            created_at: Set(Utc::now()),
        })
        .await?;
    Ok(id)
}
