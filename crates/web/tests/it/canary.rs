//! The canary: a marker of its own in every box the member's pages offer and every box staff
//! keep about them, then erasure, then every text and file column of every table read
//! straight from the database. No marker may be left anywhere, and the person's id only where
//! the audit trail names the row that is now anonymous. A second test makes erasure fail half
//! way and finds the person untouched.

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
            vec![("note", note.as_str()), ("access_needs", needs.as_str())],
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

both_databases!(
    erasure_that_fails_part_way_leaves_the_person_untouched,
    half_way
);
async fn half_way(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let db = &app.state.db;
    let (id, _) = own_record(&app, &org).await;
    let mut me = browser(&app, &org, Role::InvolvedPerson).await;
    let mut staff = browser(&app, &org, Role::Coordinator).await;
    write_details(&mut me).await;
    let open = opportunity_at(&app, &org, "open").await;
    let note = marker(9);
    let interested = &[("note", note.as_str()), ("access_needs", "")];
    me.post(&format!("/my/opportunities/{open}/interest"), interested)
        .await;
    let meeting = open_meeting(&app, &mut staff, &org, id).await;
    let title = marker(17);
    let item = &[("title", title.as_str()), ("detail", "")];
    let r = me
        .post(&format!("/my/meetings/{meeting}/agenda"), item)
        .await;
    assert!(r.location().contains("proposed=yes"), "{}", r.location());

    // Deleting the sign-in, erasure's last step, is refused by the database.
    refuse_account_deletes(db, true).await;
    let failed = me.post("/my/erase", &[]).await;
    assert_eq!(
        failed.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{}",
        failed.body
    );
    let find_person = || {
        scope
            .find::<person::Entity>()
            .filter(person::Column::Id.eq(id))
    };
    let row = find_person().one(db).await.unwrap().unwrap();
    let (given, family, notes) = (marker(1), marker(2), marker(8));
    assert_eq!(
        (row.given_name.as_str(), row.family_name.as_str()),
        (given.as_str(), family.as_str())
    );
    assert_eq!(row.access_notes.as_deref(), Some(notes.as_str()));
    assert_eq!(row.email, Some(canary_email()));
    assert!(row.erased_at.is_none() && row.account_id.is_some());
    let theirs = scope
        .find::<interest::Entity>()
        .filter(interest::Column::PersonId.eq(id))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(theirs.note.as_deref(), Some(note.as_str()));
    let items = scope
        .find::<agenda_item::Entity>()
        .filter(agenda_item::Column::MeetingId.eq(meeting))
        .all(db)
        .await
        .unwrap();
    assert!(
        items
            .iter()
            .any(|i| i.title == title && i.proposed_by.is_some()),
        "{items:?}"
    );
    let cells = every_cell(db).await;
    for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 17] {
        let m = marker(n);
        assert!(
            cells.iter().any(|c| around(&c.value, &m).is_some()),
            "{m} was lost"
        );
    }
    let page = me.get("/my/details").await;
    assert_eq!(page.status, StatusCode::OK, "still signed in");
    assert!(page.body.contains(&given));

    refuse_account_deletes(db, false).await;
    assert_eq!(me.post("/my/erase", &[]).await.location(), "/erased");
    let left = cells_containing(db, "CANARY").await;
    assert!(left.is_empty(), "markers left after erasure: {left:#?}");
    assert!(
        find_person()
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .erased_at
            .is_some()
    );
}

/// Makes the database refuse deleting any sign-in, or, with `refuse` false, allow it again.
async fn refuse_account_deletes(db: &DatabaseConnection, refuse: bool) {
    let statements = match (db.get_database_backend(), refuse) {
        (DatabaseBackend::Sqlite, true) => vec![
            "CREATE TRIGGER no_account_delete BEFORE DELETE ON accounts \
             BEGIN SELECT RAISE(ABORT, 'refused'); END",
        ],
        (DatabaseBackend::Sqlite, false) => vec!["DROP TRIGGER no_account_delete"],
        (_, true) => vec![
            "CREATE FUNCTION refuse_account_delete() RETURNS trigger LANGUAGE plpgsql \
             AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$",
            "CREATE TRIGGER no_account_delete BEFORE DELETE ON accounts \
             FOR EACH ROW EXECUTE FUNCTION refuse_account_delete()",
        ],
        (_, false) => vec![
            "DROP TRIGGER no_account_delete ON accounts",
            "DROP FUNCTION refuse_account_delete()",
        ],
    };
    for sql in statements {
        db.execute_unprepared(sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
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

/// A stored value that holds what was looked for: where it is, and the text around it.
pub struct Found {
    pub table: String,
    pub column: String,
    pub excerpt: String,
}

impl std::fmt::Debug for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}: …{}…", self.table, self.column, self.excerpt)
    }
}

