use axum::http::StatusCode;
use withus_db::entities::audit_event;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::TestApp;

both_databases!(
    administrators_add_accounts_and_the_audit_log_shows_who_looked,
    add_account
);
async fn add_account(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Administrator).await;

    let bad = app
        .post(
            "/admin/accounts",
            &[
                ("name", "Ruth Akinola"),
                ("email", "not-an-email"),
                ("role", ""),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("value=\"Ruth Akinola\""),
        "the typed name is kept"
    );
    assert!(
        bad.body
            .contains("href=\"#email\">Enter an email address in the correct format")
    );
    assert!(bad.body.contains("href=\"#role\">Select a role"));

    let taken = app
        .post(
            "/admin/accounts",
            &[
                ("name", "Dup"),
                ("email", "staff@northbrook.example"),
                ("role", "staff"),
            ],
        )
        .await;
    assert!(taken.body.contains("already exists"));

    let created = app
        .post(
            "/admin/accounts",
            &[
                ("name", "Ruth Akinola"),
                ("email", "Ruth@People.example"),
                ("role", "involved_person"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let page = app.get(created.location()).await;
    assert_eq!(page.text_of("h1"), "Ruth Akinola");
    assert!(page.body.contains("ruth@people.example"));
    assert!(page.body.contains("Involved person"));

    let id = created.location().rsplit('/').next().unwrap().to_owned();
    let views = app
        .scope(&org)
        .find::<audit_event::Entity>()
        .filter(audit_event::Column::SubjectId.eq(id.clone()))
        .filter(audit_event::Column::Action.eq("viewed"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(views.len(), 1, "viewing a person's details is recorded");
    let log = app.get("/admin/audit").await;
    assert!(
        log.body.contains("Northbrook Administrator"),
        "the log names who looked"
    );
    assert!(log.body.contains("viewed"));
}
