//! The screens a new member sees after taking part are in plain language.

use super::*;
use crate::both_databases;

both_databases!(the_new_member_screens_are_plain, plain_body);
async fn plain_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "evaluating").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    let date = today_parts();
    app.post(
        &format!("/impact?opportunity={opp}"),
        &contribution(
            &date,
            &[
                ("people", &priya.to_string()),
                ("status", "not_changed"),
                (
                    "outcome",
                    "The money for this year is spent. We will ask again in April.",
                ),
            ],
        ),
    )
    .await;
    let [d, m, y] = date.each_ref().map(String::as_str);
    app.post(
        &format!("/people/{priya}/support"),
        &[
            ("kind", "debrief"),
            ("given-day", d),
            ("given-month", m),
            ("given-year", y),
            ("note", "We talked about the meeting."),
        ],
    )
    .await;
    let mut priya_app = member(&app, &org, priya, "Priya").await;
    let problems = plain_problems(
        &mut priya_app,
        &[
            "/my/said".to_owned(),
            format!("/my/questionnaires/{opp}"),
            "/my/support".to_owned(),
        ],
    )
    .await;
    assert!(problems.is_empty(), "{problems:#?}");
}
