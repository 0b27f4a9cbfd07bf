//! Loads an organisation with a long history of involvement (opportunities, past meetings with
//! people expected, feedback sent for the older ones, people confirmed, training records) and
//! prints how long the pages that work out feedback owed take through the real router: the
//! staff home page (overdue feedback and training running out), Feedback owed, one
//! opportunity's Impact and evaluation, and You said, we did. Figures, not a test.
//!
//!   cargo bench -p withus-web --bench dashboard              # 300 opportunities, 12 meetings each
//!   BENCH_OPPORTUNITIES=50 cargo bench -p withus-web --bench dashboard
//!   BENCH_DATABASES=postgres (or sqlite) to measure one

mod common;

use std::time::Instant;

use chrono::{Duration, NaiveDate, Utc};
use common::{PASSWORD, measure, on_databases, report, sign_in};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    contribution, course, feedback, feedback_recipient, interest, meeting_attendee, training_record,
};
use withus_db::sea_orm::{self, ConnectionTrait};
use withus_web::kit::auth::Role;
use withus_web::meetings::forms::MeetingInput;
use withus_web::opportunities::forms::OpportunityInput;
use withus_web::people::forms::PersonForm;
use withus_web::{AppState, Config, admin};

const PEOPLE: usize = 2_000;
const MEETINGS: i64 = 12;
const EXPECTED: usize = 8;
const REQUESTS: usize = 100;

fn person(i: usize) -> PersonForm {
    PersonForm {
        given_name: format!("Person{i}"),
        family_name: "Bench".into(),
        involvement_role: "carer".into(),
        email: format!("p{i}@bench.example"),
        contact: vec!["email".into()],
        ..PersonForm::default()
    }
}

async fn opportunity(scope: &OrgScope, n: usize, by: Uuid) -> Uuid {
    let input = OpportunityInput {
        title: format!("Opportunity {n}"),
        summary: "Shape a service.".into(),
        outcomes: vec!["A better service".into(), "A plain leaflet".into()],
        way: "both".into(),
        places: 6,
        ..Default::default()
    };
    let id = withus_web::opportunities::queries::save(scope, None, &input, by)
        .await
        .expect("opportunity");
    let last = if n.is_multiple_of(2) {
        "evaluating"
    } else {
        "active"
    };
    let order = withus_web::opportunities::lifecycle::ORDER;
    for w in order.windows(2) {
        withus_web::opportunities::queries::set_status(scope, id, w[0], w[1], by)
            .await
            .expect("status");
        if w[1] == last {
            break;
        }
    }
    id
}

