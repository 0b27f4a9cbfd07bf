//! Adding to meetings: a meeting, someone expected at one, an agenda item, a paper, a venue.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, DbErr};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{agenda_item, meeting, meeting_attendee, meeting_paper, venue};
use withus_db::sea_orm;

/// Adds a meeting; answers its id.
pub async fn insert_meeting(
    scope: &OrgScope,
    opportunity_id: Uuid,
    input: &crate::meetings::forms::MeetingInput,
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

#[allow(clippy::too_many_arguments)]
pub async fn insert_agenda_item(
    scope: &OrgScope,
    meeting_id: Uuid,
    title: &str,
    detail: &str,
    proposed_by: Option<Uuid>,
    proposer: &str,
    status: &str,
    position: i32,
) -> Result<(), DbErr> {
    scope
        .insert(agenda_item::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting_id),
            title: Set(title.to_owned()),
            detail: Set((!detail.is_empty()).then(|| detail.to_owned())),
            proposed_by: Set(proposed_by),
            proposer_name: Set(proposer.to_owned()),
            status: Set(status.to_owned()),
            position: Set(position),
            created_at: Set(Utc::now()),
        })
        .await
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
    let text = crate::meetings::paper_words::words_of(paper.filename, &paper.data);
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

/// Adds a venue with the facts named (as in `forms::venues::FACTS`).
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
