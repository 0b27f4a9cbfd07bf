//! Closing the loop through HTTP on both databases: contributions and what became of them,
//! feedback owed, due and overdue, closing held back until feedback and evaluation are done,
//! and the person's own "you said, we did". The questionnaire is in `questionnaire.rs`.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{interest, outbox_message};
use withus_db::sea_orm::{self, ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::meetings::queries as meetings;
use withus_web::opportunities::forms::OpportunityInput;

use crate::both_databases;
use crate::harness::{Org, TestApp};
use crate::meetings::{member, person};

/// A fresh app with one organisation, signed in as its coordinator.
pub async fn coordinator(url: &str) -> (TestApp, Org, OrgScope) {
    let mut app = TestApp::start(url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook Council").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let scope = app.scope(&org);
    (app, org, scope)
}

/// An opportunity with two intended outcomes, moved through to `status`.
pub async fn opportunity_at(app: &TestApp, org: &Org, status: &str) -> Uuid {
    let scope = app.scope(org);
    let by = Uuid::now_v7();
    let owner = scope
        .find::<withus_db::entities::account::Entity>()
        .filter(
            withus_db::entities::account::Column::Email
                .eq(format!("coordinator@{}.example", org.slug)),
        )
        .one(&app.state.db)
        .await
        .unwrap()
        .map(|a| a.id);
    let id = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Hospital discharge review".into(),
            summary: "Review how people leave hospital.".into(),
            purpose: "Discharge should work for carers too.".into(),
            outcomes: vec![
                "Carers are told the discharge date two days ahead".into(),
                "A plain-words leaflet".into(),
            ],
            level: Some("participation".into()),
            can_change: "The process".into(),
            cannot_change: "The budget".into(),
            who_decides: "The discharge board".into(),
            area: Some("north".into()),
            topics: vec!["hospital".into()],
            way: "both".into(),
            places: 4,
            owner,
            ..Default::default()
        },
        by,
    )
    .await
    .unwrap();
    let order = [
        "draft",
        "open",
        "recruiting",
        "active",
        "evaluating",
        "closed",
    ];
    for pair in order.windows(2) {
        if pair[0] == status {
            break;
        }
        withus_web::opportunities::queries::set_status(&scope, id, pair[0], pair[1], by)
            .await
            .unwrap();
    }
    id
}

