//! The import's limits on both databases: 20,000 rows are taken and one more is refused in
//! plain words; and "all or nothing" when the database refuses a row part way through adding
//! the file, after earlier batches of the same file have been written.

use axum::http::StatusCode;
use withus_db::entities::{people_import, person, person_status_change};
use withus_db::import_jobs::{DONE, FAILED};
use withus_db::sea_orm::{ConnectionTrait, PaginatorTrait};
use withus_web::kit::auth::Role;
use withus_web::people::import_jobs;

use crate::both_databases;
use crate::harness::{Org, TestApp};

/// A file of `rows` people, one a line; the one at row `at` (counting from 1 after the
/// header) is called "Refused", so the database can be made to refuse that row alone.
fn sheet(rows: usize, at: Option<usize>) -> Vec<u8> {
    let mut text = String::from("First name,Last name,Role\n");
    for n in 1..=rows {
        if Some(n) == at {
            text.push_str("Refused,Row,carer\n");
        } else {
            text.push_str(&format!("P{n},Row,carer\n"));
        }
    }
    text.into_bytes()
}

async fn count_people(app: &TestApp, org: &Org) -> u64 {
    app.scope(org)
        .find::<person::Entity>()
        .count(&app.state.db)
        .await
        .unwrap()
}

async fn stored_imports(app: &TestApp, org: &Org) -> u64 {
    app.scope(org)
        .find::<people_import::Entity>()
        .count(&app.state.db)
        .await
        .unwrap()
}

both_databases!(
    twenty_thousand_rows_are_taken_and_one_more_is_refused,
    row_limit
);
async fn row_limit(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;

    let refused = app
        .upload("/people/import", "big.csv", &sheet(20_001, None), true)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.text_of(".govuk-error-summary");
    assert!(
        summary.contains("The selected file must have 20000 rows or fewer")
            || summary.contains("The selected file must have 20,000 rows or fewer"),
        "{summary}"
    );
    assert!(
        refused.body.contains("href=\"#file\""),
        "the error summary links to the file field"
    );
    assert_eq!(stored_imports(&app, &org).await, 0, "nothing kept");

    // Blank lines are not people: 20,000 rows with gaps between them are still 20,000.
    let mut full = sheet(20_000, None);
    full.extend_from_slice(b"\n,,\n\n");
    let taken = app.upload("/people/import", "full.csv", &full, true).await;
    assert_eq!(taken.status, StatusCode::SEE_OTHER, "{}", taken.body);
    assert_eq!(stored_imports(&app, &org).await, 1);
    let preview = app.get(taken.location()).await;
    assert_eq!(preview.status, StatusCode::OK);
    let status = preview.text_of("[role=status]");
    assert!(
        status.contains("20000 people can be imported")
            || status.contains("20,000 people can be imported"),
        "{status}"
    );
}

const SQLITE_TRIGGER: &str = "CREATE TRIGGER refuse_marked BEFORE INSERT ON people \
    WHEN NEW.given_name = 'Refused' \
    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END";
const POSTGRES_FUNCTION: &str = "CREATE FUNCTION refuse_marked() RETURNS trigger \
    LANGUAGE plpgsql AS $$ BEGIN \
    IF NEW.given_name = 'Refused' THEN RAISE EXCEPTION 'refused by the test'; END IF; \
    RETURN NEW; END $$";
const POSTGRES_TRIGGER: &str = "CREATE TRIGGER refuse_marked BEFORE INSERT ON people \
    FOR EACH ROW EXECUTE FUNCTION refuse_marked()";

/// Makes the database refuse to add anyone called "Refused", as a constraint or a full disk
/// would refuse a row part way through an import.
async fn refuse_the_marked_row(app: &TestApp, sqlite: bool) {
    let statements = if sqlite {
        vec![SQLITE_TRIGGER]
    } else {
        vec![POSTGRES_FUNCTION, POSTGRES_TRIGGER]
    };
    for sql in statements {
        app.state.db.execute_unprepared(sql).await.unwrap();
    }
}

both_databases!(
    an_import_refused_part_way_adds_nobody_from_the_file,
    part_way
);
async fn part_way(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let scope = app.scope(&org);
    // People are added 200 at a time: row 500 is in the third batch, after 400 are written.
    let uploaded = app
        .upload("/people/import", "people.csv", &sheet(600, Some(500)), true)
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let page = uploaded.location().to_owned();
    let preview = app.get(&page).await;
    let status = preview.text_of("[role=status]");
    assert!(status.contains("600 people can be imported"), "{status}");
    let id = page.rsplit('/').next().unwrap().to_owned();
    let confirmed = app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );

    refuse_the_marked_row(&app, url.starts_with("sqlite")).await;
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    assert_eq!(
        count_people(&app, &org).await,
        0,
        "the 400 people written before the refused row were taken back"
    );
    assert_eq!(
        scope
            .find::<person_status_change::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        0,
        "nor any of their history"
    );
    let job = scope
        .find::<people_import::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(job.status, FAILED);
    assert_eq!(job.imported_count, None);
    let why = job.failure.unwrap_or_default();
    assert!(why.contains("refused by the test"), "{why}");
    let failed = app.get(&page).await;
    assert!(
        failed
            .body
            .contains("The import stopped and nothing was added"),
        "{}",
        failed.text_of("main")
    );

    // With the cause put right, trying again adds the whole file, once.
    let allow = if url.starts_with("sqlite") {
        "DROP TRIGGER refuse_marked"
    } else {
        "DROP TRIGGER refuse_marked ON people"
    };
    app.state.db.execute_unprepared(allow).await.unwrap();
    let again = app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    assert_eq!(count_people(&app, &org).await, 600);
    let job = scope
        .find::<people_import::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(job.status, DONE);
    assert_eq!(job.imported_count, Some(600));
}
