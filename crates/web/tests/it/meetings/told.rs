//! Every action that emails the people expected ends on the meeting page with a banner saying
//! what happened, how many were emailed of how many, and by name who could not be, so staff
//! can phone or write to them.

use axum::http::StatusCode;
use uuid::Uuid;
use withus_db::entities::account;
use withus_web::meetings::queries as meetings;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use super::{acknowledge, coordinator, create_meeting, expect, outbox, person, when};
use crate::both_databases;
use crate::harness::{Org, TestApp};

/// Cara has no email address; Dan has one but asked for post.
async fn cara_and_dan(app: &TestApp, org: &Org) -> (Uuid, Uuid) {
    let scope = app.scope(org);
    let cara = PersonForm {
        given_name: "Cara".into(),
        family_name: "Post".into(),
        involvement_role: "carer".into(),
        ways: vec!["post".into()],
        ..PersonForm::default()
    };
    let dan = PersonForm {
        given_name: "Dan".into(),
        family_name: "Letter".into(),
        involvement_role: "carer".into(),
        email: "dan@people.example".into(),
        contact: vec!["post".into()],
        ..PersonForm::default()
    };
    let cara = queries::create(&scope, &cara.check().unwrap(), None)
        .await
        .unwrap();
    let dan = queries::create(&scope, &dan.check().unwrap(), None)
        .await
        .unwrap();
    (cara, dan)
}

fn as_refs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

fn banner(page: &crate::harness::Response) -> String {
    page.text_of(".govuk-notification-banner")
}

both_databases!(cancelling_says_who_was_told, cancelling);
async fn cancelling(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let (cara, dan) = cara_and_dan(&app, &org).await;
    let meeting = create_meeting(&mut app, o, 30, "no", "").await;
    for p in [ben, cara, dan] {
        expect(&app, &org, meeting, p, "member").await;
    }
    acknowledge(&mut app, meeting, &["involved", "access"]).await;
    app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    let r = app.post(&format!("/meetings/{meeting}/cancel"), &[]).await;
    assert_eq!(
        r.location(),
        format!("/meetings/{meeting}?told=cancelled&emailed=1&not=2")
    );
    let told = banner(&app.get(r.location()).await);
    assert!(
        told.contains(
            "Meeting cancelled. The cancellation was sent by email, each with a calendar file, \
             to 1 of the 3 people expected. 2 people could not be emailed: Cara Post (no email \
             address), Dan Letter (did not agree to email). Phone or write to them, as their \
             records say."
        ),
        "{told}"
    );
    let ben_mail = outbox(&app, "ben@people.example").await;
    assert_eq!(ben_mail.len(), 2, "the invitation and the cancellation");
    assert!(outbox(&app, "dan@people.example").await.is_empty());

    // A meeting nobody was invited to is cancelled without telling anyone.
    let quiet = create_meeting(&mut app, o, 40, "no", "").await;
    expect(&app, &org, quiet, ben, "member").await;
    let r = app.post(&format!("/meetings/{quiet}/cancel"), &[]).await;
    let told = banner(&app.get(r.location()).await);
    assert!(
        told.contains("Meeting cancelled. Nobody had been invited, so nobody was emailed."),
        "{told}"
    );
    assert_eq!(outbox(&app, "ben@people.example").await.len(), 2);
}

