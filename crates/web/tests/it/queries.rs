//! No key page does more queries as the data grows (issue #10): each page is read with a
//! little data and again with ten times as much, counting every statement sent to the
//! database; the counts must be the same. A page that looped over rows would fail here long
//! before it was slow in production.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use uuid::Uuid;
use withus_web::kit::auth::Role;
use withus_web::meetings::forms::MeetingInput;
use withus_web::routes::router;
use withus_web::{AppState, Config};

use crate::both_databases;
use crate::harness::TestApp;
use crate::meetings::{member, person};

async fn counting(url: &str) -> (TestApp, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let mut db = withus_db::connect_and_migrate(url).await.expect("migrate");
    let counter = count.clone();
    db.set_metric_callback(move |_| {
        counter.fetch_add(1, Ordering::Relaxed);
    });
    let state = AppState::new(db, Config::for_tests(url))
        .await
        .expect("state");
    let app = TestApp {
        router: router(state.clone()),
        state,
        cookies: Default::default(),
        address: "203.0.113.10".into(),
    };
    (app, count)
}

/// Adds `n` people, each expected at a past meeting of the opportunity, and `n` more
/// opportunities with a meeting each.
async fn grow(app: &TestApp, org: &crate::harness::Org, opportunity: Uuid, n: usize, from: usize) {
    let scope = app.scope(org);
    let starts = Utc::now() - Duration::days(3);
    let meeting = withus_web::meetings::queries::insert_meeting(
        &scope,
        opportunity,
        &MeetingInput {
            title: format!("Meeting {from}"),
            activity: "meeting".into(),
            starts_at: starts,
            ends_at: starts + Duration::hours(2),
            high_level: false,
            venue_id: None,
            online_details: Some("Video call".into()),
        },
    )
    .await
    .unwrap();
    for i in from..from + n {
        let p = person(app, org, &format!("Grown{i}"), &[], None).await;
        withus_web::meetings::queries::insert_attendee(&scope, meeting, Some(p), None, "member")
            .await
            .unwrap();
        crate::impact::confirm(&scope, opportunity, p).await;
        crate::impact::opportunity_at(app, org, "active").await;
    }
}

/// How many statements reading `path` sent to the database.
async fn measure(app: &mut TestApp, count: &AtomicUsize, path: &str) -> usize {
    let before = count.load(Ordering::Relaxed);
    let page = app.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{path}");
    count.load(Ordering::Relaxed) - before
}

both_databases!(key_pages_do_not_query_more_as_the_data_grows, key_pages);
async fn key_pages(url: String) {
    let (mut app, count) = counting(&url).await;
    let org = app.org("northbrook", "Northbrook Council").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let opportunity = crate::impact::opportunity_at(&app, &org, "active").await;
    let jo = person(&app, &org, "Jo", &[], None).await;
    let mut jo_app = member(&app, &org, jo, "Jo").await;
    grow(&app, &org, opportunity, 2, 0).await;

    let pages = [
        "/home".to_owned(),
        "/people?status=active&role=carer".to_owned(),
        format!("/people/{jo}"),
        format!("/opportunities/{opportunity}"),
        format!("/opportunities/{opportunity}/matches"),
    ];
    let mut small = Vec::new();
    for path in &pages {
        small.push(measure(&mut app, &count, path).await);
    }
    let member_small = measure(&mut jo_app, &count, "/home").await;
    // A ceiling as well as no growth (7, 4, 7, 8 and 9 statements when this was written; the
    // coordinator's home adds up to five with overdue feedback and training running out,
    // which this data has none of). The member's home reads 12: what is next for them (offers,
    // meetings with venues and papers, claims, questionnaires) and their named contact, each a
    // statement or two whatever they hold.
    assert!(
        small.iter().all(|&n| n <= 12) && member_small <= 13,
        "statements a key page sends: {small:?}, member {member_small}"
    );
    assert!(
        small.iter().all(|&n| n > 0) && member_small > 0,
        "every statement is counted: {small:?}"
    );

    grow(&app, &org, opportunity, 20, 100).await;
    for (path, was) in pages.iter().zip(&small) {
        let now = measure(&mut app, &count, path).await;
        assert_eq!(
            now, *was,
            "{path}: {was} queries with a little data, {now} with more"
        );
    }
    let member_large = measure(&mut jo_app, &count, "/home").await;
    assert_eq!(member_large, member_small, "the member's home page");
}
