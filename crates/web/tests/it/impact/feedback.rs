//! Feedback owed after meetings: due, overdue and sent, in each person's format.

use super::*;
use crate::both_databases;

both_databases!(feedback_due_overdue_and_sent, feedback_body);
async fn feedback_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &["easy_read"], None).await;
    // Lee has no email: feedback goes as a letter, in large print.
    let lee = withus_web::people::queries::create(
        &scope,
        &withus_web::people::forms::PersonForm {
            given_name: "Lee".into(),
            family_name: "Post".into(),
            involvement_role: "carer".into(),
            contact: vec!["post".into()],
            access_needs: vec!["large_print".into()],
            ..Default::default()
        }
        .check()
        .unwrap(),
        None,
    )
    .await
    .unwrap();
    let old = past_meeting(&scope, opp, priya, 40).await;
    meetings::insert_attendee(&scope, old, Some(lee), None, "member")
        .await
        .unwrap();
    past_meeting(&scope, opp, priya, 3).await;

    // 40 days ago with a 28-day promise: overdue for both; 3 days ago: not yet.
    let home = app.get("/home").await;
    let overdue = home.text_of("main");
    assert!(overdue.contains("Feedback overdue: 2 people"), "{overdue}");
    assert!(overdue.contains("Discharge workshop 40"));
    assert!(
        !overdue.contains("Discharge workshop 3"),
        "not due yet: {overdue}"
    );
    let owed = app.get("/impact/feedback").await.text_of("main");
    assert!(owed.contains("Discharge workshop 3"), "{owed}");
    assert!(owed.contains("To send"));

    // A longer promise and nothing is overdue; a nonsense one is refused.
    assert_eq!(
        app.post("/impact/feedback/settings", &[("days", "abc")])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    app.post("/impact/feedback/settings", &[("days", "60")])
        .await;
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 0 people")
    );
    app.post("/impact/feedback/settings", &[("days", "28")])
        .await;

    // Sending: an empty message is refused; then email for Priya (easy read), a letter for Lee.
    let path = format!("/opportunities/{opp}/feedback?meeting={old}");
    let form = app.get(&path).await;
    assert!(form.body.contains("Send to 2 people"), "{}", form.body);
    let empty = app
        .post(&path, &[("message", " "), ("easy_read", "Kept")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Kept"));
    let sent = app
        .post(
            &path,
            &[
                ("message", "The ward will now ring carers before discharge."),
                ("easy_read", "We will phone you before you go home."),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let mail = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq("priya@people.example"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(mail.len(), 1);
    assert!(
        mail[0]
            .body_text
            .contains("We will phone you before you go home.")
    );
    assert!(mail[0].subject.contains("Discharge workshop 40"));
    let letters = app.get(&format!("/opportunities/{opp}/letters")).await;
    assert!(letters.body.contains("withus-letter withus-large-print"));
    assert!(letters.text_of("main").contains("Dear Lee Post"));
    assert!(
        letters
            .text_of("main")
            .contains("The ward will now ring carers")
    );
    // Nobody is owed about that meeting now, and the dashboard says so.
    assert!(
        app.get(&path)
            .await
            .body
            .contains("Everyone involved has had feedback")
    );
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 0 people")
    );
    // The meeting is marked as heard about, so the dashboard skips it; someone recorded as
    // expected there afterwards clears the mark and is owed.
    let marked = |m: Uuid| {
        let scope = scope.clone();
        async move {
            scope
                .find::<withus_db::entities::meeting::Entity>()
                .filter(withus_db::entities::meeting::Column::Id.eq(m))
                .one(scope.db())
                .await
                .unwrap()
                .unwrap()
                .feedback_done_at
        }
    };
    assert!(marked(old).await.is_some());
    let late = person(&app, &org, "Late", &[], None).await;
    let attendee = meetings::insert_attendee(&scope, old, Some(late), None, "member")
        .await
        .unwrap();
    assert!(marked(old).await.is_none());
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 1 person")
    );
    // Taken off the meeting again, they are owed nothing; added back, they are.
    app.post(&format!("/meetings/{old}/attendees/{attendee}/remove"), &[])
        .await;
    assert!(marked(old).await.is_some());
    assert!(
        app.get("/home")
            .await
            .text_of("main")
            .contains("Feedback overdue: 0 people")
    );
    meetings::insert_attendee(&scope, old, Some(late), None, "member")
        .await
        .unwrap();
    app.post(&path, &[("message", "What we changed."), ("easy_read", "")])
        .await;
    assert!(marked(old).await.is_some());
    let evaluation = app
        .get(&format!("/opportunities/{opp}/evaluation"))
        .await
        .text_of("main");
    assert!(evaluation.contains("Sent"));
    assert!(
        evaluation.contains("Send feedback about Discharge workshop 3"),
        "{evaluation}"
    );
}
