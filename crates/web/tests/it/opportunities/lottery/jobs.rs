//! Draws by fair lottery as background jobs, on both databases: the progress page before the
//! worker has run, a draw whose server stopped is taken over once its lease has run out (and
//! the stopped server, coming back, stores nothing), two workers never claim the same draw,
//! and a draw that cannot be made says why.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use uuid::Uuid;
use withus_db::draw_jobs::{self, DONE};
use withus_db::entities::{draw_job, selection_draw};
use withus_db::job_queue::{LEASE, Owner};
use withus_db::sea_orm::PaginatorTrait;
use withus_web::kit::auth::Role;
use withus_web::opportunities::lottery::draw_jobs as worker;

use super::{interested, opportunity};
use crate::both_databases;
use crate::harness::{Org, TestApp};

/// An opportunity with 2 places, three carers and three others interested, a quota of one
/// carer, and the coordinator signed in.
async fn ready(app: &mut TestApp, org: &Org) -> Uuid {
    app.sign_in_as(org, Role::Coordinator).await;
    let id = opportunity(app, org, 2, 1).await;
    let scope = app.scope(org);
    for n in 0..3 {
        interested(&scope, id, &format!("Cara{n}"), "carer", None, false).await;
        interested(&scope, id, &format!("Sam{n}"), "service_user", None, false).await;
    }
    quota(app, id, "involvement_role:carer", "1").await;
    id
}

