//! Erasure that fails part way, refused by the database at its last step, leaves the
//! person untouched; allowed again, it finishes.

use super::*;
use crate::both_databases;

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
    let interested = &[
        ("note", note.as_str()),
        ("access_needs", ""),
        ("step", "send"),
    ];
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
