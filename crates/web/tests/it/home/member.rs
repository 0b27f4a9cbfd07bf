//! The involved person's home on both databases, built around what is next for them: places
//! offered first, then meetings coming with when, where and papers, claims to make,
//! questionnaires, and their named contact with how to reach them.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{account, interest, meeting, meeting_attendee, person};
use withus_db::sea_orm::ActiveValue::Set;
use withus_db::sea_orm::sea_query::Expr;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::meetings::forms::MeetingInput;
use withus_web::meetings::queries::{self as meetings, NewPaper};
use withus_web::opportunities::forms::OpportunityInput;

use crate::both_databases;
use crate::harness::TestApp;
use crate::meetings::{member, opportunity, person as involved};

async fn interest_in(scope: &OrgScope, opportunity: Uuid, person: Uuid, status: &str) {
    scope
        .insert(interest::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            opportunity_id: Set(opportunity),
            person_id: Set(person),
            status: Set(status.into()),
            note: Set(None),
            access_needs: Set(None),
            reason: Set(None),
            reserve_rank: Set(None),
            created_at: Set(Utc::now()),
            decided_at: Set(Some(Utc::now())),
            decided_by: Set(None),
            withdrawn_at: Set(None),
        })
        .await
        .unwrap();
}

/// A two-hour meeting `days` from now (in the past when negative) that `person` is expected
/// at, invited or not.
async fn meeting_for(
    scope: &OrgScope,
    (opportunity, person): (Uuid, Uuid),
    title: &str,
    days: i64,
    venue: Option<Uuid>,
    invited: bool,
) -> Uuid {
    let starts: DateTime<Utc> = Utc::now() + Duration::days(days);
    let input = MeetingInput {
        title: title.into(),
        activity: "meeting".into(),
        starts_at: starts,
        ends_at: starts + Duration::hours(2),
        high_level: false,
        venue_id: venue,
        online_details: venue.is_none().then(|| "A video call link".into()),
    };
    let id = meetings::insert_meeting(scope, opportunity, &input)
        .await
        .unwrap();
    meetings::insert_attendee(scope, id, Some(person), None, "member")
        .await
        .unwrap();
    if invited {
        let row = meeting::ActiveModel {
            invited_at: Set(Some(Utc::now())),
            ..Default::default()
        };
        meetings::set(scope, id, row).await.unwrap();
    }
    id
}

async fn paper(scope: &OrgScope, meeting: Uuid, sent: bool) {
    let paper = NewPaper {
        title: "Notes",
        format: "standard",
        filename: "notes.txt",
        content_type: "text/plain",
        data: b"What we will talk about.".to_vec(),
        sent_at: sent.then(Utc::now),
    };
    meetings::insert_paper(scope, meeting, paper).await.unwrap();
}

both_databases!(the_member_home_leads_with_what_is_next, what_is_next);
async fn what_is_next(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let offered = opportunity(&app, &org).await;
    let chidi = involved(&app, &org, "Chidi", &[], None).await;
    let mut browser = member(&app, &org, chidi, "Chidi").await;

    let empty = browser.get("/home").await;
    let text = empty.text_of("main");
    assert!(text.contains("You have nothing booked yet"), "{text}");
    assert!(text.contains("You do not have a named contact"), "{text}");

    let owner = scope
        .find::<account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let only_interested = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Young carers forum".into(),
            summary: "Hear from young carers.".into(),
            way: "both".into(),
            places: 4,
            ..Default::default()
        },
        owner.id,
    )
    .await
    .unwrap();
    interest_in(&scope, offered, chidi, "offered").await;
    interest_in(&scope, only_interested, chidi, "interested").await;

    let contact = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq("coordinator@northbrook.example"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::NamedContactId, Expr::value(contact.id))
        .filter(person::Column::Id.eq(chidi))
        .exec(scope.db())
        .await
        .unwrap();

    let venue = meetings::insert_venue(&scope, "Carers Centre", "12 High Street", &[])
        .await
        .unwrap();
    let both = (offered, chidi);
    let later = meeting_for(&scope, both, "Budget session", 14, None, true).await;
    let soon = meeting_for(&scope, both, "Planning session", 7, Some(venue), true).await;
    paper(&scope, soon, true).await;
    paper(&scope, soon, false).await;
    meeting_for(&scope, both, "Not yet invited session", 10, None, false).await;
    let cancelled = meeting_for(&scope, both, "Called off session", 9, None, true).await;
    let row = meeting::ActiveModel {
        cancelled_at: Set(Some(Utc::now())),
        ..Default::default()
    };
    meetings::set(&scope, cancelled, row).await.unwrap();
    let past = meeting_for(&scope, both, "Review session", -3, Some(venue), true).await;
    scope
        .update_many::<meeting_attendee::Entity>()
        .col_expr(
            meeting_attendee::Column::Attendance,
            Expr::value("attended"),
        )
        .filter(meeting_attendee::Column::MeetingId.eq(past))
        .exec(scope.db())
        .await
        .unwrap();

    let home = browser.get("/home").await;
    let text = home.text_of("main");
    assert!(!text.contains("You have nothing booked yet"), "{text}");
    assert!(
        home.body
            .contains(&format!("href=\"/my/opportunities/{offered}\""))
    );
    assert!(
        text.contains("Answer the offer: Carers' strategy group"),
        "{text}"
    );
    assert!(
        !text.contains("Young carers forum"),
        "an interest not yet offered waits on nobody"
    );
    assert!(home.body.contains(&format!("href=\"/my/meetings/{soon}\"")));
    assert!(
        home.body
            .contains(&format!("href=\"/my/meetings/{later}\""))
    );
    assert!(text.contains("Carers Centre, 12 High Street"), "{text}");
    assert!(
        text.contains("1 paper to read"),
        "a paper not sent is not counted: {text}"
    );
    assert!(text.contains("Online"), "{text}");
    assert!(text.contains("Papers not sent yet"), "{text}");
    assert!(!text.contains("Not yet invited session"), "{text}");
    assert!(!text.contains("Called off session"), "{text}");
    assert!(
        home.body
            .contains(&format!("href=\"/my/payments/claim/{past}\""))
    );
    assert!(text.contains("Claim for Review session"), "{text}");
    assert!(text.contains(&format!(
        "Your contact in the involvement team is {}.",
        contact.display_name
    )));
    assert!(
        home.body
            .contains("href=\"mailto:coordinator@northbrook.example\"")
    );

    let at = |words: &str| {
        text.find(words)
            .unwrap_or_else(|| panic!("{words} in {text}"))
    };
    assert!(at("Places offered to you") < at("Meetings coming"));
    assert!(
        at("Planning session") < at("Budget session"),
        "the soonest first"
    );
    assert!(at("Budget session") < at("Claims you can make"));
    assert!(at("Claims you can make") < at("Need help?"));
}