async fn quota(app: &mut TestApp, id: Uuid, which: &str, count: &str) {
    let set = app
        .post(
            &format!("/opportunities/{id}/quotas"),
            &[("quota", which), ("min", count), ("max", count)],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
}

/// Asks for a draw and answers its progress page's address.
async fn ask(app: &mut TestApp, id: Uuid, seed: &str) -> String {
    let queued = app
        .post(&format!("/opportunities/{id}/draw"), &[("seed", seed)])
        .await;
    assert_eq!(queued.status, StatusCode::SEE_OTHER, "{}", queued.body);
    let progress = queued.location().to_owned();
    assert!(
        progress.starts_with(&format!("/opportunities/{id}/draws/jobs/")),
        "{progress}"
    );
    progress
}

async fn stored_draws(app: &TestApp, org: &Org) -> u64 {
    app.scope(org)
        .find::<selection_draw::Entity>()
        .count(&app.state.db)
        .await
        .unwrap()
}

both_databases!(
    a_draw_shows_its_progress_until_the_worker_has_drawn_it,
    progress
);
async fn progress(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = ready(&mut app, &org).await;
    let progress = ask(&mut app, id, "Northbrook panel, 5 December").await;
    assert_eq!(
        stored_draws(&app, &org).await,
        0,
        "nothing is drawn inside the request"
    );

    let waiting = app.get(&progress).await;
    assert_eq!(waiting.status, StatusCode::OK);
    let main = waiting.text_of("main");
    assert!(main.contains("Working out the draw"), "{main}");
    assert!(main.contains("Waiting to start"), "{main}");
    assert!(main.contains("Asked for"), "{main}");
    assert!(main.contains("Check progress"), "{main}");
    assert!(
        waiting.body.contains(&format!("href=\"{progress}\"")),
        "Check progress reloads the page without JavaScript"
    );
    assert!(
        waiting.body.contains("data-draw-progress"),
        "the script's hook"
    );

    // The coordinator leaves; the draw page lists the draw, linked to its progress page.
    let page = app.get(&format!("/opportunities/{id}/draw")).await;
    assert!(page.text_of("main").contains("Draws being worked out"));
    assert!(page.body.contains(&format!("href=\"{progress}\"")));

    // A server claims it: the page says it is working, and since when.
    let db = &app.state.db;
    let job = draw_jobs::claim(db, &Owner::new(), Utc::now(), LEASE)
        .await
        .unwrap()
        .expect("the queued draw");
    let working = app.get(&progress).await.text_of("main");
    assert!(working.contains("Working out everyone"), "{working}");
    assert!(
        working.contains("Started") && working.contains("ago"),
        "{working}"
    );

    worker::run_claimed(&app.state.db, job).await.unwrap();
    let done = app.get(&progress).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(
        done.location()
            .starts_with(&format!("/opportunities/{id}/draws/")),
        "{}",
        done.location()
    );
    let result = app.get(done.location()).await;
    assert!(
        result
            .text_of("main")
            .contains("Northbrook panel, 5 December")
    );
    assert_eq!(stored_draws(&app, &org).await, 1);
    assert!(!worker::run_one(&app.state.db, Utc::now()).await.unwrap());
    let page = app
        .get(&format!("/opportunities/{id}/draw"))
        .await
        .text_of("main");
    assert!(!page.contains("Draws being worked out"), "{page}");
    assert!(page.contains("Earlier draws"), "{page}");
}

both_databases!(
    a_draw_whose_server_stopped_is_taken_over_and_drawn_once,
    taken_over
);
async fn taken_over(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = ready(&mut app, &org).await;
    let progress = ask(&mut app, id, "Taken over").await;
    let db = app.state.db.clone();
    let now = Utc::now();

    // One server claims the draw, then stops before it has finished.
    let stopped = draw_jobs::claim(&db, &Owner::new(), now, LEASE)
        .await
        .unwrap()
        .expect("the queued draw");
    assert_eq!(stopped.attempts, 1);
    // While its lease runs, no other server takes the draw.
    assert!(
        !worker::run_one(&db, now + Duration::seconds(20))
            .await
            .unwrap()
    );
    assert_eq!(app.get(&progress).await.status, StatusCode::OK);
    assert_eq!(stored_draws(&app, &org).await, 0);

    // Once the lease has run out, another server takes it over and draws it.
    assert!(
        worker::run_one(&db, now + LEASE + Duration::seconds(1))
            .await
            .unwrap()
    );
    assert_eq!(stored_draws(&app, &org).await, 1);

    // The first server comes back and finishes its own work: it stores nothing.
    worker::run_claimed(&db, stopped).await.unwrap();
    assert_eq!(stored_draws(&app, &org).await, 1, "drawn exactly once");
    let job = app
        .scope(&org)
        .find::<draw_job::Entity>()
        .one(&db)
        .await
        .unwrap()
        .expect("the job");
    assert_eq!(job.status, DONE);
    assert_eq!(job.attempts, 2);
    let done = app.get(&progress).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let draw_id = job.draw_id.expect("the draw it made");
    assert_eq!(
        done.location(),
        format!("/opportunities/{id}/draws/{draw_id}")
    );
}

both_databases!(two_workers_never_claim_the_same_draw, two_claims);
async fn two_claims(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = ready(&mut app, &org).await;
    ask(&mut app, id, "First").await;
    ask(&mut app, id, "Second").await;
    let db = app.state.db.clone();
    let now = Utc::now();

    // Two workers at once, two draws waiting: each gets a different one.
    let (one, two) = (Owner::new(), Owner::new());
    let (a, b) = tokio::join!(
        draw_jobs::claim(&db, &one, now, LEASE),
        draw_jobs::claim(&db, &two, now, LEASE)
    );
    let a = a.unwrap().expect("a draw for the first worker");
    let b = b.unwrap().expect("a draw for the second worker");
    assert_ne!(a.id, b.id);
    assert!(
        draw_jobs::claim(&db, &one, now, LEASE)
            .await
            .unwrap()
            .is_none()
    );

    // Two workers at once, one draw waiting: only one of them gets it.
    ask(&mut app, id, "Third").await;
    let (c, d) = tokio::join!(
        draw_jobs::claim(&db, &one, now, LEASE),
        draw_jobs::claim(&db, &two, now, LEASE)
    );
    let claimed: Vec<draw_job::Model> = [c.unwrap(), d.unwrap()].into_iter().flatten().collect();
    assert_eq!(claimed.len(), 1, "{claimed:?}");
    assert_eq!(claimed[0].seed, "Third");
}

both_databases!(a_draw_that_cannot_be_made_says_why, cannot);
async fn cannot(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = ready(&mut app, &org).await;
    // Nobody in the pool is both a user of services and a carer.
    quota(&mut app, id, "involvement_role:both", "1").await;
    let progress = ask(&mut app, id, "Cannot").await;
    assert!(worker::run_one(&app.state.db, Utc::now()).await.unwrap());

    let failed = app.get(&progress).await;
    assert_eq!(failed.status, StatusCode::OK);
    let main = failed.text_of("main");
    assert!(main.contains("The draw could not be made"), "{main}");
    assert!(main.contains("Nothing was drawn"), "{main}");
    assert!(main.contains("No panel of 2 can have at least 1"), "{main}");
    assert!(main.contains("Change the quotas"), "{main}");
    assert!(main.contains("Back to the draw"), "{main}");
    assert!(
        !failed.body.contains("data-draw-progress"),
        "nothing to wait for"
    );
    assert_eq!(stored_draws(&app, &org).await, 0);
    let page = app
        .get(&format!("/opportunities/{id}/draw"))
        .await
        .text_of("main");
    assert!(page.contains("Could not be made"), "{page}");
}
