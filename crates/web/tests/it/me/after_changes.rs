//! After a person changes their times or whether they are taking part, their page says what
//! happened and what happens next, in words they can read.

use super::*;
use crate::both_databases;
use crate::harness::Response;

/// The banner on the page a change went back to (the address without its `#part`).
async fn banner_after(app: &mut TestApp, r: &Response) -> String {
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let to = r
        .location()
        .split('#')
        .next()
        .unwrap_or_default()
        .to_owned();
    app.get(&to)
        .await
        .text_of(".govuk-notification-banner__content")
}

both_databases!(own_changes_say_what_happens_next, after_body);
async fn after_body(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = own_record(&app, &org, "Chidi").await;
    app.sign_in_as(&org, Role::InvolvedPerson).await;

    let added = app
        .post(
            "/my/times",
            &[("days", "3"), ("from", "9"), ("to", "11:30")],
        )
        .await;
    assert_eq!(
        banner_after(&mut app, &added).await,
        "We saved the times you cannot do."
    );
    let scope = app.scope(&org);
    let time = queries::details(&scope, id).await.unwrap().unwrap().times[0].id;
    let removed = app.post(&format!("/my/times/{time}/remove"), &[]).await;
    assert_eq!(
        banner_after(&mut app, &removed).await,
        "We removed that time."
    );

    let until = chrono::Utc::now().date_naive() + chrono::Duration::days(400);
    let (d, m, y) = (
        until.format("%-d").to_string(),
        until.format("%-m").to_string(),
        until.format("%Y").to_string(),
    );
    let pause = app
        .post(
            "/my/status",
            &[
                ("status", "break"),
                ("until-day", &d),
                ("until-month", &m),
                ("until-year", &y),
            ],
        )
        .await;
    assert_eq!(
        banner_after(&mut app, &pause).await,
        format!(
            "You are taking a break until {}. We will not pick you for anything new while you \
             are on a break. Your break does not end by itself. To come back, choose Active and \
             press Save status.",
            until.format("%-d %B %Y")
        )
    );

    let left = app.post("/my/status", &[("status", "left")]).await;
    assert_eq!(
        banner_after(&mut app, &left).await,
        "You have told us you have stopped taking part. We will not pick you for anything new, \
         and we will not email you about meetings. To come back, choose Active and press Save \
         status."
    );

    let back = app.post("/my/status", &[("status", "active")]).await;
    assert_eq!(
        banner_after(&mut app, &back).await,
        "You are taking part. We may ask you to join new things."
    );
}
