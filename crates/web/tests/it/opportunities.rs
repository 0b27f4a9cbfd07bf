use axum::http::StatusCode;
use withus_db::entities::{account, outbox_message};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::people::forms::{PersonForm, TimeForm};
use withus_web::people::queries;

use crate::both_databases;
use crate::harness::{Org, TestApp};

/// A draft with a title, a summary and a first session on Tuesday 6 July 2027, 14:00–16:00.
const DRAFT: &[(&str, &str)] = &[
    ("title", "Carers' strategy panel"),
    (
        "summary",
        "Help us decide what goes in the new carers' strategy.",
    ),
    ("way", "in_person"),
    ("venue", "Northbrook Library"),
    ("access", "hearing_loop"),
    ("topics", "carers"),
    ("starts-day", "6"),
    ("starts-month", "7"),
    ("starts-year", "2027"),
    ("from", "14:00"),
    ("to", "16:00"),
    ("paid", "yes"),
    ("rate", "25"),
    ("rate_unit", "session"),
    ("places", "1"),
    ("reserves", "1"),
];

const READY: &[(&str, &str)] = &[
    ("purpose", "Carers know what support works."),
    (
        "outcomes",
        "The strategy's priorities come from carers\nCarers can read it in plain English",
    ),
    ("level", "participation"),
    ("can_change", "The priorities and the words"),
    ("cannot_change", "The overall budget"),
    ("who_decides", "The carers' partnership board"),
    ("role_kind_1", "panel_member"),
    ("role_description_1", "Read the draft and meet twice"),
];

