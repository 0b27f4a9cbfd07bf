//! Meetings through HTTP on both databases: the form, every rule check, acknowledging,
//! invitations with calendar files, papers in formats, the agenda, and attendance.

use axum::http::StatusCode;
use chrono::{Datelike, Duration, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::entities::{account, meeting_attendee, outbox_message, person};
use withus_db::sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use withus_web::auth::Role;
use withus_web::meetings::queries::{self as meetings, NewPaper};
use withus_web::opportunities::forms::OpportunityInput;
use withus_web::people::forms::{PersonForm, TimeForm};
use withus_web::people::queries;

use crate::both_databases;
use crate::support::{Org, PASSWORD, TestApp};

pub(crate) async fn opportunity(app: &TestApp, org: &Org) -> Uuid {
    let scope = app.scope(org);
    let owner = scope
        .find::<account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Carers' strategy group".into(),
            summary: "Shape the carers' strategy.".into(),
            way: "both".into(),
            places: 4,
            ..Default::default()
        },
        owner.id,
    )
    .await
    .unwrap()
}

/// An involved person who agreed to email, with access needs and, if given, a weekly time
/// they cannot do.
pub(crate) async fn person(
    app: &TestApp,
    org: &Org,
    given: &str,
    needs: &[&str],
    cannot: Option<(&str, &str, &str)>,
) -> Uuid {
    let scope = app.scope(org);
    let form = PersonForm {
        given_name: given.into(),
        family_name: "Meeting".into(),
        involvement_role: "carer".into(),
        email: format!("{}@people.example", given.to_lowercase()),
        contact: vec!["email".into()],
        access_needs: needs.iter().map(|n| (*n).to_owned()).collect(),
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    if let Some((day, from, to)) = cannot {
        let time = TimeForm {
            days: vec![day.into()],
            from: from.into(),
            to: to.into(),
            term_time_only: false,
        };
        queries::add_times(&scope, id, &time.check().unwrap())
            .await
            .unwrap();
    }
    id
}

/// A browser signed in as the person, through their own account.
pub(crate) async fn member(app: &TestApp, org: &Org, person_id: Uuid, given: &str) -> TestApp {
    let scope = app.scope(org);
    let email = format!("{}-account@{}.example", given.to_lowercase(), org.slug);
    let hashed = withus_web::auth::password::hash(PASSWORD).unwrap();
    withus_web::admin::routes::create(
        &scope,
        given,
        &email,
        Some(hashed),
        &[Role::InvolvedPerson],
        false,
    )
    .await
    .unwrap();
    let account = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq(email.clone()))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    queries::link_account(&scope, person_id, account.id)
        .await
        .unwrap();
    let mut browser = app.new_browser();
    assert_eq!(
        browser.sign_in(&email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    browser
}

/// The form's fields for a meeting `days` from now at 14:00–16:00 UK time.
fn when(days: i64) -> (String, String, String, u32) {
    let day = (Utc::now() + Duration::days(days)).with_timezone(&London);
    (
        day.day().to_string(),
        day.month().to_string(),
        day.year().to_string(),
        day.weekday().number_from_monday(),
    )
}

async fn create_meeting(
    app: &mut TestApp,
    opportunity: Uuid,
    days: i64,
    high_level: &str,
    venue: &str,
) -> Uuid {
    let (d, m, y, _) = when(days);
    let r = app
        .post(
            &format!("/opportunities/{opportunity}/meetings"),
            &[
                ("title", "Strategy group"),
                ("starts-day", &d),
                ("starts-month", &m),
                ("starts-year", &y),
                ("from", "14:00"),
                ("to", "16:00"),
                ("high_level", high_level),
                ("venue", venue),
                (
                    "online",
                    if venue.is_empty() {
                        "https://meet.example/group"
                    } else {
                        ""
                    },
                ),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    Uuid::parse_str(r.location().trim_start_matches("/meetings/")).unwrap()
}

async fn venue(app: &mut TestApp, name: &str, facts: &[&str]) -> String {
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

async fn expect(app: &TestApp, org: &Org, meeting: Uuid, person: Uuid, kind: &str) {
    meetings::insert_attendee(&app.scope(org), meeting, Some(person), None, kind)
        .await
        .unwrap();
}

/// A fresh app with an organisation, its coordinator signed in, and an opportunity.
async fn coordinator(url: &str) -> (TestApp, Org, Uuid) {
    let mut app = TestApp::start(url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let o = opportunity(&app, &org).await;
    (app, org, o)
}

/// Goes on past these rules' warnings, for tests about something else.
async fn acknowledge(app: &mut TestApp, meeting: Uuid, rules: &[&str]) {
    for rule in rules {
        app.post(
            &format!("/meetings/{meeting}/acknowledge"),
            &[("rule", rule), ("reason", "x")],
        )
        .await;
    }
}

/// The text of one rule's part of the checklist.
async fn check(app: &mut TestApp, meeting: Uuid, rule: &str) -> String {
    app.get(&format!("/meetings/{meeting}"))
        .await
        .text_of(&format!("#check-{rule}"))
}

async fn outbox(app: &TestApp, to: &str) -> Vec<outbox_message::Model> {
    <outbox_message::Entity as withus_db::sea_orm::EntityTrait>::find()
        .filter(outbox_message::Column::ToAddress.eq(to))
        .order_by_asc(outbox_message::Column::CreatedAt)
        .all(&app.state.db)
        .await
        .unwrap()
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

    // Inviting is refused while warnings stand.
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

both_databases!(
    papers_go_out_on_time_in_the_formats_people_asked_for,
    papers
);
async fn papers(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let asha = person(&app, &org, "Asha", &["easy_read"], None).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let meeting = create_meeting(&mut app, o, 14, "no", "").await;
    // Online details make it an online meeting; set them through the edit form.
    let (d, m, y, _) = when(14);
    let r = app
        .post(
            &format!("/meetings/{meeting}"),
            &[
                ("title", "Strategy group"),
                ("starts-day", &d),
                ("starts-month", &m),
                ("starts-year", &y),
                ("from", "14:00"),
                ("to", "16:00"),
                ("high_level", "no"),
                ("venue", ""),
                ("online", "https://meet.example/strategy"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    expect(&app, &org, meeting, asha, "member").await;
    expect(&app, &org, meeting, ben, "member").await;
    // Two weeks away with nothing sent: to do, not yet a warning.
    let papers = check(&mut app, meeting, "papers").await;
    assert!(
        papers.contains("To do") && papers.contains("Send papers by"),
        "{papers}"
    );

    let r = app
        .upload_fields(
            &format!("/meetings/{meeting}/papers"),
            &[
                ("title", "Budget"),
                ("format", "standard"),
                ("text", "# Budget\n\nThe ICB will utilise the money."),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get(&format!("/meetings/{meeting}")).await;
    // The checker read the typed paper.
    let findings = page.text_of("#papers ~ details");
    assert!(
        findings.contains("Initials not explained") && findings.contains("ICB"),
        "{findings}"
    );
    assert!(findings.contains("Try \"use\" instead"), "{findings}");
    let formats = check(&mut app, meeting, "formats").await;
    assert!(
        formats.contains(
            "Asha Meeting asked for Easy read: there is no Easy read version of \"Budget\""
        ),
        "{formats}"
    );

    let r = app
        .upload_fields(
            &format!("/meetings/{meeting}/papers"),
            &[("title", "Budget"), ("format", "easy_read")],
            Some((
                "budget-easy-read.txt",
                b"Money for carers. We will spend it on breaks.",
            )),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(check(&mut app, meeting, "formats").await.contains("Done"));

    // Nothing is sent before the invitation; then Asha can only see sent papers.
    acknowledge(&mut app, meeting, &["agenda"]).await;
    assert_eq!(
        app.post(&format!("/meetings/{meeting}/invite"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let mut asha_browser = member(&app, &org, asha, "Asha").await;
    let mine = asha_browser.get(&format!("/my/meetings/{meeting}")).await;
    assert!(
        mine.text_of("#papers ~ p").contains("No papers yet"),
        "{}",
        mine.body
    );
    let r = app
        .post(&format!("/meetings/{meeting}/papers/send"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        check(&mut app, meeting, "papers")
            .await
            .contains("Every paper went out at least 7 days before")
    );
    assert!(
        outbox(&app, "asha@people.example")
            .await
            .iter()
            .any(|m| m.subject == "Papers for Strategy group")
    );

    let mine = asha_browser.get(&format!("/my/meetings/{meeting}")).await;
    let links: Vec<String> = scraper::Html::parse_document(&mine.body)
        .select(&scraper::Selector::parse("a[download]").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(links.len(), 2);
    // The easy read version, which she asked for, comes first.
    let file = asha_browser.get(&links[0]).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, "Money for carers. We will spend it on breaks.");
    assert!(mine.body.contains("The one you asked for"));
}

both_databases!(papers_sent_too_late_are_flagged, late_papers);
async fn late_papers(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let meeting = create_meeting(&mut app, o, 3, "no", "").await;
    meetings::insert_paper(
        &app.scope(&org),
        meeting,
        NewPaper {
            title: "Minutes",
            format: "standard",
            filename: "minutes.pdf",
            content_type: "application/pdf",
            data: b"%PDF-1.4".to_vec(),
            sent_at: None,
        },
    )
    .await
    .unwrap();
    let papers = check(&mut app, meeting, "papers").await;
    assert!(
        papers.contains("\"Minutes\" has not been sent, and the meeting is less than 7 days away"),
        "{papers}"
    );
    app.post(&format!("/meetings/{meeting}/papers/send"), &[])
        .await;
    let papers = check(&mut app, meeting, "papers").await;
    assert!(
        papers.contains("\"Minutes\" was sent on") && papers.contains("less than 7 days before"),
        "{papers}"
    );
    // A PDF is kept but not read by the checker, and the page says so.
    let page = app.get(&format!("/meetings/{meeting}")).await;
    assert!(
        page.body
            .contains("This file was not checked for plain language")
    );
}

both_databases!(people_add_to_the_agenda_while_it_is_open, agenda);
async fn agenda(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let meeting = create_meeting(&mut app, o, 21, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    app.post(
        &format!("/meetings/{meeting}/agenda"),
        &[("title", "Welcome"), ("detail", "")],
    )
    .await;
    let (d, m, y, _) = when(10);
    let r = app
        .post(
            &format!("/meetings/{meeting}/agenda/share"),
            &[
                ("closes-day", &d),
                ("closes-month", &m),
                ("closes-year", &y),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let agenda = check(&mut app, meeting, "agenda").await;
    assert!(
        agenda.contains("Done") && agenda.contains("people can add items until"),
        "{agenda}"
    );
    acknowledge(&mut app, meeting, &["involved", "papers"]).await;
    let r = app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let mut ben_browser = member(&app, &org, ben, "Ben").await;
    let r = ben_browser
        .post(
            &format!("/my/meetings/{meeting}/agenda"),
            &[("title", ""), ("detail", "About buses")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("About buses"), "what Ben typed is kept");
    let r = ben_browser
        .post(
            &format!("/my/meetings/{meeting}/agenda"),
            &[("title", "Travel costs"), ("detail", "About buses")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mine = ben_browser.get(&format!("/my/meetings/{meeting}")).await;
    assert!(
        mine.text_of("#agenda + ol")
            .contains("Travel costs you asked for this: waiting for the chair"),
        "{}",
        mine.text_of("#agenda + ol")
    );

    let page = app.get(&format!("/meetings/{meeting}")).await;
    assert!(
        page.text_of("#agenda + ol")
            .contains("Travel costs added by Ben, waiting for the chair")
    );
    let action = scraper::Html::parse_document(&page.body)
        .select(&scraper::Selector::parse("form[action*='/agenda/']").unwrap())
        .map(|f| f.value().attr("action").unwrap().to_owned())
        .find(|a| !a.ends_with("/share"))
        .expect("accept form");
    app.post(&action, &[("status", "accepted")]).await;
    let mine = ben_browser.get(&format!("/my/meetings/{meeting}")).await;
    let items = mine.text_of("#agenda + ol");
    assert!(
        items.contains("Welcome") && items.contains("Travel costs") && !items.contains("waiting"),
        "{items}"
    );
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

both_databases!(attendance_hours_and_notes_are_recorded, attendance);
async fn attendance(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let meeting = create_meeting(&mut app, o, -2, "no", "").await;
    let attendee = meetings::insert_attendee(&app.scope(&org), meeting, Some(ben), None, "member")
        .await
        .unwrap();
    let key = attendee.to_string();
    let r = app
        .post(
            &format!("/meetings/{meeting}/record"),
            &[
                (&format!("attendance-{key}"), "attended"),
                (&format!("hours-{key}"), "two"),
                ("notes", "We agreed the plan."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("Enter the hours Ben Meeting gave as a number")
    );
    assert!(r.body.contains("We agreed the plan."));
    let r = app
        .post(
            &format!("/meetings/{meeting}/record"),
            &[
                (&format!("attendance-{key}"), "attended"),
                (&format!("hours-{key}"), "2.5"),
                ("notes", "We agreed the plan."),
                ("share", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let scope = app.scope(&org);
    let row = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::Id.eq(attendee))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.attendance.as_deref(), row.minutes),
        (Some("attended"), Some(150))
    );
    let ben_row = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.eq(ben))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(ben_row.last_involved_at.is_some());
    let notes = outbox(&app, "ben@people.example").await;
    assert!(
        notes.iter().any(|m| m.subject == "Notes of Strategy group"
            && m.body_text.contains("We agreed the plan."))
    );
}

/// The words a page shows in its main part, with a sentence break at every block, as someone
/// reading it meets them.
pub(crate) fn words_on(body: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let main = scraper::Selector::parse("main").unwrap();
    let Some(main) = html.select(&main).next() else {
        return String::new();
    };
    let inline = [
        "a", "span", "strong", "em", "b", "i", "abbr", "code", "label",
    ];
    let mut text = String::new();
    for node in main.descendants() {
        match node.value() {
            scraper::Node::Element(e) if !inline.contains(&e.name()) => text.push_str("\n\n"),
            scraper::Node::Text(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

both_databases!(
    screens_involved_people_see_are_in_plain_language,
    plain_screens
);
async fn plain_screens(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &["easy_read"], None).await;
    let asha = person(&app, &org, "Asha", &[], None).await;
    let meeting = create_meeting(&mut app, o, 21, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    expect(&app, &org, meeting, asha, "member").await;
    app.post(
        &format!("/meetings/{meeting}/agenda"),
        &[("title", "Welcome"), ("detail", "")],
    )
    .await;
    let (d, m, y, _) = when(10);
    app.post(
        &format!("/meetings/{meeting}/agenda/share"),
        &[
            ("closes-day", &d),
            ("closes-month", &m),
            ("closes-year", &y),
        ],
    )
    .await;
    app.upload_fields(
        &format!("/meetings/{meeting}/papers"),
        &[
            ("title", "Plan"),
            ("format", "easy_read"),
            ("text", "Our plan."),
        ],
        None,
    )
    .await;
    acknowledge(&mut app, meeting, &["papers"]).await;
    assert_eq!(
        app.post(&format!("/meetings/{meeting}/invite"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    app.post(&format!("/meetings/{meeting}/papers/send"), &[])
        .await;

    let mut ben_browser = member(&app, &org, ben, "Ben").await;
    let screens = [
        "/home".to_owned(),
        "/my/meetings".to_owned(),
        format!("/my/meetings/{meeting}"),
        "/jargon-buster".to_owned(),
        "/my/opportunities".to_owned(),
        "/my/details".to_owned(),
    ];
    let mut problems = Vec::new();
    for path in &screens {
        let page = ben_browser.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let text = words_on(&page.body);
        let report = withus_plain::check(&text, &withus_plain::Options::default());
        let age = report.reading.reading_age();
        if age > 9.0 {
            problems.push(format!("{path}: reading age {age:.1} in {text}"));
        }
        for f in report
            .findings
            .iter()
            .filter(|f| f.kind == withus_plain::Kind::Acronym)
        {
            problems.push(format!("{path}: unexplained \"{}\"", f.text));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

both_databases!(
    an_opportunity_summary_is_checked_against_the_glossary,
    summary_checked
);
async fn summary_checked(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let scope = app.scope(&org);
    let owner = scope
        .find::<account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let id = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Board seat".into(),
            summary: "Help the ICB utilise your views.".into(),
            way: "both".into(),
            places: 1,
            ..Default::default()
        },
        owner.id,
    )
    .await
    .unwrap();
    let page = app.get(&format!("/opportunities/{id}")).await;
    let found = page.text_of("details.govuk-details");
    assert!(found.contains("2 things to look at"), "{found}");
    assert!(
        found.contains("ICB") && found.contains("Try \"use\" instead"),
        "{found}"
    );
    // Once the glossary explains ICB, only the plainer word is left.
    let r = app
        .post(
            "/glossary",
            &[
                ("kind", "term"),
                ("term", "ICB"),
                ("meaning", "Integrated Care Board: it plans NHS care here."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/opportunities/{id}")).await;
    assert!(
        page.text_of("details.govuk-details")
            .contains("1 thing to look at")
    );
    let buster = app.get("/jargon-buster").await;
    assert!(
        buster
            .text_of("main")
            .contains("ICB Integrated Care Board: it plans NHS care here.")
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

both_databases!(
    the_organisation_sets_how_many_days_ahead_papers_go,
    days_ahead
);
async fn days_ahead(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let meeting = create_meeting(&mut app, o, 10, "no", "").await;
    assert!(check(&mut app, meeting, "papers").await.contains("To do"));
    let r = app.post("/meetings/settings", &[("days", "sixty")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"sixty\""));
    let r = app.post("/meetings/settings", &[("days", "14")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let papers = check(&mut app, meeting, "papers").await;
    assert!(
        papers.contains("the meeting is less than 14 days away"),
        "{papers}"
    );
    // Staff without the coordinator role cannot change it.
    let mut staff = app.new_browser();
    staff.sign_in_as(&org, Role::Staff).await;
    assert_eq!(
        staff
            .post("/meetings/settings", &[("days", "3")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