async fn load(url: &str, opportunities: usize) -> (AppState, Uuid) {
    let db = withus_db::connect_and_migrate(url).await.expect("migrate");
    let state = AppState::new(db, Config::for_tests(url))
        .await
        .expect("state");
    let started = Instant::now();
    let org = withus_db::installation::create_organisation(
        &state.db,
        "bench",
        "Bench Council",
        Utc::now(),
    )
    .await
    .expect("organisation");
    let scope = OrgScope::new(state.db.clone(), org.id);
    let hashed = withus_web::kit::auth::password::hash(PASSWORD).expect("hash");
    let by = admin::create(
        &scope,
        "Bench",
        "coordinator@bench.example",
        Some(hashed),
        &[Role::Coordinator],
        false,
    )
    .await
    .expect("account");
    let inputs: Vec<_> = (0..PEOPLE)
        .map(|i| person(i).check().expect("valid"))
        .collect();
    withus_web::people::queries::import(&scope, &inputs, None)
        .await
        .expect("people");
    let people: Vec<Uuid> = scope
        .find::<withus_db::entities::person::Entity>()
        .all(scope.db())
        .await
        .expect("people")
        .into_iter()
        .map(|p| p.id)
        .collect();
    let mut first = Uuid::nil();
    for n in 0..opportunities {
        let o = opportunity(&scope, n, by).await;
        if n == 0 {
            first = o;
        }
        let who = |k: usize| people[(n * 13 + k * 7) % people.len()];
        scope
            .insert_many(
                (0..6)
                    .map(|k| interest::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        opportunity_id: Set(o),
                        person_id: Set(who(k)),
                        status: Set("confirmed".into()),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    })
                    .collect(),
            )
            .await
            .expect("interests");
        for m in 0..MEETINGS {
            let starts = Utc::now() - Duration::days(10 + m * 30);
            let input = MeetingInput {
                title: format!("Meeting {m} of {n}"),
                activity: "meeting".into(),
                starts_at: starts,
                ends_at: starts + Duration::hours(2),
                high_level: false,
                venue_id: None,
                online_details: Some("Video call".into()),
            };
            let meeting = withus_web::meetings::queries::insert_meeting(&scope, o, &input)
                .await
                .expect("meeting");
            let expected: Vec<Uuid> = (0..EXPECTED).map(who).collect();
            scope
                .insert_many(
                    expected
                        .iter()
                        .map(|p| meeting_attendee::ActiveModel {
                            id: Set(Uuid::now_v7()),
                            meeting_id: Set(meeting),
                            person_id: Set(Some(*p)),
                            kind: Set("member".into()),
                            ..Default::default()
                        })
                        .collect(),
                )
                .await
                .expect("attendees");
            // Older meetings had their feedback; the last two months' did not.
            if m >= 2 {
                let f = Uuid::now_v7();
                scope
                    .insert(feedback::ActiveModel {
                        id: Set(f),
                        opportunity_id: Set(o),
                        meeting_id: Set(Some(meeting)),
                        message: Set("Thank you.".into()),
                        sent_at: Set(starts + Duration::days(20)),
                        ..Default::default()
                    })
                    .await
                    .expect("feedback");
                scope
                    .insert_many(
                        expected
                            .iter()
                            .map(|p| feedback_recipient::ActiveModel {
                                id: Set(Uuid::now_v7()),
                                feedback_id: Set(f),
                                person_id: Set(*p),
                                channel: Set("email".into()),
                                format: Set("standard".into()),
                                ..Default::default()
                            })
                            .collect(),
                    )
                    .await
                    .expect("recipients");
            }
        }
        scope
            .insert(contribution::ActiveModel {
                id: Set(Uuid::now_v7()),
                opportunity_id: Set(o),
                kind: Set("idea".into()),
                said: Set("Meet in the evening".into()),
                said_on: Set(withus_web::kit::dates::today()),
                status: Set("changed".into()),
                outcome: Set(Some("We do".into())),
                level: Set(Some("strategic".into())),
                areas: Set("delivery,experience".into()),
                created_at: Set(Utc::now()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            })
            .await
            .expect("contribution");
    }
    let course = Uuid::now_v7();
    scope
        .insert(course::ActiveModel {
            id: Set(course),
            name: Set("DBS check".into()),
            kind: Set("check".into()),
            audience: Set("involved".into()),
            valid_months: Set(Some(36)),
            description: Set(String::new()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .expect("course");
    let today = withus_web::kit::dates::today();
    scope
        .insert_many(
            people
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let expires: NaiveDate = today + Duration::days(i as i64 % 1000 - 30);
                    training_record::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        course_id: Set(course),
                        person_id: Set(Some(*p)),
                        part: Set("attended".into()),
                        completed_on: Set(expires - Duration::days(3 * 365)),
                        expires_on: Set(Some(expires)),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    }
                })
                .collect(),
        )
        .await
        .expect("training");
    // Written directly, so counted as the app keeps them.
    withus_db::feedback_owed::everything(&scope, scope.db(), Utc::now())
        .await
        .expect("recount");
    state
        .db
        .execute_unprepared("ANALYZE")
        .await
        .expect("analyze");
    eprintln!(
        "  {opportunities} opportunities, {} meetings, {} people expected, loaded in {:.1?}",
        opportunities as i64 * MEETINGS,
        opportunities as i64 * MEETINGS * EXPECTED as i64,
        started.elapsed()
    );
    (state, first)
}

async fn run(name: &str, url: &str, opportunities: usize) {
    eprintln!("{name}: loading");
    let (state, first) = load(url, opportunities).await;
    let cookie = sign_in(&state, "coordinator@bench.example").await;
    for (what, path) in [
        ("staff home (overdue, running out)", "/home".to_owned()),
        ("feedback owed", "/impact/feedback".to_owned()),
        (
            "one opportunity's evaluation",
            format!("/opportunities/{first}/evaluation"),
        ),
        ("you said, we did", "/impact".to_owned()),
    ] {
        report(name, what, measure(&state, &cookie, &path, REQUESTS).await);
    }
}

#[tokio::main]
async fn main() {
    let opportunities: usize = std::env::var("BENCH_OPPORTUNITIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    println!(
        "Dashboard benchmark: {opportunities} opportunities, {MEETINGS} past meetings each, {EXPECTED} people expected at each, {PEOPLE} people; {REQUESTS} requests each"
    );
    on_databases(|name, url| async move { run(name, &url, opportunities).await }).await;
}
