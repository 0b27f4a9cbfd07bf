use axum::http::StatusCode;
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::TestApp;

const JO: &[(&str, &str)] = &[
    ("given_name", "Jo"),
    ("family_name", "Bennett"),
    ("preferred_name", "Joanne"),
    ("pronouns", "she/her"),
    ("email", "Jo.Bennett@People.example"),
    ("postcode", "ne8 1aa"),
    ("involvement_role", "carer"),
    ("contact", "email"),
    ("contact", "post"),
    ("ways", "in_person"),
    ("ways", "online"),
    ("topics", "dementia"),
    ("access_needs", "hearing_loop"),
    ("access_needs", "large_print"),
    ("access_notes", "Needs the agenda a week ahead in 16pt"),
    ("areas", "teaching"),
    ("roles", "trainer"),
    ("levels", "consulting"),
    ("time_commitment", "day_month"),
    ("paid_preference", "paid"),
];

both_databases!(coordinators_add_and_change_people, add_and_change);
async fn add_and_change(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;

    let bad = app
        .post(
            "/people",
            &[
                ("given_name", "Jo"),
                ("email", "jo@"),
                ("contact", "phone"),
                ("access_needs", "braille"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text_of("title").starts_with("Error: Add a person"));
    assert!(bad.body.contains("href=\"#family_name\">Enter a last name"));
    assert!(
        bad.body
            .contains("href=\"#email\">Enter an email address in the correct format")
    );
    assert!(
        bad.body
            .contains("href=\"#involvement_role\">Select their role in involvement")
    );
    assert!(bad.body.contains("href=\"#phone\">Enter a phone number"));
    assert!(bad.body.contains("value=\"Jo\""), "typed names are kept");
    assert!(
        bad.body.contains("value=\"braille\" checked"),
        "ticked boxes stay ticked"
    );

    let created = app.post("/people", JO).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let page = app.get(created.location()).await;
    assert_eq!(page.text_of("h1"), "Jo Bennett");
    assert!(
        page.text_of(".govuk-notification-banner")
            .contains("The person has been added")
    );
    for shown in [
        "Joanne",
        "she/her",
        "jo.bennett@people.example",
        "NE8 1AA",
        "Unpaid carer",
        "Email, Post",
        "In person, Online",
        "Dementia",
        "Hearing loop, Large print",
        "16pt",
        "Paid",
        "Teaching",
        "Trainer",
        "Being asked for views",
        "About a day a month",
    ] {
        assert!(page.body.contains(shown), "the person's page shows {shown}");
    }

    let id = created
        .location()
        .trim_start_matches("/people/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let edit = app.get(&format!("/people/{id}/edit")).await;
    assert!(edit.body.contains("value=\"hearing_loop\" checked"));
    let mut changed = JO.to_vec();
    changed.retain(|(k, _)| *k != "access_needs");
    changed.push(("access_needs", "bsl_interpreter"));
    let saved = app.post(&format!("/people/{id}"), &changed).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/people/{id}")).await;
    assert!(page.body.contains("British Sign Language interpreter"));
    assert!(
        !page.body.contains("Hearing loop, Large print"),
        "the old needs are replaced"
    );
}

both_databases!(the_register_searches_filters_and_pages, search);
async fn search(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Staff).await;
    app.post("/people", JO).await;
    for i in 0..30 {
        let given = format!("Person{i:02}");
        let role = if i % 2 == 0 { "service_user" } else { "both" };
        let mut fields = vec![
            ("given_name", given.as_str()),
            ("family_name", "Adeyemi"),
            ("involvement_role", role),
        ];
        if i % 3 == 0 {
            fields.push(("access_needs", "step_free"));
        }
        let r = app.post("/people", &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let all = app.get("/people").await;
    assert!(all.body.contains("31 people"));
    assert!(
        all.body.contains("aria-label=\"Page 2\""),
        "25 a page, so two pages"
    );
    let second = app.get("/people?page=2").await;
    assert_eq!(
        second
            .body
            .matches("<td class=\"govuk-table__cell\"><a")
            .count(),
        6,
        "the second page holds the last 6 of 31"
    );

    let by_name = app.get("/people?q=benn").await;
    assert!(by_name.body.contains("1 person") && by_name.body.contains("Jo Bennett"));
    let by_first_name = app.get("/people?q=jo").await;
    assert!(
        by_first_name.body.contains("Jo Bennett"),
        "the start of a first name finds them too"
    );
    let wildcard = app.get("/people?q=%25").await;
    assert!(
        wildcard.body.contains("0 people"),
        "a % is searched for, not used as a wildcard"
    );

    let carers_with_loop = app.get("/people?role=carer&need=hearing_loop").await;
    assert!(carers_with_loop.body.contains("1 person"));
    let step_free = app.get("/people?need=step_free&role=service_user").await;
    assert!(
        step_free.body.contains("5 people"),
        "{}",
        step_free.text_of("[role=status]")
    );
    let online = app.get("/people?way=online&topic=dementia").await;
    assert!(online.body.contains("1 person"));
    let on_break = app.get("/people?status=break").await;
    assert!(on_break.body.contains("0 people"));
}

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

both_databases!(people_pages_are_for_staff_only, staff_only);
async fn staff_only(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let mut member = app.new_browser();
    member.sign_in_as(&org, Role::InvolvedPerson).await;
    assert_eq!(member.get("/people").await.status, StatusCode::FORBIDDEN);
    let mut finance = app.new_browser();
    finance.sign_in_as(&org, Role::Finance).await;
    assert_eq!(
        finance.post("/people", JO).await.status,
        StatusCode::FORBIDDEN
    );
    app.sign_in_as(&org, Role::Coordinator).await;
    let created = app.post("/people", JO).await;
    let id = created
        .location()
        .trim_start_matches("/people/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    app.get(&format!("/people/{id}")).await;
    let mut admin = app.new_browser();
    admin.sign_in_as(&org, Role::Administrator).await;
    let log = admin.get("/admin/audit").await;
    assert!(log.body.contains("Northbrook Involvement coordinator"));
    assert!(
        log.text_of("tbody").contains("viewed person"),
        "looking at a person is recorded"
    );
}

/// The text between the first `start` and the `end` after it.
fn regex_first(body: &str, start: &str, end: &str) -> String {
    let from = body.find(start).expect("start") + start.len();
    let to = body[from..].find(end).expect("end") + from;
    body[from..to].to_owned()
}

both_databases!(people_have_a_named_contact_from_the_staff, named_contact);
async fn named_contact(url: String) {
    use withus_db::entities::account;
    use withus_db::sea_orm::{ColumnTrait, QueryFilter};
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let id_of = |email: &'static str| {
        let scope = scope.clone();
        let db = app.state.db.clone();
        async move {
            scope
                .find::<account::Entity>()
                .filter(account::Column::Email.eq(email))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .id
                .to_string()
        }
    };
    let staff = id_of("staff@northbrook.example").await;
    let member = id_of("involved_person@northbrook.example").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let form = app.get("/people/new").await;
    assert!(
        form.body.contains("Northbrook Staff member"),
        "staff are offered as contacts"
    );
    assert!(
        !form.body.contains(&format!("value=\"{member}\"")),
        "involved people are not"
    );
    let mut fields = JO.to_vec();
    fields.push(("named_contact", &member));
    let wrong = app.post("/people", &fields).await;
    assert!(
        wrong
            .body
            .contains("href=\"#named_contact\">Select a member of staff from the list")
    );
    fields.pop();
    fields.push(("named_contact", &staff));
    let created = app.post("/people", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let page = app.get(created.location()).await;
    assert!(
        page.text_of(".govuk-summary-list")
            .contains("Named contact in the team Northbrook Staff member")
    );
}

both_databases!(
    the_register_filters_by_when_people_last_took_part,
    last_involved
);
async fn last_involved(url: String) {
    use withus_web::people::{forms::PersonForm, queries};
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let add = |given: &'static str| {
        let scope = scope.clone();
        async move {
            let form = PersonForm {
                given_name: given.into(),
                family_name: "Rowe".into(),
                involvement_role: "carer".into(),
                ..PersonForm::default()
            };
            queries::create(&scope, &form.check().unwrap(), None)
                .await
                .unwrap()
        }
    };
    let (recent, old, _never) = (add("Recent").await, add("Old").await, add("Never").await);
    let now = chrono::Utc::now();
    queries::set_last_involved(&scope, recent, now - chrono::Duration::days(10))
        .await
        .unwrap();
    queries::set_last_involved(&scope, old, now - chrono::Duration::days(500))
        .await
        .unwrap();
    app.sign_in_as(&org, Role::Staff).await;
    let names = |body: &str| {
        ["Recent", "Old", "Never"]
            .into_iter()
            .filter(|n| body.contains(&format!("{n} Rowe")))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&app.get("/people?involved=last_year").await.body),
        ["Recent"]
    );
    assert_eq!(
        names(&app.get("/people?involved=not_last_year").await.body),
        ["Old", "Never"]
    );
    assert_eq!(
        names(&app.get("/people?involved=never").await.body),
        ["Never"]
    );
}

both_databases!(consents_are_recorded_and_withdrawn, consents);
async fn consents(url: String) {
    use withus_db::entities::consent;
    use withus_db::sea_orm::{ColumnTrait, QueryFilter};
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
    let missing = app
        .post(
            &format!("/people/{id}/consents"),
            &[("purpose", "share_stories")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        missing
            .body
            .contains("href=\"#how\">Select how they agreed")
    );
    let given = app
        .post(
            &format!("/people/{id}/consents"),
            &[("purpose", "share_stories"), ("how", "phone")],
        )
        .await;
    assert_eq!(given.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/people/{id}")).await;
    assert!(
        page.body
            .contains("We may share their story, with their name, in reports")
    );
    assert!(page.body.contains("(By phone)"));
    let scope = app.scope(&org);
    let stored = scope
        .find::<consent::Entity>()
        .filter(consent::Column::Purpose.eq("share_stories"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let withdrawn = app
        .post(
            &format!("/people/{id}/consents/{}/withdraw", stored.id),
            &[],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&format!("/people/{id}"))
            .await
            .body
            .contains("Withdrawn")
    );
    let again = app
        .post(
            &format!("/people/{id}/consents/{}/withdraw", stored.id),
            &[],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "a consent is withdrawn once"
    );
}

both_databases!(a_large_register_stops_counting_at_a_thousand, large);
async fn large(url: String) {
    use withus_web::people::{forms::PersonForm, queries};
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let inputs: Vec<_> = (0..1003)
        .map(|i| {
            let need = if i < 3 {
                vec!["braille".to_owned()]
            } else {
                vec![]
            };
            PersonForm {
                given_name: format!("P{i}"),
                family_name: "Many".into(),
                involvement_role: "carer".into(),
                access_needs: need,
                ..PersonForm::default()
            }
            .check()
            .unwrap()
        })
        .collect();
    queries::import(&app.scope(&org), &inputs, None)
        .await
        .unwrap();
    app.sign_in_as(&org, Role::Staff).await;
    let all = app.get("/people").await;
    assert!(
        all.body.contains("More than 1,000 people"),
        "{}",
        all.text_of("[role=status]")
    );
    assert!(all.body.contains("aria-label=\"Page 40\""));
    assert!(!all.body.contains("aria-label=\"Page 41\""));
    let narrowed = app.get("/people?need=braille").await;
    assert!(narrowed.body.contains("3 people"));
}
