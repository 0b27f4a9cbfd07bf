//! The canary: a marker of its own in every box the member's pages offer and every box staff
//! keep about them, then erasure, then every text and file column of every table read
//! straight from the database. No marker may be left anywhere, and the person's id only where
//! the audit trail names the row that is now anonymous. A second test makes erasure fail half
//! way and finds the person untouched.

mod cells;
mod failed_erasure;

pub use cells::{Found, around, cells_containing, every_cell};

use axum::http::StatusCode;
use uuid::Uuid;
use withus_db::entities::{agenda_item, claim, interest, person};
use withus_db::personal::{Link, Rows, TABLES};
use withus_db::sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use withus_db::sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, PaginatorTrait, QueryFilter,
    Statement,
};
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::canary_fixture::{
    Ties, browser, canary_email, claim_with_query, mark, marker, open_meeting, own_record,
    post_all, staff_boxes, write_details,
};
use crate::harness::TestApp;
use crate::impact::{confirm, opportunity_at};

both_databases!(erasure_leaves_no_canary_anywhere, canary_body);
async fn canary_body(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let db = &app.state.db;
    let (id, account) = own_record(&app, &org).await;
    let mut me = browser(&app, &org, Role::InvolvedPerson).await;
    let mut staff = browser(&app, &org, Role::Coordinator).await;

    // Every box of the member's own pages: their details are markers 1 to 8.
    let mut written: Vec<String> = (1..=8).map(marker).collect();
    write_details(&mut me).await;
    let open = opportunity_at(&app, &org, "open").await;
    let done = opportunity_at(&app, &org, "evaluating").await;
    confirm(&scope, done, id).await;
    let meeting = open_meeting(&app, &mut staff, &org, id).await;
    let (note, needs) = (mark(&mut written, 9), mark(&mut written, 10));
    let words: Vec<String> = (12..=16).map(|n| mark(&mut written, n)).collect();
    let (title, detail) = (mark(&mut written, 17), mark(&mut written, 18));
    let evidence = mark(&mut written, 27);
    let mut answers = vec![("rating_1", "3")];
    let boxes = ["words_1", "words_2", "words_3", "words_4", "words_5"];
    answers.extend(boxes.into_iter().zip(words.iter().map(String::as_str)));
    let forms = [
        (
            "/my/times".to_owned(),
            vec![("days", "3"), ("from", "9"), ("to", "11:30")],
        ),
        (
            format!("/my/opportunities/{open}/interest"),
            vec![
                ("note", note.as_str()),
                ("access_needs", needs.as_str()),
                ("step", "send"),
            ],
        ),
        (format!("/my/questionnaires/{done}"), answers),
        (
            format!("/my/meetings/{meeting}/agenda"),
            vec![("title", title.as_str()), ("detail", detail.as_str())],
        ),
        (
            "/assessment/4pi".to_owned(),
            vec![
                ("presence-two", "developing"),
                ("presence-two-evidence", evidence.as_str()),
            ],
        ),
    ];
    post_all(&mut me, &forms).await;
    let claim_id = claim_with_query(&app, &mut me, &mut staff, &org, id, &mut written).await;

    // Every box staff keep about them.
    let ties = Ties {
        person: id,
        open,
        done,
        meeting,
    };
    staff_boxes(&app, &mut staff, &org, &ties, &mut written).await;

    // Every marker really reached the database, and the draw's pool names them.
    let cells = every_cell(db).await;
    let missing: Vec<&String> = written
        .iter()
        .filter(|m| !cells.iter().any(|c| around(&c.value, m.as_str()).is_some()))
        .collect();
    assert!(
        missing.is_empty(),
        "never stored, so proving nothing: {missing:?}"
    );
    let pid = id.to_string();
    let named = cells_containing(db, &pid).await;
    assert!(
        named
            .iter()
            .any(|f| f.table == "selection_draws" && f.column == "problem"),
        "{named:#?}"
    );
    let find_claim = || {
        scope
            .find::<claim::Entity>()
            .filter(claim::Column::Id.eq(claim_id))
    };
    let theirs = || {
        scope
            .find::<interest::Entity>()
            .filter(interest::Column::PersonId.eq(id))
    };
    let people_before = scope.find::<person::Entity>().count(db).await.unwrap();
    let interests_before = theirs().count(db).await.unwrap();
    let before = find_claim().one(db).await.unwrap().unwrap();

    assert_eq!(me.post("/my/erase", &[]).await.location(), "/erased");

    let left = cells_containing(db, "CANARY").await;
    assert!(left.is_empty(), "markers left after erasure: {left:#?}");
    let ids: Vec<Found> = cells_containing(db, &pid)
        .await
        .into_iter()
        .filter(|f| (f.table.as_str(), f.column.as_str()) != ("audit_events", "subject_id"))
        .collect();
    assert!(ids.is_empty(), "their id left after erasure: {ids:#?}");
    let rows = rows_left(db, id, account).await;
    assert!(
        rows.is_empty(),
        "rows the map deletes are still there: {rows:?}"
    );
    // Counts still add up: the row of people, their interests and the finance record stay.
    let people_after = scope.find::<person::Entity>().count(db).await.unwrap();
    assert_eq!(people_after, people_before);
    assert_eq!(theirs().count(db).await.unwrap(), interests_before);
    let after = find_claim()
        .one(db)
        .await
        .unwrap()
        .expect("the claim stays");
    assert_eq!(
        (
            after.fee_pence,
            after.expenses_pence,
            after.worth_pence,
            after.to_pay_pence
        ),
        (
            before.fee_pence,
            before.expenses_pence,
            before.worth_pence,
            before.to_pay_pence
        )
    );
    assert_eq!((after.person_id, after.status), (id, before.status));
}

/// The rows still tied to the person or their sign-in in every table the map deletes from.
async fn rows_left(db: &DatabaseConnection, person: Uuid, account: Uuid) -> Vec<String> {
    let mut left = Vec::new();
    for t in TABLES.iter().filter(|t| t.rows == Rows::Delete) {
        for link in t.links {
            let (column, id) = match *link {
                Link::Person(c) => (c, person),
                Link::Account(c) => (c, account),
                _ => continue,
            };
            let count = Query::select()
                .expr(Expr::cust("COUNT(*)"))
                .from(Alias::new(t.name))
                .and_where(Expr::col(Alias::new(column)).eq(id))
                .to_owned();
            let n = match db.query_one(&count).await.unwrap() {
                Some(row) => row.try_get_by_index::<i64>(0).unwrap(),
                None => 0,
            };
            if n > 0 {
                left.push(format!("{}.{column}: {n} rows", t.name));
            }
        }
    }
    left
}
