//! Meeting papers: sent on time, in the formats people asked for, flagged when late, and the
//! organisation's setting for how many days ahead they go.

use axum::http::StatusCode;
use withus_web::kit::auth::Role;
use withus_web::meetings::queries::{self as meetings, NewPaper};

use super::{
    acknowledge, check, coordinator, create_meeting, expect, member, outbox, person, when,
};
use crate::both_databases;

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
        .select(&scraper::Selector::parse("#papers ~ ul a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(links.len(), 2);
    // The easy read version, which she asked for, comes first: an uploaded file, downloaded.
    let file = asha_browser.get(&links[0]).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, "Money for carers. We will spend it on breaks.");
    assert!(mine.body.contains("The one you asked for"));
    // The standard one was typed: a page to read, not a Markdown file.
    let typed = asha_browser.get(&links[1]).await;
    assert_eq!(typed.status, StatusCode::OK);
    assert_eq!(typed.text_of("h1"), "Budget");
    assert!(
        typed
            .text_of("main")
            .contains("The ICB will utilise the money.")
    );
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
