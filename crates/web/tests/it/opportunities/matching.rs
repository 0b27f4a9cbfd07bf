//! Exactly the right people match an opportunity and are invited once.

use super::*;
use crate::both_databases;

both_databases!(
    exactly_the_right_people_match_and_are_invited_once,
    matching
);
async fn matching(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    person(&app, &org, "Amara", &["hearing_loop"], &["carers"], false).await;
    person(&app, &org, "Bea", &[], &[], false).await;
    person(&app, &org, "Cal", &[], &[], true).await;
    person(&app, &org, "Dara", &["step_free"], &[], false).await;
    person(&app, &org, "Eli", &[], &["housing"], false).await;
    let resting = person(&app, &org, "Fen", &[], &[], false).await;
    queries::set_status(
        &app.scope(&org),
        resting,
        "break",
        Some(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()),
        None,
    )
    .await
    .unwrap();

    app.sign_in_as(&org, Role::Coordinator).await;
    let ready: Vec<(&str, &str)> = DRAFT.iter().chain(READY).copied().collect();
    let id = create(&mut app, &ready).await;
    app.post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;

    let page = app.get(&format!("/opportunities/{id}/matches")).await;
    assert!(
        page.body.contains("2 people match"),
        "{}",
        page.text_of("main")
    );
    for (name, matches) in [
        ("Amara", true),
        ("Bea", true),
        ("Cal", false),
        ("Dara", false),
        ("Eli", false),
        ("Fen", false),
    ] {
        assert_eq!(
            page.body.contains(&format!("{name} Match")),
            matches,
            "{name}"
        );
    }
    let sent = app.post(&format!("/opportunities/{id}/invite"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(sent.location())
            .await
            .body
            .contains("2 invitations were sent")
    );
    let scope = app.scope(&org);
    let invitations = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.contains("Carers' strategy panel"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(invitations, 2);
    let again = app.post(&format!("/opportunities/{id}/invite"), &[]).await;
    assert!(
        app.get(again.location())
            .await
            .body
            .contains("0 invitations were sent")
    );

    // Telling all active members reaches the others, but never someone on a break.
    app.post(&format!("/opportunities/{id}/publish"), &[]).await;
    let everyone = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.contains("Carers' strategy panel"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(everyone, 5, "Amara, Bea, Cal, Dara and Eli; not Fen");
}
