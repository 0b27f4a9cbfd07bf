//! Jobs that recover, on both databases: a claim names its worker process and holds a short
//! lease that only that process can renew; a job whose owner died is taken over by another
//! worker, and the dead one, were it to carry on, adds nobody; a live lease is never taken;
//! a failed or stalled import is tried again from its page and adds everyone exactly once.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use uuid::Uuid;
use withus_db::draw_jobs::{self, DRAW};
use withus_db::entities::{audit_event, people_import, person};
use withus_db::import_jobs::{self, Claim, DONE, FAILED, IMPORTING, QUEUED};
use withus_db::job_queue::{LEASE, Owner};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, sea_query::Expr};
use withus_web::kit::auth::Role;
use withus_web::opportunities::lottery::queries::{self as job_queries, NewJob};
use withus_web::people::import_jobs as importer;

use crate::both_databases;
use crate::harness::{Org, TestApp};

const NAMES: &[&str] = &["Ada", "Ben", "Cara", "Dev", "Eli"];

/// Uploads and confirms a file of `rows` people (at most five), signed in as a coordinator.
async fn confirmed(app: &mut TestApp, org: &Org, rows: usize) -> Uuid {
    app.sign_in_as(org, Role::Coordinator).await;
    let mut csv = String::from("First name,Last name,Email,Role\n");
    for name in &NAMES[..rows] {
        let email = name.to_lowercase();
        csv.push_str(&format!("{name},Lease,{email}@people.example,carer\n"));
    }
    let uploaded = app
        .upload("/people/import", "people.csv", csv.as_bytes(), true)
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let id = uploaded.location().rsplit('/').next().unwrap().to_owned();
    let confirmed = app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    id.parse().unwrap()
}

async fn stored(app: &TestApp, org: &Org, id: Uuid) -> people_import::Model {
    app.scope(org)
        .find::<people_import::Entity>()
        .filter(people_import::Column::Id.eq(id))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the import")
}

async fn people(app: &TestApp, org: &Org) -> u64 {
    app.scope(org)
        .find::<person::Entity>()
        .count(&app.state.db)
        .await
        .unwrap()
}

async fn set_content(app: &TestApp, org: &Org, id: Uuid, content: &str) {
    app.scope(org)
        .update_many::<people_import::Entity>()
        .col_expr(people_import::Column::Content, Expr::value(content))
        .filter(people_import::Column::Id.eq(id))
        .exec(&app.state.db)
        .await
        .unwrap();
}

