//! A person's record: adding and changing it, who may see it, the named contact from the
//! staff, and the consents recorded and withdrawn.

use super::*;
use crate::both_databases;

both_databases!(coordinators_add_and_change_people, add_and_change);
async fn add_and_change(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;

    let bad = app
        .post(
            "/people",
            &[
                ("given_name", "Jo"),
                ("email", "jo@"),
                ("contact", "phone"),
                ("access_needs", "braille"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text_of("title").starts_with("Error: Add a person"));
    assert!(bad.body.contains("href=\"#family_name\">Enter a last name"));
    assert!(
        bad.body
            .contains("href=\"#email\">Enter an email address in the correct format")
    );
    assert!(
        bad.body
            .contains("href=\"#involvement_role\">Select their role in involvement")
    );
    assert!(bad.body.contains("href=\"#phone\">Enter a phone number"));
    assert!(bad.body.contains("value=\"Jo\""), "typed names are kept");
    assert!(
        bad.body.contains("value=\"braille\" checked"),
        "ticked boxes stay ticked"
    );

    let created = app.post("/people", JO).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let page = app.get(created.location()).await;
    assert_eq!(page.text_of("h1"), "Jo Bennett");
    assert!(
        page.text_of(".govuk-notification-banner")
            .contains("The person has been added")
    );
    for shown in [
        "Joanne",
        "she/her",
        "jo.bennett@people.example",
        "NE8 1AA",
        "Unpaid carer",
        "Email, Post",
        "In person, Online",
        "Dementia",
        "Hearing loop, Large print",
        "16pt",
        "Paid",
        "Teaching",
        "Trainer",
        "Being asked for views",
        "About a day a month",
    ] {
        assert!(page.body.contains(shown), "the person's page shows {shown}");
    }

    let id = created
        .location()
        .trim_start_matches("/people/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let edit = app.get(&format!("/people/{id}/edit")).await;
    assert!(edit.body.contains("value=\"hearing_loop\" checked"));
    let mut changed = JO.to_vec();
    changed.retain(|(k, _)| *k != "access_needs");
    changed.push(("access_needs", "bsl_interpreter"));
    let saved = app.post(&format!("/people/{id}"), &changed).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/people/{id}")).await;
    assert!(page.body.contains("British Sign Language interpreter"));
    assert!(
        !page.body.contains("Hearing loop, Large print"),
        "the old needs are replaced"
    );
}

both_databases!(people_pages_are_for_staff_only, staff_only);
async fn staff_only(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let mut member = app.new_browser();
    member.sign_in_as(&org, Role::InvolvedPerson).await;
    assert_eq!(member.get("/people").await.status, StatusCode::FORBIDDEN);
    let mut finance = app.new_browser();
    finance.sign_in_as(&org, Role::Finance).await;
    assert_eq!(
        finance.post("/people", JO).await.status,
        StatusCode::FORBIDDEN
    );
    app.sign_in_as(&org, Role::Coordinator).await;
    let created = app.post("/people", JO).await;
    let id = created
        .location()
        .trim_start_matches("/people/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    app.get(&format!("/people/{id}")).await;
    let mut admin = app.new_browser();
    admin.sign_in_as(&org, Role::Administrator).await;
    let log = admin.get("/admin/audit").await;
    assert!(log.body.contains("Northbrook Involvement coordinator"));
    assert!(
        log.text_of("tbody").contains("viewed person"),
        "looking at a person is recorded"
    );
}

both_databases!(people_have_a_named_contact_from_the_staff, named_contact);
async fn named_contact(url: String) {
    use withus_db::entities::account;
    use withus_db::sea_orm::{ColumnTrait, QueryFilter};
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let id_of = |email: &'static str| {
        let scope = scope.clone();
        let db = app.state.db.clone();
        async move {
            scope
                .find::<account::Entity>()
                .filter(account::Column::Email.eq(email))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .id
                .to_string()
        }
    };
    let staff = id_of("staff@northbrook.example").await;
    let member = id_of("involved_person@northbrook.example").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let form = app.get("/people/new").await;
    assert!(
        form.body.contains("Northbrook Staff member"),
        "staff are offered as contacts"
    );
    assert!(
        !form.body.contains(&format!("value=\"{member}\"")),
        "involved people are not"
    );
    let mut fields = JO.to_vec();
    fields.push(("named_contact", &member));
    let wrong = app.post("/people", &fields).await;
    assert!(
        wrong
            .body
            .contains("href=\"#named_contact\">Select a member of staff from the list")
    );
    fields.pop();
    fields.push(("named_contact", &staff));
    let created = app.post("/people", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let page = app.get(created.location()).await;
    assert!(
        page.text_of(".govuk-summary-list")
            .contains("Named contact in the team Northbrook Staff member")
    );
}

both_databases!(consents_are_recorded_and_withdrawn, consents);
async fn consents(url: String) {
    use withus_db::entities::consent;
    use withus_db::sea_orm::{ColumnTrait, QueryFilter};
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let created = app.post("/people", JO).await;
    let id = created
        .location()
        .trim_start_matches("/people/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let missing = app
        .post(
            &format!("/people/{id}/consents"),
            &[("purpose", "share_stories")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        missing
            .body
            .contains("href=\"#how\">Select how they agreed")
    );
    let given = app
        .post(
            &format!("/people/{id}/consents"),
            &[("purpose", "share_stories"), ("how", "phone")],
        )
        .await;
    assert_eq!(given.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/people/{id}")).await;
    assert!(
        page.body
            .contains("We may share their story, with their name, in reports")
    );
    assert!(page.body.contains("(By phone)"));
    let scope = app.scope(&org);
    let stored = scope
        .find::<consent::Entity>()
        .filter(consent::Column::Purpose.eq("share_stories"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let withdrawn = app
        .post(
            &format!("/people/{id}/consents/{}/withdraw", stored.id),
            &[],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&format!("/people/{id}"))
            .await
            .body
            .contains("Withdrawn")
    );
    let again = app
        .post(
            &format!("/people/{id}/consents/{}/withdraw", stored.id),
            &[],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "a consent is withdrawn once"
    );
}
