//! Retention on both databases, with the clock moved on: who is due and why, the notice sent
//! once (by email, or a letter staff post), erasure only after the notice period, a person
//! kept with a reason, and nothing at all while the setting is off.

use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;
use withus_db::entities::{
    audit_event, outbox_message, people_import, person, person_status_change,
};
use withus_db::sea_orm::ActiveValue::Set;
use withus_db::sea_orm::sea_query::Expr;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;
use withus_web::people::retention::worker::{self, Done};

use crate::both_databases;
use crate::harness::{Org, TestApp};
use crate::meetings::person as emailed_person;

async fn coordinator(url: &str) -> (TestApp, Org) {
    let mut app = TestApp::start(url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    (app, org)
}

/// Someone who hears from us only by post.
async fn letter_person(app: &TestApp, org: &Org, given: &str) -> Uuid {
    let form = PersonForm {
        given_name: given.into(),
        family_name: "Post".into(),
        involvement_role: "service_user".into(),
        postcode: "ne8 1aa".into(),
        contact: vec!["post".into()],
        ..PersonForm::default()
    };
    queries::create(&app.scope(org), &form.check().unwrap(), None)
        .await
        .unwrap()
}

/// Moves a person's whole history five years back: added, last changed, every status change.
async fn five_years_ago(app: &TestApp, org: &Org, id: Uuid) {
    let at = Utc::now() - Duration::days(5 * 365 + 2);
    let scope = app.scope(org);
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::CreatedAt, Expr::value(at))
        .col_expr(person::Column::UpdatedAt, Expr::value(at))
        .filter(person::Column::Id.eq(id))
        .exec(&app.state.db)
        .await
        .unwrap();
    scope
        .update_many::<person_status_change::Entity>()
        .col_expr(person_status_change::Column::ChangedAt, Expr::value(at))
        .filter(person_status_change::Column::PersonId.eq(id))
        .exec(&app.state.db)
        .await
        .unwrap();
}

