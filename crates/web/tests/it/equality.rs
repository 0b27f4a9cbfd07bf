use axum::http::StatusCode;
use withus_db::entities::{consent, equality_answer};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use crate::both_databases;
use crate::harness::TestApp;

both_databases!(
    equality_answers_are_kept_apart_and_consent_is_its_own,
    answers
);
async fn answers(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let form = PersonForm {
        given_name: "Amaka".into(),
        family_name: "Eze".into(),
        involvement_role: "carer".into(),
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    app.sign_in_as(&org, Role::Equality).await;
    let path = format!("/equality/people/{id}");

    let found = app.get("/equality?q=eze").await;
    assert!(found.body.contains("Amaka Eze"));
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("value=\"prefer_not_to_say\""),
        "every question offers Prefer not to say"
    );

    let bad = app
        .post(
            &path,
            &[
                ("ethnic_group", "martian"),
                ("birth_year", "1850"),
                ("religion", "sikh"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body
            .contains("href=\"#ethnic_group\">Select one of the answers")
    );
    assert!(
        bad.body
            .contains("href=\"#birth_year\">Enter a year of birth between 1900 and")
    );
    assert!(bad.body.contains("href=\"#how\">Select how they agreed"));
    assert!(
        bad.body.contains("value=\"sikh\" checked"),
        "answers already chosen are kept"
    );
    assert_eq!(
        scope
            .find::<equality_answer::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        0,
        "nothing written"
    );

    let saved = app
        .post(
            &path,
            &[
                ("birth_year", "1958"),
                ("ethnic_group", "black_african"),
                ("religion", "prefer_not_to_say"),
                ("unpaid_care", "50_plus"),
                ("consent", "yes"),
                ("how", "paper"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("{path}?saved=yes")).await;
    assert!(page.body.contains("value=\"black_african\" checked"));
    assert!(page.body.contains("value=\"1958\""));
    let stored = scope
        .find::<equality_answer::Entity>()
        .filter(equality_answer::Column::PersonId.eq(id))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        stored[0].age_band.as_deref(),
        Some("65_74"),
        "the band is worked out from the year"
    );
    assert_eq!(
        stored[0].sex, None,
        "an unanswered question stays empty, not 'prefer not to say'"
    );
    let live = scope
        .find::<consent::Entity>()
        .filter(consent::Column::WithdrawnAt.is_null())
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(
        (live.len(), live[0].how.as_str(), live[0].purpose.as_str()),
        (1, "paper", "equality_in_selection")
    );

    // Unticking withdraws the consent; the earlier answers stay as history.
    app.post(
        &path,
        &[("birth_year", "1958"), ("ethnic_group", "black_african")],
    )
    .await;
    let consents = scope
        .find::<consent::Entity>()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(consents.len(), 1);
    assert!(consents[0].withdrawn_at.is_some());
    assert_eq!(
        scope
            .find::<equality_answer::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        2
    );

    // Other staff never see answers, nor reach the pages.
    let mut coordinator = app.new_browser();
    coordinator.sign_in_as(&org, Role::Coordinator).await;
    assert_eq!(coordinator.get(&path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        coordinator.get("/equality").await.status,
        StatusCode::FORBIDDEN
    );
    // The words on the page, not its markup: a random id or token may hold "1958".
    let record = coordinator
        .get(&format!("/people/{id}"))
        .await
        .text_of("main");
    assert!(
        !record.contains("African") && !record.contains("1958"),
        "the record shows no equality answers"
    );
    let mut admin = app.new_browser();
    admin.sign_in_as(&org, Role::Administrator).await;
    assert_eq!(
        admin.get(&path).await.status,
        StatusCode::FORBIDDEN,
        "not even administrators"
    );
}