pub async fn confirm(scope: &OrgScope, opportunity: Uuid, person: Uuid) {
    scope
        .insert(interest::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(opportunity),
            person_id: Set(person),
            status: Set("confirmed".into()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    // As confirming through the pages does.
    withus_db::feedback_owed::opportunities(scope, scope.db(), [opportunity])
        .await
        .unwrap();
}

/// A meeting of the opportunity that ended `days_ago`, with `person` expected.
async fn past_meeting(scope: &OrgScope, opportunity: Uuid, person: Uuid, days_ago: i64) -> Uuid {
    let starts = Utc::now() - Duration::days(days_ago) - Duration::hours(2);
    let input = withus_web::meetings::forms::MeetingInput {
        title: format!("Discharge workshop {days_ago}"),
        activity: "workshop".into(),
        starts_at: starts,
        ends_at: starts + Duration::hours(2),
        high_level: false,
        venue_id: None,
        online_details: Some("Video call".into()),
    };
    let m = meetings::insert_meeting(scope, opportunity, &input)
        .await
        .unwrap();
    meetings::insert_attendee(scope, m, Some(person), None, "member")
        .await
        .unwrap();
    m
}

/// Today as the three boxes of a date input: day, month, year.
pub fn today_parts() -> [String; 3] {
    let today = withus_web::kit::dates::today();
    ["%-d", "%-m", "%Y"].map(|f| today.format(f).to_string())
}

fn contribution<'a>(
    date: &'a [String; 3],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let [d, m, y] = date.each_ref().map(String::as_str);
    let mut fields = vec![
        ("kind", "recommendation"),
        ("said", "Ring carers two days before discharge"),
        ("said_on-day", d),
        ("said_on-month", m),
        ("said_on-year", y),
        ("outcome_on-day", d),
        ("outcome_on-month", m),
        ("outcome_on-year", y),
    ];
    fields.extend_from_slice(extra);
    fields
}

both_databases!(contributions_and_what_became_of_them, contributions_body);
async fn contributions_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    let pid = priya.to_string();
    let path = format!("/impact?opportunity={opp}");
    let date = today_parts();

    // A change needs its areas and level; what was typed comes back.
    let refused = app
        .post(
            &path,
            &contribution(
                &date,
                &[("people", &pid), ("status", "changed"), ("outcome", "")],
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.text_of(".govuk-error-summary");
    for message in [
        "Describe the change made",
        "Choose whether the change was for one person or for the service",
        "Choose at least one impact area",
    ] {
        assert!(summary.contains(message), "{summary}");
    }
    assert!(
        refused
            .body
            .contains("Ring carers two days before discharge")
    );

    let saved = app
        .post(
            &path,
            &contribution(
                &date,
                &[
                    ("people", &pid),
                    ("status", "changed"),
                    ("outcome", "Ward 7 now phones carers 48 hours ahead"),
                    ("level", "strategic"),
                    ("areas", "delivery"),
                    ("areas", "experience"),
                    ("evidence", "Discharge policy v3, section 2"),
                ],
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let banner = app
        .get(saved.location())
        .await
        .text_of(".govuk-notification-banner");
    assert!(
        banner.contains("The people who said it can see what happened"),
        "{banner}"
    );
    // The group's concern that was not taken up, with the honest reason.
    let group = app
        .post(
            &path,
            &contribution(
                &date,
                &[
                    ("kind", "concern"),
                    ("said", "Discharge lounge chairs are uncomfortable"),
                    ("status", "not_changed"),
                    (
                        "outcome",
                        "The lounge is being rebuilt next year; new chairs come with it",
                    ),
                ],
            ),
        )
        .await;
    assert_eq!(group.status, StatusCode::SEE_OTHER, "{}", group.body);

    let index = app.get("/impact").await;
    let counts = index.text_of("table");
    assert!(counts.contains("Delivery of services"), "{counts}");
    let delivery = app.get("/impact?area=delivery").await.text_of("main");
    assert!(delivery.contains("Ward 7 now phones carers"));
    assert!(!delivery.contains("Discharge lounge chairs"));
    assert!(index.body.contains("Priya Meeting"));
    assert!(index.body.contains("The group"));

    // Priya sees both on her own page: hers, and her group's with the right to ask again.
    let mut priya_app = member(&app, &org, priya, "Priya").await;
    let mine = priya_app.get("/my/said").await;
    assert_eq!(mine.status, StatusCode::OK);
    let yours = mine.text_of("main");
    assert!(yours.contains("Ring carers two days before discharge"));
    assert!(yours.contains("Ward 7 now phones carers 48 hours ahead"));
    assert!(
        yours.contains("Delivery of services, The experience of services"),
        "{yours}"
    );
    assert!(yours.contains("The lounge is being rebuilt"));
    assert!(yours.contains("make a complaint"));
    // Another person's page does not show Priya's contribution.
    let sam = person(&app, &org, "Sam", &[], None).await;
    let mut sam_app = member(&app, &org, sam, "Sam").await;
    assert!(!sam_app.get("/my/said").await.body.contains("Ring carers"));
}

both_databases!(feedback_due_overdue_and_sent, feedback_body);
async fn feedback_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &["easy_read"], None).await;
    // Lee has no email: feedback goes as a letter, in large print.
    let lee = withus_web::people::queries::create(
        &scope,
        &withus_web::people::forms::PersonForm {
            given_name: "Lee".into(),
            family_name: "Post".into(),
            involvement_role: "carer".into(),
            contact: vec!["post".into()],
            access_needs: vec!["large_print".into()],
            ..Default::default()
        }
        .check()
        .unwrap(),
        None,
    )
    .await
    .unwrap();
    let old = past_meeting(&scope, opp, priya, 40).await;
    meetings::insert_attendee(&scope, old, Some(lee), None, "member")
        .await
        .unwrap();
    past_meeting(&scope, opp, priya, 3).await;

    // 40 days ago with a 28-day promise: overdue for both; 3 days ago: not yet.
    let home = app.get("/home").await;
    let overdue = home.text_of("main");
    assert!(overdue.contains("Feedback overdue: 2 people"), "{overdue}");
    assert!(overdue.contains("Discharge workshop 40"));
    assert!(
        !overdue.contains("Discharge workshop 3"),
        "not due yet: {overdue}"
    );
    let owed = app.get("/impact/feedback").await.text_of("main");
    assert!(owed.contains("Discharge workshop 3"), "{owed}");
    assert!(owed.contains("To send"));

    // A longer promise and nothing is overdue; a nonsense one is refused.
    assert_eq!(
        app.post("/impact/feedback/settings", &[("days", "abc")])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    app.post("/impact/feedback/settings", &[("days", "60")])
        .await;
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 0 people")
    );
    app.post("/impact/feedback/settings", &[("days", "28")])
        .await;

    // Sending: an empty message is refused; then email for Priya (easy read), a letter for Lee.
    let path = format!("/opportunities/{opp}/feedback?meeting={old}");
    let form = app.get(&path).await;
    assert!(form.body.contains("Send to 2 people"), "{}", form.body);
    let empty = app
        .post(&path, &[("message", " "), ("easy_read", "Kept")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Kept"));
    let sent = app
        .post(
            &path,
            &[
                ("message", "The ward will now ring carers before discharge."),
                ("easy_read", "We will phone you before you go home."),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let mail = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq("priya@people.example"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(mail.len(), 1);
    assert!(
        mail[0]
            .body_text
            .contains("We will phone you before you go home.")
    );
    assert!(mail[0].subject.contains("Discharge workshop 40"));
    let letters = app.get(&format!("/opportunities/{opp}/letters")).await;
    assert!(letters.body.contains("withus-letter withus-large-print"));
    assert!(letters.text_of("main").contains("Dear Lee Post"));
    assert!(
        letters
            .text_of("main")
            .contains("The ward will now ring carers")
    );
    // Nobody is owed about that meeting now, and the dashboard says so.
    assert!(
        app.get(&path)
            .await
            .body
            .contains("Everyone involved has had feedback")
    );
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 0 people")
    );
    // The meeting is marked as heard about, so the dashboard skips it; someone recorded as
    // expected there afterwards clears the mark and is owed.
    let marked = |m: Uuid| {
        let scope = scope.clone();
        async move {
            scope
                .find::<withus_db::entities::meeting::Entity>()
                .filter(withus_db::entities::meeting::Column::Id.eq(m))
                .one(scope.db())
                .await
                .unwrap()
                .unwrap()
                .feedback_done_at
        }
    };
    assert!(marked(old).await.is_some());
    let late = person(&app, &org, "Late", &[], None).await;
    let attendee = meetings::insert_attendee(&scope, old, Some(late), None, "member")
        .await
        .unwrap();
    assert!(marked(old).await.is_none());
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 1 person")
    );
    // Taken off the meeting again, they are owed nothing; added back, they are.
    app.post(&format!("/meetings/{old}/attendees/{attendee}/remove"), &[])
        .await;
    assert!(marked(old).await.is_some());
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 0 people")
    );
    meetings::insert_attendee(&scope, old, Some(late), None, "member")
        .await
        .unwrap();
    app.post(&path, &[("message", "What we changed."), ("easy_read", "")])
        .await;
    assert!(marked(old).await.is_some());
    let evaluation = app
        .get(&format!("/opportunities/{opp}/evaluation"))
        .await
        .text_of("main");
    assert!(evaluation.contains("Sent"));
    assert!(
        evaluation.contains("Send feedback about Discharge workshop 3"),
        "{evaluation}"
    );
}

both_databases!(closing_waits_for_feedback_and_evaluation, closing_body);
async fn closing_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    // Ola asked to be erased: nobody can owe her feedback, so she never holds closing back.
    let ola = person(&app, &org, "Ola", &[], None).await;
    confirm(&scope, opp, ola).await;
    app.post(&format!("/people/{ola}/erase"), &[]).await;

    // Moving to evaluating sends Priya her questionnaire.
    let moved = app
        .post(
            &format!("/opportunities/{opp}/status"),
            &[("to", "evaluating")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let invite = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq("priya@people.example"))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("questionnaire email");
    assert!(
        invite
            .body_text
            .contains(&format!("/my/questionnaires/{opp}"))
    );
    let owner = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq("coordinator@northbrook.example"))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the owner's questionnaire email");
    assert!(
        owner
            .body_text
            .contains(&format!("/opportunities/{opp}/questionnaire"))
    );

    let refused = close(&mut app, opp).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.text_of(".govuk-error-summary");
    assert!(
        summary.contains("Send feedback to everyone involved"),
        "{summary}"
    );
    assert!(summary.contains("Finish the evaluation"));

    app.post(
        &format!("/opportunities/{opp}/feedback"),
        &[("message", "Thank you: the leaflet is being written.")],
    )
    .await;
    let still = close(&mut app, opp).await;
    assert_eq!(still.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = still.text_of(".govuk-error-summary");
    assert!(!summary.contains("Send feedback"), "{summary}");
    assert!(summary.contains("Finish the evaluation"));

    // One outcome judged is not enough; both, with the reflection and lessons, are.
    let outcomes = format!("/opportunities/{opp}/evaluation/outcomes");
    app.post(
        &outcomes,
        &[
            ("happened_1", "Done on wards 5 to 9"),
            ("evidence_1", "Audit, March"),
        ],
    )
    .await;
    app.post(
        &format!("/opportunities/{opp}/evaluation/cycle"),
        &[
            ("act", "Four workshops"),
            ("reflection", "Carers felt heard"),
            ("lessons", "Start with carers of people with dementia"),
        ],
    )
    .await;
    assert_eq!(
        close(&mut app, opp).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let half = app
        .post(&outcomes, &[("evidence_2", "Draft leaflet")])
        .await;
    assert_eq!(
        half.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "evidence without what happened"
    );
    app.post(
        &outcomes,
        &[
            ("happened_1", "Done on wards 5 to 9"),
            ("evidence_1", "Audit, March"),
            ("happened_2", "Leaflet printed and in every ward"),
            ("evidence_2", "Leaflet v2"),
        ],
    )
    .await;
    assert_eq!(close(&mut app, opp).await.status, StatusCode::SEE_OTHER);
    let page = app
        .get(&format!("/opportunities/{opp}"))
        .await
        .text_of("main");
    assert!(page.contains("Closed"));
    assert!(page.contains("Leaflet printed and in every ward"));
    assert!(page.contains("Audit, March"));
}

async fn close(app: &mut TestApp, opp: Uuid) -> crate::harness::Response {
    app.post(&format!("/opportunities/{opp}/status"), &[("to", "closed")])
        .await
}

/// A contribution, a mentoring pair and a course in `scope`, written directly, for probes.
pub async fn seeded(scope: &OrgScope, opportunity: Uuid, person: Uuid) -> (String, String, String) {
    use withus_db::entities::{course, mentoring_pair};
    let input = withus_web::impact::queries::ContributionInput {
        opportunity_id: opportunity,
        kind: "idea".into(),
        said: "Secret subject".into(),
        said_on: withus_web::kit::dates::today(),
        people: vec![person],
        status: "open".into(),
        ..Default::default()
    };
    let contribution =
        withus_web::impact::queries::save_contribution(scope, None, &input, Uuid::now_v7())
            .await
            .unwrap();
    let pair = Uuid::now_v7();
    scope
        .insert(mentoring_pair::ActiveModel {
            id: Set(pair),
            mentor_id: Set(person),
            mentee_id: Set(person),
            started_on: Set(withus_web::kit::dates::today()),
            ended_on: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    let course = Uuid::now_v7();
    scope
        .insert(course::ActiveModel {
            id: Set(course),
            name: Set("Secret subject".into()),
            kind: Set("course".into()),
            audience: Set("everyone".into()),
            valid_months: Set(None),
            description: Set(String::new()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    (
        contribution.to_string(),
        pair.to_string(),
        course.to_string(),
    )
}

both_databases!(the_new_member_screens_are_plain, plain_body);
async fn plain_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "evaluating").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    let date = today_parts();
    app.post(
        &format!("/impact?opportunity={opp}"),
        &contribution(
            &date,
            &[
                ("people", &priya.to_string()),
                ("status", "not_changed"),
                (
                    "outcome",
                    "The money for this year is spent. We will ask again in April.",
                ),
            ],
        ),
    )
    .await;
    let [d, m, y] = date.each_ref().map(String::as_str);
    app.post(
        &format!("/people/{priya}/support"),
        &[
            ("kind", "debrief"),
            ("given-day", d),
            ("given-month", m),
            ("given-year", y),
            ("note", "We talked about the meeting."),
        ],
    )
    .await;
    let mut priya_app = member(&app, &org, priya, "Priya").await;
    let problems = plain_problems(
        &mut priya_app,
        &[
            "/my/said".to_owned(),
            format!("/my/questionnaires/{opp}"),
            "/my/support".to_owned(),
        ],
    )
    .await;
    assert!(problems.is_empty(), "{problems:#?}");
}

/// What our plain-language bar finds on each page an involved person sees: a reading age over
/// 9, an unexplained acronym or a long sentence.
pub async fn plain_problems(member: &mut TestApp, paths: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    for path in paths {
        let page = member.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let text = crate::meetings::words_on(&page.body);
        let report = withus_plain::check(&text, &withus_plain::Options::default());
        let age = report.reading.reading_age();
        if age > 9.0 {
            problems.push(format!("{path}: reading age {age:.1} in {text}"));
        }
        for f in report.findings.iter().filter(|f| {
            matches!(
                f.kind,
                withus_plain::Kind::Acronym | withus_plain::Kind::LongSentence { .. }
            )
        }) {
            problems.push(format!("{path}: {:?} \"{}\"", f.kind, f.text));
        }
    }
    problems
}