both_databases!(
    an_import_whose_owner_died_is_taken_over_and_adds_everyone_once,
    taken_over
);
async fn taken_over(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = confirmed(&mut app, &org, 5).await;
    let db = app.state.db.clone();
    let (dead, alive) = (Owner::new(), Owner::new());
    let now = Utc::now();

    // A server claims the import two minutes ago and is killed: it stopped renewing.
    let stopped = import_jobs::claim(&db, &dead, now - Duration::minutes(2), LEASE)
        .await
        .unwrap()
        .expect("the queued import");
    assert_eq!(stopped.id, id);
    assert_eq!(stopped.lease_owner.as_deref(), Some(dead.as_str()));
    assert_eq!(stopped.attempts, 1);

    // The status page no longer says it carries on: it says it stopped, and offers to retry.
    let page = app.get(&format!("/people/import/{id}")).await;
    let status = page.text_of("[role=status]");
    assert!(
        status.contains("Withus stopped while adding 5 people"),
        "{status}"
    );
    assert!(
        page.body
            .contains(&format!("action=\"/people/import/{id}/retry\""))
    );
    let progress = app.get(&format!("/people/import/{id}/progress")).await;
    assert!(
        progress.body.contains(r#""finished":true"#),
        "the page reloads"
    );

    // Another worker takes it over on its next poll.
    let taken = import_jobs::claim(&db, &alive, now, LEASE)
        .await
        .unwrap()
        .expect("the stalled import");
    assert_eq!(taken.id, id);
    assert_eq!(taken.lease_owner.as_deref(), Some(alive.as_str()));
    assert_eq!(taken.attempts, 2);

    // Had the killed worker carried on, it could not renew, and it adds nobody.
    let late = Utc::now() + LEASE;
    assert!(
        !import_jobs::renew(&db, &Claim::of(&stopped), late)
            .await
            .unwrap()
    );
    importer::run_claimed(&app.state, &stopped).await.unwrap();
    assert_eq!(people(&app, &org).await, 0, "the stale claim added nobody");
    let row = stored(&app, &org, id).await;
    assert_eq!(row.status, IMPORTING);
    assert_eq!(row.lease_owner.as_deref(), Some(alive.as_str()));

    // The worker that took it over adds everyone, once.
    importer::run_claimed(&app.state, &taken).await.unwrap();
    assert_eq!(people(&app, &org).await, 5);
    let row = stored(&app, &org, id).await;
    assert_eq!(row.status, DONE);
    assert_eq!(row.imported_count, Some(5));
    assert!(
        !importer::run_one_as(&app.state, &dead, Utc::now())
            .await
            .unwrap()
    );
    let retry = app.post(&format!("/people/import/{id}/retry"), &[]).await;
    assert_eq!(retry.status, StatusCode::SEE_OTHER);
    assert_eq!(stored(&app, &org, id).await.status, DONE, "done stays done");
    assert!(!importer::run_one(&app.state).await.unwrap());
    assert_eq!(people(&app, &org).await, 5, "each person exactly once");
}

both_databases!(
    a_live_lease_is_kept_and_only_its_owner_renews_it,
    live_lease
);
async fn live_lease(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = confirmed(&mut app, &org, 2).await;
    let db = app.state.db.clone();
    let (first, second) = (Owner::new(), Owner::new());
    let now = Utc::now();
    let job = import_jobs::claim(&db, &first, now, LEASE)
        .await
        .unwrap()
        .expect("the queued import");

    // While the lease runs, the other worker finds nothing to do.
    let soon = now + Duration::seconds(20);
    assert!(
        !importer::run_one_as(&app.state, &second, soon)
            .await
            .unwrap()
    );

    // Only the owner renews it: another worker's renewal changes nothing.
    let theirs = Claim {
        owner: Some(second.as_str().to_owned()),
        ..Claim::of(&job)
    };
    let later = now + Duration::minutes(2);
    assert!(!import_jobs::renew(&db, &theirs, later).await.unwrap());
    assert_eq!(stored(&app, &org, id).await.lease_until, job.lease_until);
    assert!(
        import_jobs::renew(&db, &Claim::of(&job), later)
            .await
            .unwrap()
    );
    let minute = now + Duration::minutes(1);
    assert!(
        !importer::run_one_as(&app.state, &second, minute)
            .await
            .unwrap(),
        "the renewed lease outlives the first"
    );

    // "Try again" leaves a running import alone, and is not offered.
    let page = app.get(&format!("/people/import/{id}")).await;
    assert!(page.text_of("[role=status]").contains("Adding 2 people"));
    assert!(!page.body.contains("/retry\""));
    app.post(&format!("/people/import/{id}/retry"), &[]).await;
    let row = stored(&app, &org, id).await;
    assert_eq!(row.status, IMPORTING);
    assert_eq!(row.lease_owner.as_deref(), Some(first.as_str()));

    // Once the renewed lease runs out too, the other worker takes it over.
    let after = now + Duration::minutes(3);
    assert!(
        importer::run_one_as(&app.state, &second, after)
            .await
            .unwrap()
    );
    assert_eq!(people(&app, &org).await, 2);
    assert_eq!(stored(&app, &org, id).await.status, DONE);
}

both_databases!(
    a_draw_lease_is_kept_and_only_its_owner_renews_it,
    draw_lease
);
async fn draw_lease(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let opportunity = crate::opportunities::lottery::opportunity(&app, &org, 2, 1).await;
    let by = Uuid::now_v7();
    let job = NewJob {
        kind: DRAW,
        opportunity_id: opportunity,
        draw_id: None,
        seed: "Leases",
        by,
    };
    job_queries::queue(&scope, job, Utc::now()).await.unwrap();
    let db = app.state.db.clone();
    let (first, second) = (Owner::new(), Owner::new());
    let now = Utc::now();
    let claimed = draw_jobs::claim(&db, &first, now, LEASE)
        .await
        .unwrap()
        .expect("the queued draw");
    assert_eq!(claimed.lease_owner.as_deref(), Some(first.as_str()));

    let mut theirs = claimed.clone();
    theirs.lease_owner = Some(second.as_str().to_owned());
    let later = now + Duration::minutes(2);
    assert!(!job_queries::renew(&scope, &theirs, later).await.unwrap());
    assert!(job_queries::renew(&scope, &claimed, later).await.unwrap());
    let minute = now + Duration::minutes(1);
    let none = draw_jobs::claim(&db, &second, minute, LEASE).await.unwrap();
    assert!(none.is_none(), "a live lease is not taken");

    let after = now + Duration::minutes(3);
    let taken = draw_jobs::claim(&db, &second, after, LEASE)
        .await
        .unwrap()
        .expect("the stalled draw");
    assert_eq!(taken.lease_owner.as_deref(), Some(second.as_str()));
    assert_eq!(taken.attempts, 2);
    assert!(!job_queries::renew(&scope, &claimed, later).await.unwrap());
    assert!(!job_queries::fail(&scope, &claimed, "late").await.unwrap());
}

both_databases!(
    a_failed_import_is_tried_again_from_its_page_and_adds_everyone_once,
    retried
);
async fn retried(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = confirmed(&mut app, &org, 3).await;
    let good = stored(&app, &org, id).await.content;
    set_content(&app, &org, id, "").await;
    assert!(importer::run_one(&app.state).await.unwrap());
    assert_eq!(stored(&app, &org, id).await.status, FAILED);
    assert_eq!(people(&app, &org).await, 0);

    // Mended, the file's page says what happened and offers "Try again", a form like any other.
    set_content(&app, &org, id, &good).await;
    let retry = format!("/people/import/{id}/retry");
    let page = app.get(&format!("/people/import/{id}")).await;
    assert!(
        page.body
            .contains("The import stopped and nothing was added")
    );
    assert!(page.body.contains(&format!("action=\"{retry}\"")));
    assert!(page.body.contains(">Try again</button>"));
    let refused = app.post_raw(&retry, &[]).await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "the form needs its token"
    );
    assert_eq!(stored(&app, &org, id).await.status, FAILED);

    let again = app.post(&retry, &[]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(again.location(), format!("/people/import/{id}"));
    let row = stored(&app, &org, id).await;
    assert_eq!(row.status, QUEUED);
    assert_eq!(
        (row.attempts, row.lease_owner, row.failure),
        (0, None, None)
    );
    let waiting = app.get(&format!("/people/import/{id}")).await;
    assert!(waiting.body.contains("Waiting to start adding 3 people"));

    // A second press while it waits changes nothing; the worker adds everyone once.
    app.post(&retry, &[]).await;
    assert!(importer::run_one(&app.state).await.unwrap());
    assert!(!importer::run_one(&app.state).await.unwrap());
    app.post(&retry, &[]).await;
    assert!(!importer::run_one(&app.state).await.unwrap());
    assert_eq!(people(&app, &org).await, 3);
    let row = stored(&app, &org, id).await;
    assert_eq!((row.status.as_str(), row.imported_count), (DONE, Some(3)));
    let retries = app
        .scope(&org)
        .find::<audit_event::Entity>()
        .filter(audit_event::Column::Action.eq("retried import"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(retries, 1, "only the press that queued it is recorded");
}

both_databases!(
    a_stalled_import_is_tried_again_and_the_dead_worker_adds_nobody,
    stalled
);
async fn stalled(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = confirmed(&mut app, &org, 4).await;
    let dead = Owner::new();
    let past = Utc::now() - Duration::minutes(5);
    let stopped = import_jobs::claim(&app.state.db, &dead, past, LEASE)
        .await
        .unwrap()
        .expect("the queued import");

    let again = app.post(&format!("/people/import/{id}/retry"), &[]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let row = stored(&app, &org, id).await;
    assert_eq!((row.status.as_str(), row.lease_owner), (QUEUED, None));

    // The dead worker, coming back, adds nobody: the job is no longer its claim.
    importer::run_claimed(&app.state, &stopped).await.unwrap();
    assert_eq!(people(&app, &org).await, 0);
    assert_eq!(stored(&app, &org, id).await.status, QUEUED);
    assert!(importer::run_one(&app.state).await.unwrap());
    assert_eq!(people(&app, &org).await, 4);
    assert_eq!(stored(&app, &org, id).await.status, DONE);
}

both_databases!(
    an_import_whose_servers_keep_stopping_is_given_up_until_tried_again,
    given_up
);
async fn given_up(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = confirmed(&mut app, &org, 2).await;
    let long_ago = Utc::now() - Duration::hours(1);
    for n in 0..3 {
        let at = long_ago + Duration::minutes(n);
        let claimed = import_jobs::claim(&app.state.db, &Owner::new(), at, LEASE)
            .await
            .unwrap()
            .expect("the stalled import");
        assert_eq!(claimed.attempts, n as i32 + 1);
    }
    // A fourth claim gives it up rather than bring down a fourth server.
    assert!(importer::run_one(&app.state).await.unwrap());
    assert_eq!(stored(&app, &org, id).await.status, FAILED);
    assert_eq!(people(&app, &org).await, 0);

    // The coordinator tries again: the count starts over and everyone is added.
    app.post(&format!("/people/import/{id}/retry"), &[]).await;
    assert!(importer::run_one(&app.state).await.unwrap());
    assert_eq!(people(&app, &org).await, 2);
    assert_eq!(stored(&app, &org, id).await.status, DONE);
}
