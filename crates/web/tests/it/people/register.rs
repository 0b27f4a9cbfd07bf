//! The register of people: searching, filtering, paging, and stopping counting at a
//! thousand.

use super::*;
use crate::both_databases;

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
