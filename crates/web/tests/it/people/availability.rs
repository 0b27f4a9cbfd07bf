//! A person's status and the times they cannot do.

use super::*;
use crate::both_databases;

both_databases!(status_and_times_they_cannot_do, status_and_times);
async fn status_and_times(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let created = app.post("/people", JO).await;
    let id = created
        .location()
        .trim_start_matches("/people/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    let wrong = app
        .post(
            &format!("/people/{id}/unavailable"),
            &[("from", "15:30"), ("to", "14:45")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("href=\"#days\">Select at least one day")
    );
    assert!(
        wrong
            .body
            .contains("href=\"#to\">The end time must be after the start time")
    );
    assert!(
        wrong.body.contains("value=\"15:30\""),
        "typed times are kept"
    );

    let school_run = [
        ("days", "1"),
        ("days", "2"),
        ("days", "3"),
        ("days", "4"),
        ("days", "5"),
        ("from", "14:45"),
        ("to", "15:30"),
        ("term_time_only", "yes"),
    ];
    assert_eq!(
        app.post(&format!("/people/{id}/unavailable"), &school_run)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.post(
            &format!("/people/{id}/unavailable"),
            &[("days", "6"), ("days", "7"), ("from", "0"), ("to", "10")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let page = app.get(&format!("/people/{id}")).await;
    assert_eq!(
        page.body.matches("14:45 to 15:30").count(),
        5 * 2,
        "five weekdays, each shown and named on its remove button"
    );
    assert!(page.body.contains("00:00 to 10:00"));
    assert!(page.body.contains("School term time only"));

    let remove = regex_first(&page.body, "/unavailable/", "/remove");
    let removed = app
        .post(&format!("/people/{id}/unavailable/{remove}/remove"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/people/{id}")).await;
    assert_eq!(
        page.body.matches("14:45 to 15:30").count() + page.body.matches("00:00 to 10:00").count(),
        12,
        "one of seven gone"
    );

    let no_date = app
        .post(&format!("/people/{id}/status"), &[("status", "break")])
        .await;
    assert_eq!(no_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_date
            .body
            .contains("href=\"#until\">Enter the date the break ends")
    );
    let year = (chrono::Utc::now().date_naive() + chrono::Duration::days(400))
        .format("%Y")
        .to_string();
    let on_break = app
        .post(
            &format!("/people/{id}/status"),
            &[
                ("status", "break"),
                ("until-day", "1"),
                ("until-month", "3"),
                ("until-year", &year),
            ],
        )
        .await;
    assert_eq!(on_break.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/people/{id}")).await;
    assert!(
        page.body
            .contains(&format!("Taking a break until 1 March {year}"))
    );
    assert!(
        page.table_rows()
            .last()
            .is_some_and(|rows| rows.iter().any(|r| r.contains("Active"))),
        "the history keeps the earlier status"
    );
    let list = app.get("/people?status=break").await;
    assert!(list.body.contains("Jo Bennett"));
}

/// The text between the first `start` and the `end` after it.
fn regex_first(body: &str, start: &str, end: &str) -> String {
    let from = body.find(start).expect("start") + start.len();
    let to = body[from..].find(end).expect("end") + from;
    body[from..to].to_owned()
}
