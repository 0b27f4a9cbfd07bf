//! Plain language: the screens involved people see read easily, and an opportunity's summary
//! is checked against the organisation's glossary.

use axum::http::StatusCode;
use withus_db::entities::account;
use withus_web::kit::auth::Role;
use withus_web::opportunities::forms::OpportunityInput;

use super::{acknowledge, coordinator, create_meeting, expect, member, person, when, words_on};
use crate::both_databases;
use crate::harness::TestApp;

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
        "/my/access-needs".to_owned(),
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