both_databases!(changing_the_time_says_who_was_told, changing);
async fn changing(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let (cara, _) = cara_and_dan(&app, &org).await;
    let meeting = create_meeting(&mut app, o, 30, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    expect(&app, &org, meeting, cara, "member").await;
    let (d, m, y, _) = when(31);
    let fields = [
        ("title", "Strategy group"),
        ("starts-day", d.as_str()),
        ("starts-month", m.as_str()),
        ("starts-year", y.as_str()),
        ("from", "10:00"),
        ("to", "12:00"),
        ("high_level", "no"),
        ("venue", ""),
        ("online", "Phone 0300 000 0000"),
    ];
    // Before anyone is invited a change tells nobody, so there is nothing to report.
    let r = app.post(&format!("/meetings/{meeting}"), &fields).await;
    assert_eq!(r.location(), format!("/meetings/{meeting}"));
    acknowledge(&mut app, meeting, &["involved", "access"]).await;
    app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    let r = app.post(&format!("/meetings/{meeting}"), &fields).await;
    assert_eq!(
        r.location(),
        format!("/meetings/{meeting}?told=changed&emailed=1&not=1")
    );
    let told = banner(&app.get(r.location()).await);
    assert!(
        told.contains(
            "Meeting changed. The new time and place were sent by email, each with a calendar \
             file, to 1 of the 2 people expected. 1 person could not be emailed: Cara Post (no \
             email address). Phone or write to them, as their record says."
        ),
        "{told}"
    );
    let subjects: Vec<String> = outbox(&app, "ben@people.example")
        .await
        .into_iter()
        .map(|m| m.subject)
        .collect();
    assert_eq!(
        subjects,
        ["Invitation: Strategy group", "Changed: Strategy group"]
    );
}

both_databases!(sending_papers_says_who_was_told, sending_papers);
async fn sending_papers(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let (cara, _) = cara_and_dan(&app, &org).await;
    let meeting = create_meeting(&mut app, o, 30, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    expect(&app, &org, meeting, cara, "member").await;
    // Staff expected are not told papers are ready, so they are not counted either.
    let scope = app.scope(&org);
    let staff = scope
        .find::<account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    meetings::insert_attendee(&scope, meeting, None, Some(staff.id), "staff")
        .await
        .unwrap();
    let r = app
        .upload_fields(
            &format!("/meetings/{meeting}/papers"),
            &[
                ("title", "Budget"),
                ("format", "standard"),
                ("text", "We will spend it on breaks."),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let rules = [
        "involved", "reserve", "time", "access", "papers", "formats", "agenda",
    ];
    acknowledge(&mut app, meeting, &rules).await;
    app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    let r = app
        .post(&format!("/meetings/{meeting}/papers/send"), &[])
        .await;
    assert_eq!(
        r.location(),
        format!("/meetings/{meeting}?told=papers&emailed=1&not=1")
    );
    let told = banner(&app.get(r.location()).await);
    assert!(
        told.contains(
            "Papers sent. An email saying they are ready went to 1 of the 2 involved people \
             expected. 1 person could not be emailed: Cara Post (no email address). Phone or \
             write to them, as their record says."
        ),
        "{told}"
    );
    let papers = outbox(&app, "ben@people.example").await;
    assert_eq!(
        papers
            .iter()
            .filter(|m| m.subject == "Papers for Strategy group")
            .count(),
        1
    );
}

both_databases!(sharing_notes_says_who_was_told, sharing_notes);
async fn sharing_notes(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let (_, dan) = cara_and_dan(&app, &org).await;
    let meeting = create_meeting(&mut app, o, -2, "no", "").await;
    let scope = app.scope(&org);
    let mut fields = vec![("notes".to_owned(), "We agreed the plan.".to_owned())];
    for p in [ben, dan] {
        let a = meetings::insert_attendee(&scope, meeting, Some(p), None, "member")
            .await
            .unwrap();
        fields.push((format!("attendance-{a}"), "attended".into()));
        fields.push((format!("hours-{a}"), "2".into()));
    }
    let mut shared = fields.clone();
    shared.push(("share".into(), "yes".into()));
    // Saved without sharing: nobody is emailed and nothing is reported as sent.
    let r = app
        .post(&format!("/meetings/{meeting}/record"), &as_refs(&fields))
        .await;
    assert_eq!(r.location(), format!("/meetings/{meeting}"));
    let r = app
        .post(&format!("/meetings/{meeting}/record"), &as_refs(&shared))
        .await;
    assert_eq!(
        r.location(),
        format!("/meetings/{meeting}?told=notes&emailed=1&not=1")
    );
    let told = banner(&app.get(r.location()).await);
    assert!(
        told.contains(
            "Attendance and notes saved. The notes were sent by email to 1 of the 2 people \
             expected. 1 person could not be emailed: Dan Letter (did not agree to email). \
             Phone or write to them, as their record says."
        ),
        "{told}"
    );
    assert_eq!(outbox(&app, "ben@people.example").await.len(), 1);
    assert!(outbox(&app, "dan@people.example").await.is_empty());
}
