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
    // The invitation is checked before it goes: its words, and who gets it; nothing sent yet.
    assert!(
        page.body
            .contains(&format!("href=\"/opportunities/{id}/invite\""))
    );
    let preview = app.get(&format!("/opportunities/{id}/invite")).await;
    assert_eq!(preview.status, StatusCode::OK);
    let main = preview.text_of("main");
    assert!(
        main.contains("It goes by email to 2 people whose choices match"),
        "{main}"
    );
    assert!(
        main.contains("Subject: A way to get involved: Carers' strategy panel"),
        "{main}"
    );
    assert!(
        main.contains("Dear Amara"),
        "addressed to the first: {main}"
    );
    assert!(
        main.contains("Bea"),
        "everyone it goes to is listed: {main}"
    );
    assert!(!main.contains("Cal"), "{main}");
    assert!(main.contains("Email an invitation to 2 people"), "{main}");
    let queued = |app: &crate::harness::TestApp| {
        app.scope(&org)
            .find::<outbox_message::Entity>()
            .filter(outbox_message::Column::Subject.contains("Carers' strategy panel"))
    };
    assert_eq!(queued(&app).count(&app.state.db).await.unwrap(), 0);
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

    let nobody = app.get(&format!("/opportunities/{id}/invite")).await;
    assert!(
        nobody
            .text_of("main")
            .contains("Nobody is waiting for this invitation")
    );
    assert!(!nobody.body.contains("Email an invitation"));

    // Telling all active members reaches the others, but never someone on a break.
    let everyone = app.get(&format!("/opportunities/{id}/publish")).await;
    assert!(
        everyone
            .text_of("main")
            .contains("It goes by email to 3 active members"),
        "{}",
        everyone.text_of("main")
    );
    app.post(&format!("/opportunities/{id}/publish"), &[]).await;
    let everyone = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.contains("Carers' strategy panel"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(everyone, 5, "Amara, Bea, Cal, Dara and Eli; not Fen");
}
