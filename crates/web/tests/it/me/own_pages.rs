//! People see and change their own record, and reach no one else's.

use super::*;
use crate::both_databases;

both_databases!(people_see_and_change_their_own_record, own_pages);
async fn own_pages(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    own_record(&app, &org, "Chidi").await;
    app.sign_in_as(&org, Role::InvolvedPerson).await;

    let page = app.get("/my/details").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Chidi Okoro"));
    assert!(
        page.body.contains("How you want to take part"),
        "the person reads 'you', not 'they'"
    );
    assert!(!page.body.contains("Ways of taking part"));

    let form = app.get("/my/details/change").await;
    assert!(form.body.contains("value=\"post\" checked"));
    let changed = app
        .post(
            "/my/details",
            &[
                ("given_name", "Chidi"),
                ("family_name", "Okoro"),
                ("involvement_role", "both"),
                ("ways", "online"),
                ("access_needs", "easy_read"),
                ("levels", "empowerment"),
                ("paid_preference", "unpaid"),
            ],
        )
        .await;
    assert_eq!(changed.location(), "/my/details?saved=changed");
    let page = app.get("/my/details?saved=changed").await;
    for shown in [
        "Online",
        "Easy read",
        "Leading the work",
        "Unpaid",
        "Uses services and is a carer",
    ] {
        assert!(page.body.contains(shown), "shows {shown}");
    }

    let bad = app
        .post(
            "/my/details",
            &[
                ("given_name", ""),
                ("family_name", "Okoro"),
                ("involvement_role", "both"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#given_name\">Enter a first name"));

    let times = app
        .post(
            "/my/times",
            &[("days", "3"), ("from", "9"), ("to", "11:30")],
        )
        .await;
    // The times have a page of their own, which the change comes back to.
    assert_eq!(times.location(), "/my/times?saved=my-times#times");
    assert!(app.get("/my/times").await.body.contains("09:00 to 11:30"));
    let details = app.get("/my/details").await;
    assert!(
        details.body.contains("09:00 to 11:30"),
        "and the details list them"
    );
    assert!(details.body.contains("href=\"/my/times\""));
    assert!(
        !details.body.contains("action=\"/my/times\""),
        "no form on the details page"
    );
    let status = app.get("/my/status").await;
    assert!(status.text_of("h1").contains("Taking a break or leaving"));
    assert!(status.body.contains("action=\"/my/status\""));
    let wrong = app
        .post("/my/times", &[("days", "3"), ("from", "11"), ("to", "9")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.text_of("h1").contains("Times you cannot do"),
        "the same page again"
    );

    let year = (chrono::Utc::now().date_naive() + chrono::Duration::days(400))
        .format("%Y")
        .to_string();
    let pause = app
        .post(
            "/my/status",
            &[
                ("status", "break"),
                ("until-day", "2"),
                ("until-month", "2"),
                ("until-year", &year),
            ],
        )
        .await;
    assert_eq!(pause.status, StatusCode::SEE_OTHER);
    let mut coordinator = app.new_browser();
    coordinator.sign_in_as(&org, Role::Coordinator).await;
    let list = coordinator.get("/people?status=break").await;
    assert!(
        list.body.contains("Chidi Okoro"),
        "staff see the break the person chose"
    );
}

both_databases!(people_reach_only_their_own_record, only_own);
async fn only_own(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    own_record(&app, &org, "Chidi").await;
    let scope = app.scope(&org);
    let other = PersonForm {
        given_name: "Ebele".into(),
        family_name: "Nwosu".into(),
        involvement_role: "carer".into(),
        ..PersonForm::default()
    };
    let other = queries::create(&scope, &other.check().unwrap(), None)
        .await
        .unwrap();
    let time = withus_web::people::forms::TimeForm {
        days: vec!["1".into()],
        from: "9".into(),
        to: "10".into(),
        term_time_only: false,
    };
    queries::add_times(&scope, other, &time.check().unwrap())
        .await
        .unwrap();
    let others_time = queries::details(&scope, other)
        .await
        .unwrap()
        .unwrap()
        .times[0]
        .id;

    app.sign_in_as(&org, Role::InvolvedPerson).await;
    assert_eq!(
        app.get(&format!("/people/{other}")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.get("/people").await.status, StatusCode::FORBIDDEN);
    let removed = app
        .post(&format!("/my/times/{others_time}/remove"), &[])
        .await;
    assert_eq!(
        removed.status,
        StatusCode::NOT_FOUND,
        "someone else's time is not theirs to remove"
    );
    assert_eq!(
        queries::details(&scope, other)
            .await
            .unwrap()
            .unwrap()
            .times
            .len(),
        1
    );

    let data = app.get("/my/data").await;
    assert_eq!(data.status, StatusCode::OK);
    assert!(
        data.headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let json: serde_json::Value = serde_json::from_str(&data.body).expect("valid JSON");
    let held = |table: &str| {
        json["held"]
            .as_array()
            .expect("a list of what is held")
            .iter()
            .find(|section| section["table"] == table)
            .map(|section| section["rows"].clone())
            .unwrap_or_else(|| panic!("no {table} in the download"))
    };
    assert_eq!(held("people")[0]["given_name"], "Chidi");
    assert_eq!(
        held("accounts")[0]["email"],
        "involved_person@northbrook.example"
    );
    assert!(
        held("accounts")[0].get("password_hash").is_none(),
        "secrets stay out"
    );
    assert!(
        held("audit_events")
            .as_array()
            .is_some_and(|a| !a.is_empty())
    );
    let page = app.get("/my/data/view").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Chidi") && page.body.contains("Your sign-in"));
    assert!(!data.body.contains("Ebele"), "nobody else's data");
    assert!(!data.body.contains(&other.to_string()));

    // Staff and people without a record of their own get a plain "not found".
    let mut staff = app.new_browser();
    staff.sign_in_as(&org, Role::Staff).await;
    assert_eq!(staff.get("/my/details").await.status, StatusCode::FORBIDDEN);
    let mut rep = app.new_browser();
    rep.sign_in_as(&org, Role::GroupRepresentative).await;
    assert_eq!(rep.get("/my/details").await.status, StatusCode::NOT_FOUND);
}
