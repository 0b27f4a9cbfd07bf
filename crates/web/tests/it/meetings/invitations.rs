//! Invitations with calendar files: changes and cancellations keep the calendar UID, and
//! reminders go out once, two days ahead.

use axum::http::StatusCode;

use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use super::{acknowledge, coordinator, create_meeting, expect, outbox, person, when};
use crate::both_databases;

both_databases!(inviting_says_who_was_emailed_and_who_to_tell, who_was_told);
async fn who_was_told(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let by_post = PersonForm {
        given_name: "Cara".into(),
        family_name: "Post".into(),
        involvement_role: "carer".into(),
        ways: vec!["post".into()],
        ..PersonForm::default()
    };
    let cara = queries::create(&app.scope(&org), &by_post.check().unwrap(), None)
        .await
        .unwrap();
    let meeting = create_meeting(&mut app, o, 30, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    expect(&app, &org, meeting, cara, "member").await;
    acknowledge(&mut app, meeting, &["involved", "access"]).await;

    // The invitation is checked before it goes: the email as Ben will read it, who gets it
    // and who must be phoned or written to. Nothing is sent by looking.
    let shown = app.get(&format!("/meetings/{meeting}")).await;
    assert!(
        shown
            .body
            .contains(&format!("href=\"/meetings/{meeting}/invite\""))
    );
    let preview = app.get(&format!("/meetings/{meeting}/invite")).await;
    assert_eq!(preview.status, StatusCode::OK);
    let main = preview.text_of("main");
    assert!(
        main.contains("Check the invitation before it goes"),
        "{main}"
    );
    assert!(
        main.contains("The email as Ben Meeting will read it"),
        "{main}"
    );
    assert!(main.contains("Goes by email to") && main.contains("Ben Meeting"));
    assert!(main.contains("Cara Post (no email address)"), "{main}");
    assert!(
        preview
            .body
            .contains(&format!("action=\"/meetings/{meeting}/invite\""))
    );
    assert!(outbox(&app, "ben@people.example").await.is_empty());

    let invited = app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    assert_eq!(
        invited.location(),
        format!("/meetings/{meeting}?invited=1&of=2")
    );
    let page = app.get(invited.location()).await;
    let banner = page.text_of(".govuk-notification-banner");
    assert!(
        banner.contains(
            "Invitations sent by email, each with a calendar file, to 1 of the 2 people expected."
        ),
        "{banner}"
    );
    assert!(
        banner.contains(
            "1 person could not be emailed: Cara Post (no email address). Phone or write to \
             them, as their record says."
        ),
        "{banner}"
    );
    assert_eq!(outbox(&app, "ben@people.example").await.len(), 1);
    let plain = app.get(&format!("/meetings/{meeting}")).await;
    assert!(plain.text_of(".govuk-notification-banner").is_empty());
}

both_databases!(changes_and_cancellations_keep_the_calendar_uid, calendar);
async fn calendar(url: String) {
    use icalendar::{Calendar, CalendarComponent, Component};
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let meeting = create_meeting(&mut app, o, 30, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    acknowledge(&mut app, meeting, &["involved", "access"]).await;
    assert_eq!(
        app.post(&format!("/meetings/{meeting}/invite"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let (d, m, y, _) = when(31);
    app.post(
        &format!("/meetings/{meeting}"),
        &[
            ("title", "Strategy group"),
            ("starts-day", &d),
            ("starts-month", &m),
            ("starts-year", &y),
            ("from", "10:00"),
            ("to", "12:00"),
            ("high_level", "no"),
            ("venue", ""),
            ("online", "Phone 0300 000 0000"),
        ],
    )
    .await;
    app.post(&format!("/meetings/{meeting}/cancel"), &[]).await;
    let mail = outbox(&app, "ben@people.example").await;
    assert_eq!(
        mail.iter().map(|m| m.subject.as_str()).collect::<Vec<_>>(),
        [
            "Invitation: Strategy group",
            "Changed: Strategy group",
            "Cancelled: Strategy group"
        ]
    );
    let parsed: Vec<(String, String, String, Option<String>, String)> = mail
        .iter()
        .map(|m| {
            let text = m.calendar.clone().unwrap();
            let calendar: Calendar = text.parse().expect("a calendar a maintained parser reads");
            let event = calendar
                .components
                .iter()
                .find_map(|c| match c {
                    CalendarComponent::Event(e) => Some(e.clone()),
                    _ => None,
                })
                .expect("an event");
            let method = calendar
                .property_value("METHOD")
                .unwrap_or_default()
                .to_owned();
            (
                event.get_uid().unwrap().to_owned(),
                event.property_value("SEQUENCE").unwrap().to_owned(),
                method,
                event.property_value("STATUS").map(str::to_owned),
                event.property_value("DTSTART").unwrap().to_owned(),
            )
        })
        .collect();
    let uid = format!("{meeting}@withus");
    assert!(parsed.iter().all(|p| p.0 == uid), "{parsed:?}");
    assert_eq!(
        parsed.iter().map(|p| p.1.as_str()).collect::<Vec<_>>(),
        ["0", "1", "2"]
    );
    assert_eq!(
        parsed.iter().map(|p| p.2.as_str()).collect::<Vec<_>>(),
        ["REQUEST", "REQUEST", "CANCEL"]
    );
    assert_eq!(parsed[2].3.as_deref(), Some("CANCELLED"));
    // The changed time is written in UK time, as typed.
    assert!(parsed[1].4.ends_with("T100000"), "{:?}", parsed[1]);
    assert!(
        mail[1]
            .calendar
            .as_deref()
            .unwrap()
            .contains("DTSTART;TZID=Europe/London:")
    );
}

both_databases!(reminders_go_out_once_two_days_ahead, reminders);
async fn reminders(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let soon = create_meeting(&mut app, o, 1, "no", "").await;
    let later = create_meeting(&mut app, o, 5, "no", "").await;
    for m in [soon, later] {
        expect(&app, &org, m, ben, "member").await;
        acknowledge(&mut app, m, &["involved", "papers", "agenda"]).await;
        assert_eq!(
            app.post(&format!("/meetings/{m}/invite"), &[]).await.status,
            StatusCode::SEE_OTHER
        );
    }
    assert_eq!(
        withus_web::meetings::send::reminders(&app.state)
            .await
            .unwrap(),
        1
    );
    // A second run (or a second server) finds nothing left to send.
    assert_eq!(
        withus_web::meetings::send::reminders(&app.state)
            .await
            .unwrap(),
        0
    );
    let reminders: Vec<_> = outbox(&app, "ben@people.example")
        .await
        .into_iter()
        .filter(|m| m.subject.starts_with("Reminder:"))
        .collect();
    assert_eq!(reminders.len(), 1);
}