/// One stored value of a text or file column, as bytes.
pub struct Cell {
    pub table: String,
    pub column: String,
    pub value: Vec<u8>,
}

/// Every value of every text and file column of every table that holds `needle` (ignoring
/// case), read straight from the database whatever the map of personal data says.
pub async fn cells_containing(db: &DatabaseConnection, needle: &str) -> Vec<Found> {
    every_cell(db)
        .await
        .into_iter()
        .filter_map(|c| {
            around(&c.value, needle).map(|excerpt| Found {
                table: c.table,
                column: c.column,
                excerpt,
            })
        })
        .collect()
}

/// Every non-empty value of every text and file column of every table. Ids, times, numbers
/// and yes/no columns are left out, whatever SQLite calls them.
pub async fn every_cell(db: &DatabaseConnection) -> Vec<Cell> {
    let backend = db.get_database_backend();
    let (schema, bytes) = match backend {
        DatabaseBackend::Sqlite => (
            "SELECT m.name AS t, p.name AS c, lower(p.type) AS ty \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
            "BLOB",
        ),
        _ => (
            "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS ty \
             FROM information_schema.columns WHERE table_schema = current_schema()",
            "BYTEA",
        ),
    };
    let mut columns = Vec::new();
    for row in db
        .query_all_raw(Statement::from_string(backend, schema))
        .await
        .expect("read the schema")
    {
        let table: String = row.try_get("", "t").expect("table");
        let column: String = row.try_get("", "c").expect("column");
        let ty: String = row.try_get("", "ty").expect("type");
        let ty = ty.to_ascii_lowercase();
        let is_bytes = ty.contains("blob") || ty == "bytea";
        let not_words = ["uuid", "date", "time", "timestamp"]
            .iter()
            .any(|p| ty.starts_with(p));
        let words = ["text", "char", "clob", "json", "string"]
            .iter()
            .any(|k| ty.contains(k));
        if table != "seaql_migrations" && (is_bytes || (words && !not_words)) {
            columns.push((table, column, is_bytes));
        }
    }
    let mut cells = Vec::new();
    for (table, column, is_bytes) in columns {
        let cast = if is_bytes { bytes } else { "TEXT" };
        let sql = format!(
            "SELECT CAST(\"{column}\" AS {cast}) AS v FROM \"{table}\" WHERE \"{column}\" IS NOT NULL"
        );
        let rows = db
            .query_all_raw(Statement::from_string(backend, sql))
            .await
            .unwrap_or_else(|e| panic!("read {table}.{column}: {e}"));
        for row in rows {
            let value = if is_bytes {
                row.try_get::<Option<Vec<u8>>>("", "v")
            } else {
                row.try_get::<Option<String>>("", "v")
                    .map(|v| v.map(String::into_bytes))
            };
            let value = value.unwrap_or_else(|e| panic!("{table}.{column}: {e}"));
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                cells.push(Cell {
                    table: table.clone(),
                    column: column.clone(),
                    value,
                });
            }
        }
    }
    cells
}

/// The text around the first place `value` holds `needle`, ignoring case; `None` if nowhere.
pub fn around(value: &[u8], needle: &str) -> Option<String> {
    let needle = needle.to_ascii_lowercase().into_bytes();
    assert!(!needle.is_empty(), "looking for nothing");
    let lower = value.to_ascii_lowercase();
    let at = lower
        .windows(needle.len())
        .position(|w| w == needle.as_slice())?;
    let start = at.saturating_sub(40);
    let end = (at + needle.len() + 40).min(value.len());
    Some(String::from_utf8_lossy(&value[start..end]).into_owned())
}
