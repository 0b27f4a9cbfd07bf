//! Contributions and what became of them, as the coordinator records them and as the
//! person who said them sees them.

use super::*;
use crate::both_databases;

both_databases!(contributions_and_what_became_of_them, contributions_body);
async fn contributions_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    let pid = priya.to_string();
    let path = format!("/impact?opportunity={opp}");
    let date = today_parts();

    // A change needs its areas and level; what was typed comes back.
    let refused = app
        .post(
            &path,
            &contribution(
                &date,
                &[("people", &pid), ("status", "changed"), ("outcome", "")],
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.text_of(".govuk-error-summary");
    for message in [
        "Describe the change made",
        "Choose whether the change was for one person or for the service",
        "Choose at least one impact area",
    ] {
        assert!(summary.contains(message), "{summary}");
    }
    assert!(
        refused
            .body
            .contains("Ring carers two days before discharge")
    );

    let saved = app
        .post(
            &path,
            &contribution(
                &date,
                &[
                    ("people", &pid),
                    ("status", "changed"),
                    ("outcome", "Ward 7 now phones carers 48 hours ahead"),
                    ("level", "strategic"),
                    ("areas", "delivery"),
                    ("areas", "experience"),
                    ("evidence", "Discharge policy v3, section 2"),
                ],
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let banner = app
        .get(saved.location())
        .await
        .text_of(".govuk-notification-banner");
    assert!(
        banner.contains("The people who said it can see what happened"),
        "{banner}"
    );
    // The group's concern that was not taken up, with the honest reason.
    let group = app
        .post(
            &path,
            &contribution(
                &date,
                &[
                    ("kind", "concern"),
                    ("said", "Discharge lounge chairs are uncomfortable"),
                    ("status", "not_changed"),
                    (
                        "outcome",
                        "The lounge is being rebuilt next year; new chairs come with it",
                    ),
                ],
            ),
        )
        .await;
    assert_eq!(group.status, StatusCode::SEE_OTHER, "{}", group.body);

    let index = app.get("/impact").await;
    let counts = index.text_of("table");
    assert!(counts.contains("Delivery of services"), "{counts}");
    let delivery = app.get("/impact?area=delivery").await.text_of("main");
    assert!(delivery.contains("Ward 7 now phones carers"));
    assert!(!delivery.contains("Discharge lounge chairs"));
    assert!(index.body.contains("Priya Meeting"));
    assert!(index.body.contains("The group"));

    // Priya sees both on her own page: hers, and her group's with the right to ask again.
    let mut priya_app = member(&app, &org, priya, "Priya").await;
    let mine = priya_app.get("/my/said").await;
    assert_eq!(mine.status, StatusCode::OK);
    let yours = mine.text_of("main");
    assert!(yours.contains("Ring carers two days before discharge"));
    assert!(yours.contains("Ward 7 now phones carers 48 hours ahead"));
    assert!(
        yours.contains("Delivery of services, The experience of services"),
        "{yours}"
    );
    assert!(yours.contains("The lounge is being rebuilt"));
    assert!(yours.contains("make a complaint"));
    // Another person's page does not show Priya's contribution.
    let sam = person(&app, &org, "Sam", &[], None).await;
    let mut sam_app = member(&app, &org, sam, "Sam").await;
    assert!(!sam_app.get("/my/said").await.body.contains("Ring carers"));
}
