//! Demo meetings: venues with their access, a glossary, and for two opportunities a past
//! meeting with attendance, hours and shared notes, an upcoming one people are invited to
//! (with a missing reserve and a venue without a hearing loop), and one still being planned
//! that fails several checks.

use chrono::{Duration, DurationRound, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{glossary_term, meeting, meeting_attendee, opportunity, person};
use withus_db::sea_orm::{self, DbErr};

use crate::meetings::forms::MeetingInput;
use crate::meetings::queries::{self, NewPaper};

const GLOSSARY: &[(&str, &str, &str)] = &[
    (
        "ICB",
        "Integrated Care Board: the NHS body that plans and pays for health services in our area.",
        "term",
    ),
    ("GP", "General practitioner: your family doctor.", "term"),
    (
        "co-production",
        "Working as equals: people who use services and staff plan and decide together.",
        "term",
    ),
    (
        "commissioning",
        "Deciding which services to buy for the area, and from whom.",
        "term",
    ),
    (
        "safeguarding",
        "Keeping adults and children safe from abuse and neglect.",
        "term",
    ),
    (
        "CQC",
        "Care Quality Commission: it checks that care services are safe and good.",
        "term",
    ),
    ("signpost", "point you to", "plainer"),
];

const PAPER: &str = "# Carers' breaks: what we heard\n\n\
Carers told us breaks are hard to book. The ICB will utilise the feedback in order to \
facilitate changes to commissioning. A decision was made to review the form.\n\n\
- Breaks should be booked in one phone call.\n- Carers want to choose who helps.\n";
const EASY_READ: &str = "# Carers' breaks\n\nCarers told us breaks are hard to book.\n\n\
We want to make it easy.\n\nWe will ask you what works.\n";
const NOTES: &str = "We talked about carers' breaks. Everyone agreed the booking form is too long. \
Sam will bring a shorter form to the next meeting.";

/// 2pm UK time on the day `days` from now (negative for the past).
fn afternoon(days: i64) -> chrono::DateTime<Utc> {
    let day = (Utc::now() + Duration::days(days)).with_timezone(&chrono_tz::Europe::London);
    crate::kit::dates::uk_time(day.date_naive(), 14 * 60).unwrap_or_else(|_| {
        Utc::now()
            .duration_trunc(Duration::hours(1))
            .unwrap_or_else(|_| Utc::now())
    })
}

pub(crate) async fn meeting_at(
    scope: &OrgScope,
    opportunity: Uuid,
    title: &str,
    days: i64,
    high_level: bool,
    venue: Option<Uuid>,
) -> Result<Uuid, DbErr> {
    let starts = afternoon(days);
    let input = MeetingInput {
        title: title.to_owned(),
        activity: "meeting".into(),
        starts_at: starts,
        ends_at: starts + Duration::hours(2),
        high_level,
        venue_id: venue,
        online_details: venue
            .is_none()
            .then(|| "Video call: https://meet.example/carers (or phone 0300 000 0000)".to_owned()),
    };
    queries::insert_meeting(scope, opportunity, &input).await
}

pub async fn seed(scope: &OrgScope, staff: Uuid) -> Result<(), DbErr> {
    let org = scope.organisation_id();
    let now = Utc::now();
    for (term, meaning, kind) in GLOSSARY {
        scope
            .insert(glossary_term::ActiveModel {
                id: Set(Uuid::now_v7()),
                organisation_id: Set(org),
                term: Set((*term).to_owned()),
                meaning: Set((*meaning).to_owned()),
                kind: Set((*kind).to_owned()),
                created_at: Set(now),
            })
            .await?;
    }
    let hall = queries::insert_venue(
        scope,
        "Northbrook Town Hall, Committee Room 2",
        "Market Square\nNorthbrook NB1 1AA",
        &[
            "step_free",
            "hearing_loop",
            "accessible_toilet",
            "public_transport",
        ],
    )
    .await?;
    let library = queries::insert_venue(
        scope,
        "The Old Library",
        "12 Church Lane\nNorthbrook NB2 5QT",
        &["parking", "quiet_room"],
    )
    .await?;
    queries::insert_venue(
        scope,
        "Northbrook Carers' Centre",
        "4 Mill Road\nNorthbrook NB3 2HG",
        &[
            "step_free",
            "hearing_loop",
            "accessible_toilet",
            "parking",
            "public_transport",
            "quiet_room",
        ],
    )
    .await?;

    // The demo member Jo, and other active people to expect.
    let jo = scope
        .find::<person::Entity>()
        .filter(person::Column::AccountId.is_not_null())
        .filter(person::Column::GivenName.eq("Jo"))
        .one(scope.db())
        .await?
        .map(|p| p.id);
    let others: Vec<Uuid> = scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .filter(person::Column::AccountId.is_null())
        .order_by_desc(person::Column::Id)
        .limit(8)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let opportunities: Vec<opportunity::Model> = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Title.is_in([
            "Carers' reference group: what should we buy?",
            "Service user seat on the quality board",
        ]))
        .order_by_asc(opportunity::Column::Title)
        .all(scope.db())
        .await?;
    for (n, o) in opportunities.iter().enumerate() {
        let who: Vec<Uuid> = jo
            .into_iter()
            .chain(others.iter().skip(n * 3).take(3).copied())
            .collect();

        // Two weeks ago: papers ten days ahead, everyone recorded, notes shared.
        let past = meeting_at(
            scope,
            o.id,
            &format!("{}: first meeting", o.title),
            -14,
            false,
            Some(hall),
        )
        .await?;
        for p in &who {
            queries::insert_attendee(scope, past, Some(*p), None, "member").await?;
        }
        queries::insert_attendee(scope, past, None, Some(staff), "chair").await?;
        agenda_rows(
            scope,
            past,
            &[
                "Welcome and introductions",
                "Carers' breaks: what we heard",
                "What happens next",
            ],
            "accepted",
        )
        .await?;
        queries::insert_paper(
            scope,
            past,
            NewPaper {
                title: "Carers' breaks: what we heard",
                format: "standard",
                filename: "carers-breaks.md",
                content_type: "text/markdown; charset=utf-8",
                data: PAPER.as_bytes().to_vec(),
                sent_at: Some(afternoon(-24)),
            },
        )
        .await?;
        queries::set(
            scope,
            past,
            meeting::ActiveModel {
                agenda_shared_at: Set(Some(afternoon(-28))),
                agenda_closes_at: Set(Some(afternoon(-22))),
                invited_at: Set(Some(afternoon(-30))),
                notes: Set(Some(NOTES.to_owned())),
                notes_shared_at: Set(Some(afternoon(-12))),
                ..Default::default()
            },
        )
        .await?;
        for (i, a) in queries::attendees(scope, past).await?.iter().enumerate() {
            let (attendance, minutes) = match (a.person.is_some(), i % 4) {
                (false, _) => ("attended", None),
                (true, 3) => ("apologies", None),
                (true, _) => ("attended", Some(180)),
            };
            scope
                .update_many::<meeting_attendee::Entity>()
                .set(meeting_attendee::ActiveModel {
                    attendance: Set(Some(attendance.to_owned())),
                    minutes: Set(minutes),
                    invited_at: Set(Some(afternoon(-30))),
                    ..Default::default()
                })
                .filter(meeting_attendee::Column::Id.eq(a.row.id))
                .exec(scope.db())
                .await?;
        }

        // In three weeks, people invited: high-level with no reserve, at a venue with no
        // hearing loop although Jo needs one; the agenda is open for Jo to add to.
        let next = meeting_at(
            scope,
            o.id,
            &format!("{}: second meeting", o.title),
            21,
            n == 1,
            Some(library),
        )
        .await?;
        for p in who.iter().take(3) {
            queries::insert_attendee(scope, next, Some(*p), None, "member").await?;
        }
        queries::insert_attendee(scope, next, None, Some(staff), "chair").await?;
        agenda_rows(
            scope,
            next,
            &["Welcome", "A shorter booking form"],
            "accepted",
        )
        .await?;
        agenda_rows(scope, next, &["Parking at the Old Library"], "proposed").await?;
        queries::insert_paper(
            scope,
            next,
            NewPaper {
                title: "A shorter booking form",
                format: "standard",
                filename: "booking-form.md",
                content_type: "text/markdown; charset=utf-8",
                data: PAPER.as_bytes().to_vec(),
                sent_at: Some(now),
            },
        )
        .await?;
        queries::insert_paper(
            scope,
            next,
            NewPaper {
                title: "A shorter booking form",
                format: "easy_read",
                filename: "booking-form-easy-read.md",
                content_type: "text/markdown; charset=utf-8",
                data: EASY_READ.as_bytes().to_vec(),
                sent_at: Some(now),
            },
        )
        .await?;
        queries::set(
            scope,
            next,
            meeting::ActiveModel {
                agenda_shared_at: Set(Some(now - Duration::days(1))),
                agenda_closes_at: Set(Some(afternoon(12))),
                invited_at: Set(Some(now - Duration::days(1))),
                ..Default::default()
            },
        )
        .await?;

        // In four days, still being planned: one person expected, nothing sent, no agenda.
        let soon = meeting_at(
            scope,
            o.id,
            &format!("{}: extra meeting", o.title),
            4,
            false,
            None,
        )
        .await?;
        if let Some(p) = others.get(6 + n) {
            queries::insert_attendee(scope, soon, Some(*p), None, "member").await?;
        }
        queries::insert_paper(
            scope,
            soon,
            NewPaper {
                title: "Options to discuss",
                format: "standard",
                filename: "options.md",
                content_type: "text/markdown; charset=utf-8",
                data: PAPER.as_bytes().to_vec(),
                sent_at: None,
            },
        )
        .await?;
    }
    Ok(())
}