async fn turn_on(app: &mut TestApp, years: &str) {
    let r = app
        .post(
            "/people/retention",
            &[
                ("retention", "yes"),
                ("years", years),
                ("notice_days", "30"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

async fn run(app: &TestApp, now: DateTime<Utc>) -> Done {
    worker::run(&app.state.db, now).await.unwrap()
}

async fn mail_to(app: &TestApp, org: &Org, address: &str) -> Vec<outbox_message::Model> {
    app.scope(org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq(address))
        .all(&app.state.db)
        .await
        .unwrap()
}

async fn erased(app: &TestApp, org: &Org, id: Uuid) -> bool {
    queries::find(&app.scope(org), id)
        .await
        .unwrap()
        .is_some_and(|p| p.erased_at.is_some())
}

both_databases!(people_due_are_listed_and_told_once, due_and_told);
async fn due_and_told(url: String) {
    let (mut app, org) = coordinator(&url).await;
    let ada = emailed_person(&app, &org, "Ada", &[], None).await;
    let cara = emailed_person(&app, &org, "Cara", &[], None).await;
    let _dan = emailed_person(&app, &org, "Dan", &[], None).await;
    let bryn = letter_person(&app, &org, "Bryn").await;
    queries::set_status(&app.scope(&org), cara, "left", None, None)
        .await
        .unwrap();
    for id in [ada, bryn, cara] {
        five_years_ago(&app, &org, id).await;
    }
    turn_on(&mut app, "3").await;

    let page = app.get("/people/retention").await;
    assert_eq!(page.status, StatusCode::OK);
    let due = page.text_of("main");
    assert!(due.contains("3 people are due."), "{due}");
    assert!(due.contains("Ada Meeting"), "{due}");
    assert!(due.contains("Bryn Post"), "{due}");
    assert!(due.contains("Cara Meeting"), "{due}");
    assert!(
        !due.contains("Dan Meeting"),
        "someone added today is not due"
    );
    assert!(due.contains("Never involved"), "{due}");
    assert!(due.contains("Left on"), "{due}");
    assert!(due.contains("We will tell them within a day"), "{due}");

    let now = Utc::now();
    let first = run(&app, now).await;
    assert_eq!((first.emailed, first.letters, first.erased), (2, 1, 0));
    // A second run (or a second server) tells nobody again.
    assert_eq!(run(&app, now).await, Done::default());
    let mail = mail_to(&app, &org, "ada@people.example").await;
    assert_eq!(mail.len(), 1, "the notice goes once");
    assert_eq!(mail[0].subject, "We plan to remove your details");
    assert!(mail[0].body_text.contains("Dear Ada"));
    assert!(
        mail[0]
            .body_text
            .contains("Northbrook keeps people's details")
    );
    assert!(mail_to(&app, &org, "dan@people.example").await.is_empty());

    let page = app.get("/people/retention").await;
    let letters = page.text_of("main");
    assert!(letters.contains("Letters to send"), "{letters}");
    assert!(letters.contains("Postcode: NE8 1AA"), "{letters}");
    assert!(
        letters.contains("Words for the letter to Bryn Post"),
        "{letters}"
    );
    assert!(letters.contains("Waiting for you to post their letter"));
    assert!(letters.contains("Told on"), "{letters}");
    let told = app
        .scope(&org)
        .find::<audit_event::Entity>()
        .filter(audit_event::Column::Action.eq("told"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(told.len(), 3, "each notice is in the audit trail");
}

both_databases!(people_are_erased_only_after_the_notice, erased_after_notice);
async fn erased_after_notice(url: String) {
    let (mut app, org) = coordinator(&url).await;
    let ada = emailed_person(&app, &org, "Ada", &[], None).await;
    five_years_ago(&app, &org, ada).await;
    turn_on(&mut app, "3").await;
    let now = Utc::now();
    assert_eq!(run(&app, now).await.emailed, 1);
    assert_eq!(run(&app, now + Duration::days(29)).await.erased, 0);
    assert!(
        !erased(&app, &org, ada).await,
        "not before the notice is over"
    );
    assert_eq!(run(&app, now + Duration::days(31)).await.erased, 1);
    assert!(erased(&app, &org, ada).await);
    let events = app
        .scope(&org)
        .find::<audit_event::Entity>()
        .filter(audit_event::Column::Action.eq("erased"))
        .filter(audit_event::Column::SubjectId.eq(ada.to_string()))
        .filter(audit_event::Column::Detail.eq("retention"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].account_id, None,
        "the worker did it, not a person"
    );
    assert_eq!(events[0].subject_type, "person");
    assert_eq!(run(&app, now + Duration::days(62)).await, Done::default());
}

both_databases!(a_kept_person_is_not_erased, kept);
async fn kept(url: String) {
    let (mut app, org) = coordinator(&url).await;
    let ada = emailed_person(&app, &org, "Ada", &[], None).await;
    five_years_ago(&app, &org, ada).await;
    turn_on(&mut app, "3").await;
    let now = Utc::now();
    run(&app, now).await;

    let keep = format!("/people/retention/{ada}/keep");
    let form = app.get(&keep).await;
    assert_eq!(form.text_of("h1"), "Keep the details of Ada Meeting");
    let empty = app.post(&keep, &[("reason", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text_of("title").starts_with("Error:"));
    assert!(
        empty
            .body
            .contains("href=\"#reason\">Enter why we are keeping their details")
    );
    let long = "a".repeat(501);
    let too_long = app.post(&keep, &[("reason", &long)]).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains("500 characters or fewer"));
    assert!(too_long.body.contains(&long), "what was typed is kept");

    let r = app
        .post(&keep, &[("reason", "On the interview panel until 2031")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get("/people/retention").await;
    let kept = page.text_of("main");
    assert!(kept.contains("On the interview panel until 2031"), "{kept}");
    assert!(
        kept.contains("Nobody is due."),
        "a kept person is not listed as due"
    );

    assert_eq!(run(&app, now + Duration::days(31)).await, Done::default());
    assert!(!erased(&app, &org, ada).await, "kept, so not erased");

    // Released, they are told afresh before anything happens.
    let r = app
        .post(&format!("/people/retention/{ada}/release"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let again = run(&app, now + Duration::days(31)).await;
    assert_eq!((again.emailed, again.erased), (1, 0));
    assert_eq!(mail_to(&app, &org, "ada@people.example").await.len(), 2);
    assert!(!erased(&app, &org, ada).await);
}

both_databases!(a_letter_starts_the_notice_when_posted, letters);
async fn letters(url: String) {
    let (mut app, org) = coordinator(&url).await;
    let bryn = letter_person(&app, &org, "Bryn").await;
    five_years_ago(&app, &org, bryn).await;
    turn_on(&mut app, "3").await;
    let now = Utc::now();
    assert_eq!(run(&app, now).await.letters, 1);
    assert_eq!(run(&app, now + Duration::days(40)).await.erased, 0);
    assert!(
        !erased(&app, &org, bryn).await,
        "nobody is erased on a letter not sent"
    );
    let r = app
        .post(&format!("/people/retention/{bryn}/letter"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = app.get("/people/retention").await;
    assert!(
        page.text_of("main")
            .contains("There are no letters to send.")
    );
    assert_eq!(run(&app, now + Duration::days(29)).await.erased, 0);
    assert_eq!(run(&app, now + Duration::days(31)).await.erased, 1);
    assert!(erased(&app, &org, bryn).await);
}

both_databases!(with_the_setting_off_nothing_happens, off);
async fn off(url: String) {
    let (mut app, org) = coordinator(&url).await;
    let ada = emailed_person(&app, &org, "Ada", &[], None).await;
    five_years_ago(&app, &org, ada).await;
    let page = app.get("/people/retention").await;
    assert!(page.text_of("main").contains("This is set to No"));
    assert_eq!(
        run(&app, Utc::now() + Duration::days(3650)).await,
        Done::default()
    );
    assert!(mail_to(&app, &org, "ada@people.example").await.is_empty());

    // Turned off after a notice, the notice is forgotten: nobody is erased on it later.
    turn_on(&mut app, "3").await;
    let now = Utc::now();
    assert_eq!(run(&app, now).await.emailed, 1);
    let r = app
        .post(
            "/people/retention",
            &[("retention", "no"), ("years", ""), ("notice_days", "30")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(run(&app, now + Duration::days(60)).await, Done::default());
    assert!(!erased(&app, &org, ada).await);
}

both_databases!(the_setting_form_checks_every_field, form);
async fn form(url: String) {
    let (mut app, org) = coordinator(&url).await;
    let r = app
        .post(
            "/people/retention",
            &[("retention", "yes"), ("years", "11"), ("notice_days", "5")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = r.text_of(".govuk-error-summary");
    assert!(
        summary.contains("Enter a number of years from 1 to 10"),
        "{summary}"
    );
    assert!(
        summary.contains("Enter a number of days from 14 to 365"),
        "{summary}"
    );
    assert!(r.body.contains("value=\"11\""), "what was typed is kept");
    assert!(
        r.body.contains("value=\"yes\" checked"),
        "the choice is kept"
    );
    let r = app.post("/people/retention", &[("years", "3")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("href=\"#retention\">Select yes or no"));

    let mut staff = app.new_browser();
    staff.sign_in_as(&org, Role::Staff).await;
    assert_eq!(
        staff.get("/people/retention").await.status,
        StatusCode::FORBIDDEN
    );
    assert!(
        !staff
            .get("/people")
            .await
            .body
            .contains("/people/retention")
    );
    assert!(app.get("/people").await.body.contains("/people/retention"));
}

both_databases!(old_imports_go_when_retention_is_on, old_files);
async fn old_files(url: String) {
    let (mut app, org) = coordinator(&url).await;
    let scope = app.scope(&org);
    let long_ago = Utc::now() - Duration::days(40);
    let mut ids = vec![];
    for (status, at) in [
        ("done", long_ago),
        ("done", Utc::now()),
        ("failed", long_ago),
    ] {
        let id = Uuid::now_v7();
        ids.push(id);
        scope
            .insert(people_import::ActiveModel {
                id: Set(id),
                organisation_id: Set(org.id),
                file_name: Set("people.csv".into()),
                content: Set("given_name\nAda\n".into()),
                mapping: Set("{}".into()),
                created_by: Set(None),
                created_at: Set(at),
                imported_at: Set((status == "done").then_some(at)),
                imported_count: Set(None),
                status: Set(status.into()),
                to_import: Set(None),
                queued_at: Set(Some(at)),
                started_at: Set(Some(at)),
                lease_until: Set(None),
                failure: Set(None),
                lease_owner: Set(None),
                attempts: Set(0),
            })
            .await
            .unwrap();
    }
    turn_on(&mut app, "3").await;
    assert_eq!(run(&app, Utc::now()).await.files, 2);
    let left: Vec<Uuid> = scope
        .find::<people_import::Entity>()
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(left, vec![ids[1]], "only the recent import stays");
}
