//! Erasure leaves no personal field and keeps the counts, by the person or by staff.

use super::*;
use crate::both_databases;

both_databases!(erasure_leaves_no_personal_field_and_keeps_counts, erasure);
async fn erasure(url: String) {
    use withus_db::entities::{
        consent, equality_answer, outbox_message, person, person_choice, unavailable_time,
    };
    use withus_db::sea_orm::{ActiveValue::Set, PaginatorTrait};
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let id = own_record(&app, &org, "Chidi").await;
    let full = PersonForm {
        given_name: "Chidi".into(),
        family_name: "Okoro".into(),
        preferred_name: "Chi".into(),
        pronouns: "he/him".into(),
        email: "chidi@people.example".into(),
        phone: "07700 900123".into(),
        postcode: "NB1 2AB".into(),
        involvement_role: "service_user".into(),
        contact: vec!["email".into(), "phone".into()],
        access_needs: vec!["quiet_room".into()],
        access_notes: "Anxious in large groups".into(),
        time_commitment: "one_off".into(),
        ..PersonForm::default()
    };
    queries::update(&scope, id, &full.check().unwrap())
        .await
        .unwrap();
    let time = withus_web::people::forms::TimeForm {
        days: vec!["2".into()],
        from: "9".into(),
        to: "10".into(),
        term_time_only: false,
    };
    queries::add_times(&scope, id, &time.check().unwrap())
        .await
        .unwrap();
    scope
        .insert(equality_answer::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            organisation_id: Set(org.id),
            person_id: Set(id),
            birth_year: Set(Some(1980)),
            age_band: Set(Some("45_64".into())),
            sex: Set(None),
            gender_same_as_birth: Set(None),
            sexual_orientation: Set(None),
            ethnic_group: Set(Some("black_african".into())),
            religion: Set(None),
            long_term_condition: Set(None),
            condition_impact: Set(None),
            unpaid_care: Set(None),
            answered_at: Set(chrono::Utc::now()),
            recorded_by: Set(None),
        })
        .await
        .unwrap();
    withus_db::outbox::enqueue(
        &scope,
        withus_db::outbox::NewMessage {
            to: "chidi@people.example",
            subject: "Papers",
            body: "x",
            calendar: None,
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let people_before = scope
        .find::<person::Entity>()
        .count(&app.state.db)
        .await
        .unwrap();

    app.sign_in_as(&org, Role::InvolvedPerson).await;
    assert_eq!(app.get("/my/erase").await.status, StatusCode::OK);
    let erased = app.post("/my/erase", &[]).await;
    assert_eq!(erased.location(), "/erased");
    assert_eq!(
        app.get("/home").await.status,
        StatusCode::SEE_OTHER,
        "signed out: the account is gone"
    );
    let again = app
        .new_browser()
        .sign_in(
            "involved_person@northbrook.example",
            crate::harness::PASSWORD,
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);

    let row = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.eq(id))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    // Every column, named: a new column must be considered here before this compiles.
    let person::Model {
        id: _,
        organisation_id: _,
        given_name,
        family_name,
        preferred_name,
        pronouns,
        email,
        phone,
        postcode,
        involvement_role,
        status,
        break_until,
        contact_by_email,
        contact_by_phone,
        contact_by_post,
        contact_by_text,
        paid_preference: _,
        time_commitment,
        access_notes,
        named_contact_id,
        account_id,
        search_name,
        choice_keys,
        last_involved_at: _,
        erased_at,
        created_at: _,
        updated_at: _,
    } = row;
    assert_eq!(
        (
            given_name.as_str(),
            family_name.as_str(),
            search_name.as_str()
        ),
        ("", "", "")
    );
    assert_eq!(withus_db::choice_keys::read(&choice_keys), vec![]);
    assert_eq!(
        (preferred_name, pronouns, email, phone, postcode),
        (None, None, None, None, None)
    );
    assert_eq!(
        (
            access_notes,
            time_commitment,
            named_contact_id,
            account_id,
            break_until
        ),
        (None, None, None, None, None)
    );
    assert!(!(contact_by_email || contact_by_phone || contact_by_post || contact_by_text));
    assert_eq!(
        (involvement_role.as_str(), status.as_str()),
        ("service_user", "left"),
        "kept for anonymous counts"
    );
    assert!(erased_at.is_some());
    let db = &app.state.db;
    assert_eq!(
        scope
            .find::<person_choice::Entity>()
            .filter(person_choice::Column::PersonId.eq(id))
            .count(db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        scope
            .find::<unavailable_time::Entity>()
            .filter(unavailable_time::Column::PersonId.eq(id))
            .count(db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        scope
            .find::<equality_answer::Entity>()
            .filter(equality_answer::Column::PersonId.eq(id))
            .count(db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        scope
            .find::<consent::Entity>()
            .filter(consent::Column::PersonId.eq(id))
            .count(db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        scope
            .find::<outbox_message::Entity>()
            .filter(outbox_message::Column::ToAddress.eq("chidi@people.example"))
            .count(db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        scope.find::<person::Entity>().count(db).await.unwrap(),
        people_before,
        "counts still add up"
    );

    let mut coordinator = app.new_browser();
    coordinator.sign_in_as(&org, Role::Coordinator).await;
    let list = coordinator.get("/people?status=left").await;
    assert!(list.body.contains("Erased person") && !list.body.contains("Chidi"));
    let log = coordinator.get(&format!("/people/{id}")).await;
    assert!(!log.body.contains("Okoro"));
}

both_databases!(
    coordinators_erase_on_request_and_staff_cannot,
    staff_erasure
);
async fn staff_erasure(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = own_record(&app, &org, "Ebele").await;
    let mut staff = app.new_browser();
    staff.sign_in_as(&org, Role::Staff).await;
    assert_eq!(
        staff.post(&format!("/people/{id}/erase"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
    app.sign_in_as(&org, Role::Coordinator).await;
    let confirm = app.get(&format!("/people/{id}/erase")).await;
    assert!(confirm.text_of("h1").contains("Ebele Okoro"));
    let done = app.post(&format!("/people/{id}/erase"), &[]).await;
    assert_eq!(done.location(), format!("/people/{id}?saved=erased"));
    let page = app.get(done.location()).await;
    assert_eq!(page.text_of("h1"), "Erased person");
    assert!(!page.body.contains("Ebele"));
}