/// A two-hour online meeting, invited a fortnight ahead.
pub fn meeting_row(
    id: Uuid,
    opportunity: Uuid,
    title: String,
    starts: chrono::DateTime<Utc>,
    high_level: bool,
) -> meeting::ActiveModel {
    meeting::ActiveModel {
        id: Set(id),
        opportunity_id: Set(opportunity),
        title: Set(title),
        starts_at: Set(starts),
        ends_at: Set(starts + Duration::hours(2)),
        high_level: Set(high_level),
        activity: Set("meeting".into()),
        venue_id: Set(None),
        online_details: Set(Some("Video call; link sent the day before".into())),
        agenda_shared_at: Set(None),
        agenda_closes_at: Set(None),
        invited_at: Set(Some(starts - Duration::days(14))),
        reminded_at: Set(None),
        cancelled_at: Set(None),
        sequence: Set(0),
        notes: Set(None),
        notes_shared_at: Set(None),
        created_at: Set(starts - Duration::days(20)),
        updated_at: Set(starts),
        ..Default::default()
    }
}

/// Agenda items by title, in order, as the demo's coordinator proposed them.
async fn agenda_rows(
    scope: &withus_db::OrgScope,
    meeting_id: uuid::Uuid,
    titles: &[&str],
    status: &str,
) -> Result<(), withus_db::sea_orm::DbErr> {
    let start = crate::meetings::queries::agenda(scope, meeting_id)
        .await?
        .len();
    for (i, title) in titles.iter().enumerate() {
        crate::meetings::queries::insert_agenda_item(
            scope,
            meeting_id,
            title,
            "",
            None,
            "Sam Okafor",
            status,
            (start + i) as i32,
        )
        .await?;
    }
    Ok(())
}