async fn create(app: &mut TestApp, fields: &[(&str, &str)]) -> String {
    let r = app.post("/opportunities", fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .trim_start_matches("/opportunities/")
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

both_databases!(
    an_opportunity_opens_only_with_purpose_outcomes_level_and_limits,
    lifecycle
);
async fn lifecycle(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;

    let bad = app
        .post(
            "/opportunities",
            &[("title", ""), ("summary", "x"), ("rate", "ten")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter a title"));
    assert!(
        bad.body.contains("href=\"#way\""),
        "the error summary links to the field"
    );
    assert!(bad.body.contains(">x</textarea>"), "what was typed is kept");

    let id = create(&mut app, DRAFT).await;
    let page = app.get(&format!("/opportunities/{id}")).await;
    assert!(page.body.contains("Draft"));
    assert!(
        page.body.contains("Tuesday 6 July 2027, 14:00 to 16:00"),
        "shown in UK time"
    );

    let refused = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for problem in [
        "Say why you are involving people",
        "Add at least one intended outcome",
        "Choose how much say people have",
        "what they cannot, and who makes the final decision",
    ] {
        assert!(refused.body.contains(problem), "{problem}");
    }
    let skipped = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "active")])
        .await;
    assert_eq!(skipped.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A role without a description also holds it back.
    let mut vague: Vec<(&str, &str)> = DRAFT
        .iter()
        .chain(READY)
        .copied()
        .filter(|(k, _)| *k != "role_description_1")
        .collect();
    vague.push(("role_description_1", ""));
    app.post(&format!("/opportunities/{id}"), &vague).await;
    let refused = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert!(refused.body.contains("Describe what each role involves"));

    let ready: Vec<(&str, &str)> = DRAFT.iter().chain(READY).copied().collect();
    let saved = app.post(&format!("/opportunities/{id}"), &ready).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let opened = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/opportunities/{id}")).await;
    assert!(page.body.contains("Open"));
    assert!(
        page.text_of("main")
            .contains("The strategy's priorities come from carers")
    );
    assert!(page.body.contains("£25.00 session"));
    for step in ["recruiting", "active", "evaluating"] {
        let r = app
            .post(&format!("/opportunities/{id}/status"), &[("to", step)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{step}");
    }
    // Closing waits for the evaluation (nobody was confirmed, so no feedback is owed).
    let close = format!("/opportunities/{id}/status");
    let early = app.post(&close, &[("to", "closed")]).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    let happened: Vec<(String, String)> = (1..=2)
        .map(|n| (format!("happened_{n}"), "Done".to_owned()))
        .collect();
    let happened: Vec<(&str, &str)> = happened
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post(
        &format!("/opportunities/{id}/evaluation/outcomes"),
        &happened,
    )
    .await;
    app.post(
        &format!("/opportunities/{id}/evaluation/cycle"),
        &[("reflection", "It worked"), ("lessons", "Start earlier")],
    )
    .await;
    let r = app.post(&close, &[("to", "closed")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&format!("/opportunities/{id}"))
            .await
            .body
            .contains("Closed")
    );
}

/// Adds a person with the given choices; `tuesday_afternoons` adds a window they cannot do.
async fn person(
    app: &TestApp,
    org: &Org,
    given: &str,
    needs: &[&str],
    topics: &[&str],
    tuesday_afternoons: bool,
) -> uuid::Uuid {
    let scope = app.scope(org);
    let form = PersonForm {
        given_name: given.into(),
        family_name: "Match".into(),
        email: format!("{}@people.example", given.to_lowercase()),
        contact: vec!["email".into()],
        involvement_role: "carer".into(),
        access_needs: needs.iter().map(|n| (*n).to_owned()).collect(),
        topics: topics.iter().map(|n| (*n).to_owned()).collect(),
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    if tuesday_afternoons {
        let time = TimeForm {
            days: vec!["2".into()],
            from: "14:45".into(),
            to: "15:30".into(),
            term_time_only: true,
        };
        queries::add_times(&scope, id, &time.check().unwrap())
            .await
            .unwrap();
    }
    id
}

both_databases!(
    exactly_the_right_people_match_and_are_invited_once,
    matching
);
async fn matching(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    person(&app, &org, "Amara", &["hearing_loop"], &["carers"], false).await;
    person(&app, &org, "Bea", &[], &[], false).await;
    person(&app, &org, "Cal", &[], &[], true).await;
    person(&app, &org, "Dara", &["step_free"], &[], false).await;
    person(&app, &org, "Eli", &[], &["housing"], false).await;
    let resting = person(&app, &org, "Fen", &[], &[], false).await;
    queries::set_status(
        &app.scope(&org),
        resting,
        "break",
        Some(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()),
        None,
    )
    .await
    .unwrap();

    app.sign_in_as(&org, Role::Coordinator).await;
    let ready: Vec<(&str, &str)> = DRAFT.iter().chain(READY).copied().collect();
    let id = create(&mut app, &ready).await;
    app.post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;

    let page = app.get(&format!("/opportunities/{id}/matches")).await;
    assert!(
        page.body.contains("2 people match"),
        "{}",
        page.text_of("main")
    );
    for (name, matches) in [
        ("Amara", true),
        ("Bea", true),
        ("Cal", false),
        ("Dara", false),
        ("Eli", false),
        ("Fen", false),
    ] {
        assert_eq!(
            page.body.contains(&format!("{name} Match")),
            matches,
            "{name}"
        );
    }
    let sent = app.post(&format!("/opportunities/{id}/invite"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(sent.location())
            .await
            .body
            .contains("2 invitations were sent")
    );
    let scope = app.scope(&org);
    let invitations = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.contains("Carers' strategy panel"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(invitations, 2);
    let again = app.post(&format!("/opportunities/{id}/invite"), &[]).await;
    assert!(
        app.get(again.location())
            .await
            .body
            .contains("0 invitations were sent")
    );

    // Telling all active members reaches the others, but never someone on a break.
    app.post(&format!("/opportunities/{id}/publish"), &[]).await;
    let everyone = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.contains("Carers' strategy panel"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(everyone, 5, "Amara, Bea, Cal, Dara and Eli; not Fen");
}

async fn member(app: &TestApp, org: &Org, given: &str) -> TestApp {
    let id = person(app, org, given, &[], &[], false).await;
    let scope = app.scope(org);
    let email = format!("{}@{}.example", given.to_lowercase(), org.slug);
    let hashed = withus_web::kit::auth::password::hash(crate::harness::PASSWORD).unwrap();
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
    queries::link_account(&scope, id, account.id).await.unwrap();
    let mut browser = app.new_browser();
    let r = browser.sign_in(&email, crate::harness::PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    browser
}

both_databases!(selection_with_reasons_reserves_and_promotion, selection);
async fn selection(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let ready: Vec<(&str, &str)> = DRAFT.iter().chain(READY).copied().collect();
    let id = create(&mut app, &ready).await;

    let mut gita = member(&app, &org, "Gita").await;
    assert_eq!(
        gita.get(&format!("/my/opportunities/{id}")).await.status,
        StatusCode::NOT_FOUND,
        "a draft is not shown"
    );
    app.post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    let mut hal = member(&app, &org, "Hal").await;
    let mut ivy = member(&app, &org, "Ivy").await;

    let list = gita.get("/my/opportunities").await;
    assert!(list.text_of("main").contains("Carers' strategy panel"));
    let page = gita.get(&format!("/my/opportunities/{id}")).await;
    assert!(page.body.contains("What people cannot change"));
    assert!(page.body.contains("The overall budget"));
    for m in [&mut gita, &mut hal, &mut ivy] {
        let r = m
            .post(
                &format!("/my/opportunities/{id}/interest"),
                &[("note", "I care for my dad"), ("access_needs", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    assert!(
        gita.get(&format!("/my/opportunities/{id}"))
            .await
            .body
            .contains("Interested")
    );

    let interest = app.get(&format!("/opportunities/{id}/interest")).await;
    assert!(interest.body.contains("I care for my dad"));
    let links: Vec<String> = interest
        .body
        .split(&format!("href=\"/opportunities/{id}/interest/"))
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_owned())
        .collect();
    assert_eq!(links.len(), 3);
    let decide = |i: usize| format!("/opportunities/{id}/interest/{}", links[i]);

    // Not this time needs a reason the person is told.
    let r = app
        .post(&decide(2), &[("decision", "not_selected"), ("reason", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Enter the reason they will be told"));
    app.post(
        &decide(2),
        &[
            ("decision", "not_selected"),
            (
                "reason",
                "We needed people who use the day centre this time.",
            ),
        ],
    )
    .await;
    app.post(&decide(0), &[("decision", "offered"), ("reason", "")])
        .await;
    // One place only: a second offer is refused.
    let full = app
        .post(&decide(1), &[("decision", "confirmed"), ("reason", "")])
        .await;
    assert_eq!(full.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        full.body
            .contains("Every place is offered or confirmed already")
    );
    app.post(&decide(1), &[("decision", "reserve"), ("reason", "")])
        .await;

    let ivy_page = ivy.get(&format!("/my/opportunities/{id}")).await;
    assert!(ivy_page.body.contains("Not this time"));
    assert!(
        ivy_page
            .body
            .contains("We needed people who use the day centre this time.")
    );
    assert!(hal.get("/my/opportunities").await.body.contains("Reserve"));

    // Gita accepts, then withdraws; the place goes to Hal only when the coordinator says so.
    gita.post(&format!("/my/opportunities/{id}/accept"), &[])
        .await;
    assert!(
        gita.get(&format!("/my/opportunities/{id}"))
            .await
            .body
            .contains("Confirmed")
    );
    gita.post(&format!("/my/opportunities/{id}/withdraw"), &[])
        .await;
    assert!(
        hal.get(&format!("/my/opportunities/{id}"))
            .await
            .body
            .contains("Reserve"),
        "not promoted by itself"
    );
    let interest = app.get(&format!("/opportunities/{id}/interest")).await;
    assert!(interest.body.contains("Offer the place to Hal Match"));
    app.post(
        &format!("/opportunities/{id}/promote"),
        &[("interest", &links[1])],
    )
    .await;
    let hal_page = hal.get(&format!("/my/opportunities/{id}")).await;
    assert!(hal_page.body.contains("Offered a place"));
    hal.post(&format!("/my/opportunities/{id}/accept"), &[])
        .await;

    // Involvement over 12 months counts Hal's confirmed place.
    let fairness = app.get("/opportunities/fairness").await;
    assert!(fairness.body.contains("Hal Match"));
    assert!(
        fairness
            .body
            .contains("2 active people have not been involved"),
        "{}",
        fairness.text_of("main")
    );

    // Someone on a break cannot say they are interested.
    let mut jo = member(&app, &org, "Jo").await;
    jo.post("/my/status", &[("status", "left")]).await;
    jo.post(&format!("/my/opportunities/{id}/interest"), &[("note", "")])
        .await;
    assert!(
        !app.get(&format!("/opportunities/{id}/interest"))
            .await
            .body
            .contains("Jo Match")
    );
}
