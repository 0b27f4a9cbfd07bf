//! An opportunity opens only with a purpose, outcomes, a level and limits.

use super::*;
use crate::both_databases;

both_databases!(
    an_opportunity_opens_only_with_purpose_outcomes_level_and_limits,
    lifecycle
);
async fn lifecycle(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;

    let bad = app
        .post(
            "/opportunities",
            &[("title", ""), ("summary", "x"), ("rate", "ten")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter a title"));
    assert!(
        bad.body.contains("href=\"#title\""),
        "the error summary links to the field"
    );
    assert!(bad.body.contains(">x</textarea>"), "what was typed is kept");

    let id = create(&mut app, DRAFT).await;
    let page = app.get(&format!("/opportunities/{id}")).await;
    assert!(page.body.contains("Draft"));
    assert!(
        page.body.contains("Tuesday 6 July 2027, 14:00 to 16:00"),
        "shown in UK time"
    );

    let refused = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for problem in [
        "Say why you are involving people",
        "Add at least one intended outcome",
        "Choose how much say people have",
        "what they cannot, and who makes the final decision",
    ] {
        assert!(refused.body.contains(problem), "{problem}");
    }
    let skipped = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "active")])
        .await;
    assert_eq!(skipped.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A role without a description also holds it back.
    let mut vague: Vec<(&str, &str)> = DRAFT
        .iter()
        .chain(READY)
        .copied()
        .filter(|(k, _)| *k != "role_description_1")
        .collect();
    vague.push(("role_description_1", ""));
    save_parts(&mut app, &id, &vague).await;
    let refused = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert!(refused.body.contains("Describe what each role involves"));

    let ready: Vec<(&str, &str)> = DRAFT.iter().chain(READY).copied().collect();
    save_parts(&mut app, &id, &ready).await;
    let opened = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/opportunities/{id}")).await;
    assert!(page.body.contains("Open"));
    assert!(
        page.text_of("main")
            .contains("The strategy's priorities come from carers")
    );
    assert!(page.text_of("main").contains("£25.00 for each session"));
    for step in ["recruiting", "active", "evaluating"] {
        let r = app
            .post(&format!("/opportunities/{id}/status"), &[("to", step)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{step}");
    }
    // Closing waits for the evaluation (nobody was confirmed, so no feedback is owed).
    let close = format!("/opportunities/{id}/status");
    let early = app.post(&close, &[("to", "closed")]).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    let happened: Vec<(String, String)> = (1..=2)
        .map(|n| (format!("happened_{n}"), "Done".to_owned()))
        .collect();
    let happened: Vec<(&str, &str)> = happened
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post(
        &format!("/opportunities/{id}/evaluation/outcomes"),
        &happened,
    )
    .await;
    app.post(
        &format!("/opportunities/{id}/evaluation/cycle"),
        &[("reflection", "It worked"), ("lessons", "Start earlier")],
    )
    .await;
    let r = app.post(&close, &[("to", "closed")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&format!("/opportunities/{id}"))
            .await
            .body
            .contains("Closed")
    );
}
