use axum::http::StatusCode;
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::TestApp;

both_databases!(groups_have_members_and_representatives, groups);
async fn groups(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let bad = app
        .post("/groups", &[("name", ""), ("email", "nope")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body
            .contains("href=\"#name\">Enter the name of the group")
    );
    assert!(
        bad.body
            .contains("href=\"#kind\">Select what kind of group it is")
    );
    let created = app
        .post(
            "/groups",
            &[
                ("name", "Northbrook Carers Voice"),
                ("kind", "user_led_organisation"),
                ("about", "Carers who meet monthly"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let group = created.location().to_owned();
    assert!(
        app.get("/groups")
            .await
            .body
            .contains("Northbrook Carers Voice")
    );

    for (given, family) in [("Jo", "Bennett"), ("Sam", "Bennington")] {
        app.post(
            "/people",
            &[
                ("given_name", given),
                ("family_name", family),
                ("involvement_role", "carer"),
            ],
        )
        .await;
    }
    let found = app.get(&format!("{group}?q=benn")).await;
    let ids: Vec<String> = found
        .body
        .split("name=\"person_id\" value=\"")
        .skip(1)
        .map(|s| s[..36].to_owned())
        .collect();
    assert_eq!(ids.len(), 2, "both people are offered");
    app.post(
        &format!("{group}/members"),
        &[("person_id", &ids[0]), ("represents", "yes")],
    )
    .await;
    app.post(&format!("{group}/members"), &[("person_id", &ids[1])])
        .await;
    app.post(&format!("{group}/members"), &[("person_id", &ids[1])])
        .await;
    let page = app.get(&group).await;
    assert_eq!(
        page.body.matches("href=\"/people/").count(),
        2,
        "each member once"
    );
    assert_eq!(page.body.matches("Represents the group").count(), 1);
    assert!(page.body.contains("A user-led organisation"));
    let removed = app
        .post(&format!("{group}/members/{}/remove", ids[1]), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&group)
            .await
            .body
            .matches("href=\"/people/")
            .count(),
        1
    );
    let missing = app
        .post(
            &format!("{group}/members"),
            &[("person_id", "00000000-0000-0000-0000-000000000000")],
        )
        .await;
    assert_eq!(
        missing.status,
        StatusCode::NOT_FOUND,
        "only people in the register can join"
    );
}
