//! Closing an opportunity, held back until feedback and evaluation are done.

use super::*;
use crate::both_databases;

both_databases!(closing_waits_for_feedback_and_evaluation, closing_body);
async fn closing_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    // Ola asked to be erased: nobody can owe her feedback, so she never holds closing back.
    let ola = person(&app, &org, "Ola", &[], None).await;
    confirm(&scope, opp, ola).await;
    app.post(&format!("/people/{ola}/erase"), &[]).await;

    // Moving to evaluating sends Priya her questionnaire.
    let moved = app
        .post(
            &format!("/opportunities/{opp}/status"),
            &[("to", "evaluating")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    // Ola, erased, is neither emailed nor counted as someone to phone.
    let page = app.get(moved.location()).await;
    assert_eq!(
        page.text_of(".govuk-notification-banner__content"),
        "The opportunity has moved to evaluating. We emailed the questionnaire to 1 involved \
         person and 1 member of staff."
    );
    let invite = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq("priya@people.example"))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("questionnaire email");
    assert!(
        invite
            .body_text
            .contains(&format!("/my/questionnaires/{opp}"))
    );
    let owner = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq("coordinator@northbrook.example"))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the owner's questionnaire email");
    assert!(
        owner
            .body_text
            .contains(&format!("/opportunities/{opp}/questionnaire"))
    );

    let refused = close(&mut app, opp).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.text_of(".govuk-error-summary");
    assert!(
        summary.contains("Send feedback to everyone involved"),
        "{summary}"
    );
    assert!(summary.contains("Finish the evaluation"));

    app.post(
        &format!("/opportunities/{opp}/feedback"),
        &[("message", "Thank you: the leaflet is being written.")],
    )
    .await;
    let still = close(&mut app, opp).await;
    assert_eq!(still.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = still.text_of(".govuk-error-summary");
    assert!(!summary.contains("Send feedback"), "{summary}");
    assert!(summary.contains("Finish the evaluation"));

    // One outcome judged is not enough; both, with the reflection and lessons, are.
    let outcomes = format!("/opportunities/{opp}/evaluation/outcomes");
    app.post(
        &outcomes,
        &[
            ("happened_1", "Done on wards 5 to 9"),
            ("evidence_1", "Audit, March"),
        ],
    )
    .await;
    app.post(
        &format!("/opportunities/{opp}/evaluation/cycle"),
        &[
            ("act", "Four workshops"),
            ("reflection", "Carers felt heard"),
            ("lessons", "Start with carers of people with dementia"),
        ],
    )
    .await;
    assert_eq!(
        close(&mut app, opp).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let half = app
        .post(&outcomes, &[("evidence_2", "Draft leaflet")])
        .await;
    assert_eq!(
        half.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "evidence without what happened"
    );
    app.post(
        &outcomes,
        &[
            ("happened_1", "Done on wards 5 to 9"),
            ("evidence_1", "Audit, March"),
            ("happened_2", "Leaflet printed and in every ward"),
            ("evidence_2", "Leaflet v2"),
        ],
    )
    .await;
    assert_eq!(close(&mut app, opp).await.status, StatusCode::SEE_OTHER);
    let page = app
        .get(&format!("/opportunities/{opp}"))
        .await
        .text_of("main");
    assert!(page.contains("Closed"));
    assert!(page.contains("Leaflet printed and in every ward"));
    assert!(page.contains("Audit, March"));
}

async fn close(app: &mut TestApp, opp: Uuid) -> crate::harness::Response {
    app.post(&format!("/opportunities/{opp}/status"), &[("to", "closed")])
        .await
}
