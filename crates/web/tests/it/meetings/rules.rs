//! The meeting form and the rule checks: what was typed is kept, every rule is checked, and
//! each warning is acknowledged with a reason before people are invited.

use axum::http::StatusCode;

use super::{check, coordinator, create_meeting, expect, member, outbox, person, when};
use crate::both_databases;
use crate::harness::TestApp;

pub(super) async fn venue(app: &mut TestApp, name: &str, facts: &[&str]) -> String {
    let mut fields = vec![("name", name), ("address", "1 High Street\nNorthbrook")];
    fields.extend(facts.iter().map(|f| ("facts", *f)));
    let r = app.post("/venues", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get("/venues").await;
    let html = scraper::Html::parse_document(&page.body);
    let link = scraper::Selector::parse("td a").unwrap();
    let href = html
        .select(&link)
        .find(|a| a.text().collect::<String>() == name)
        .and_then(|a| a.value().attr("href"))
        .expect("venue link")
        .to_owned();
    href.trim_start_matches("/venues/")
        .trim_end_matches("/edit")
        .to_owned()
}

both_databases!(the_meeting_form_keeps_what_was_typed, form_errors);
async fn form_errors(url: String) {
    let (mut app, _, o) = coordinator(&url).await;
    let r = app
        .post(
            &format!("/opportunities/{o}/meetings"),
            &[
                ("title", "Budget day"),
                ("starts-day", "31"),
                ("starts-month", "2"),
                ("starts-year", "2027"),
                ("from", "14:00"),
                ("to", "13:00"),
                ("high_level", "no"),
                ("venue", ""),
                ("online", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = r.text_of(".govuk-error-summary");
    assert!(
        summary.contains("Enter the date of the meeting"),
        "{summary}"
    );
    assert!(
        summary.contains("Choose a venue or enter online joining details"),
        "{summary}"
    );
    assert!(r.body.contains("value=\"Budget day\""));
    assert!(r.body.contains("value=\"14:00\""));
}

both_databases!(
    every_rule_is_checked_and_acknowledged_before_inviting,
    rules
);
async fn rules(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let hall = venue(&mut app, "Old Hall", &["hearing_loop", "parking"]).await;
    let (_, _, _, weekday) = when(3);
    let asha = person(
        &app,
        &org,
        "Asha",
        &["step_free"],
        Some((&weekday.to_string(), "15:00", "17:00")),
    )
    .await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let meeting = create_meeting(&mut app, o, 3, "yes", &hall).await;

    // Rule 1: one involved person is never enough.
    expect(&app, &org, meeting, asha, "member").await;
    let involved = check(&mut app, meeting, "involved").await;
    assert!(
        involved.contains("1 service user or carer is expected"),
        "{involved}"
    );
    assert!(involved.contains("Needs attention"));
    expect(&app, &org, meeting, ben, "member").await;
    let involved = check(&mut app, meeting, "involved").await;
    assert!(
        involved.contains("Done") && involved.contains("Three is better"),
        "{involved}"
    );

    // Rule 2: a high-level meeting needs a reserve.
    assert!(
        check(&mut app, meeting, "reserve")
            .await
            .contains("no reserve")
    );
    // Rule 3: the time falls in Asha's window; the reason is not given.
    let time = check(&mut app, meeting, "time").await;
    assert!(
        time.contains("The time does not suit Asha Meeting"),
        "{time}"
    );
    assert!(!time.contains("Ben"));
    // Rule 4: the hall has no step-free access.
    let access = check(&mut app, meeting, "access").await;
    assert!(
        access.contains("Asha Meeting needs Step-free access, and Old Hall does not have it"),
        "{access}"
    );
    // Rule 5: three days away, no papers.
    assert!(
        check(&mut app, meeting, "papers")
            .await
            .contains("No papers have been sent")
    );
    // Rule 7: the agenda was never shared.
    assert!(
        check(&mut app, meeting, "agenda")
            .await
            .contains("has not been shared")
    );

    // Inviting is refused while warnings stand: the preview says why, with no button.
    let early = app.get(&format!("/meetings/{meeting}/invite")).await;
    assert!(
        early
            .text_of("main")
            .contains("5 warnings have not been acknowledged"),
        "{}",
        early.text_of("main")
    );
    assert!(
        !early
            .body
            .contains(&format!("action=\"/meetings/{meeting}/invite\""))
    );
    let r = app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("5 warnings have not been acknowledged")
    );
    assert!(outbox(&app, "ben@people.example").await.is_empty());

    // An acknowledgement needs a reason.
    let r = app
        .post(
            &format!("/meetings/{meeting}/acknowledge"),
            &[("rule", "time"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for rule in ["reserve", "time", "access", "papers", "agenda"] {
        let r = app
            .post(
                &format!("/meetings/{meeting}/acknowledge"),
                &[("rule", rule), ("reason", "Agreed with the chair")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{rule}: {}", r.body);
    }
    assert!(
        check(&mut app, meeting, "time")
            .await
            .contains("You went on anyway: Agreed with the chair")
    );
    let r = app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mail = outbox(&app, "ben@people.example").await;
    assert_eq!(mail.len(), 1);
    let ics = mail[0].calendar.clone().expect("calendar file");
    assert!(ics.contains(&format!("UID:{meeting}@withus")));

    // A new warning (a third person who cannot do the time) needs acknowledging afresh.
    let cal = person(
        &app,
        &org,
        "Cal",
        &[],
        Some((&weekday.to_string(), "13:00", "14:30")),
    )
    .await;
    expect(&app, &org, meeting, cal, "reserve").await;
    let time = check(&mut app, meeting, "time").await;
    assert!(
        time.contains("The time does not suit Cal Meeting") && time.contains("Needs attention"),
        "{time}"
    );

    // Ben's own page never shows the checks, Asha's needs or her times.
    let mut ben_browser = member(&app, &org, ben, "Ben").await;
    let page = ben_browser.get(&format!("/my/meetings/{meeting}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Strategy group"));
    for secret in [
        "Asha",
        "Step-free",
        "does not suit",
        "Agreed with the chair",
    ] {
        assert!(!page.body.contains(secret), "{secret} shown to Ben");
    }
    // Someone not expected at the meeting cannot open it.
    let dee = person(&app, &org, "Dee", &[], None).await;
    let mut dee_browser = member(&app, &org, dee, "Dee").await;
    assert_eq!(
        dee_browser
            .get(&format!("/my/meetings/{meeting}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
