//! Staff of organisation A get nothing of B's, by its URLs or on any route.

use super::*;
use crate::both_databases;

both_databases!(
    staff_of_one_organisation_get_404_for_another,
    cross_organisation_urls
);
async fn cross_organisation_urls(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let a = app.org("northbrook", "Northbrook Council").await;
    let b = app.org("riverside", "Riverside Trust").await;
    let ids = b_ids(&app, &b).await;
    app.sign_in_as(&a, Role::Administrator).await;
    let paths = [
        "/admin/outbox/{message_id}",
        "/admin/accounts/{account_id}",
        "/people/{person_id}",
        "/people/{person_id}/edit",
        "/opportunities/{opportunity_id}",
        "/opportunities/{opportunity_id}/interest/{interest_id}",
    ];
    for path in paths.map(|p| ids.fill(p)) {
        let response = app.get(&path).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!response.body.contains("Secret subject"));
    }
    // The database itself refuses a row of A pointing at an account of B.
    let scope_a = app.scope(&a);
    let forged = withus_db::entities::session::ActiveModel {
        id: withus_db::sea_orm::ActiveValue::Set("forged".into()),
        organisation_id: withus_db::sea_orm::ActiveValue::Set(a.id),
        account_id: withus_db::sea_orm::ActiveValue::Set(
            uuid::Uuid::parse_str(&ids.account).unwrap(),
        ),
        created_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
        expires_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
    };
    assert!(
        scope_a.insert(forged).await.is_err(),
        "composite foreign key must refuse a cross-organisation link"
    );
    // And the scope stamps its own organisation whatever the caller wrote.
    let count = scope_a
        .find::<outbox_message::Entity>()
        .all(&app.state.db)
        .await
        .unwrap()
        .len();
    assert_eq!(count, 0, "A's scope sees none of B's mail");
}

// Walks every route the router knows, as a member of organisation A holding every role,
// with the ids of B in the path, and fails if any page shows data of B.
both_databases!(tenancy_probe_walks_every_route, probe);
async fn probe(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let a = app.org("northbrook", "Northbrook Council").await;
    let b = app.org("riverside", "Riverside Trust").await;
    let ids = b_ids(&app, &b).await;
    // One account of A with every role, so no route is skipped for want of a role.
    let scope_a = app.scope(&a);
    let hashed = withus_web::kit::auth::password::hash(crate::harness::PASSWORD).unwrap();
    withus_web::admin::create(
        &scope_a,
        "Probe",
        "probe@northbrook.example",
        Some(hashed),
        &Role::ALL,
        false,
    )
    .await
    .unwrap();
    let r = app
        .sign_in("probe@northbrook.example", crate::harness::PASSWORD)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let markers = b_markers(&b);
    let mut walked = 0;
    for route in routes() {
        if route.path.contains("sign-out") || route.access == Access::PlatformAdmin {
            continue; // signing out ends the probe; platform pages are installation-wide by design
        }
        let has_id = route.path.contains('{');
        let path = ids.fill(route.path);
        assert!(
            !path.contains('{'),
            "the probe does not know how to fill {path}: add its parameter"
        );
        let response = if route.method == "GET" {
            app.get(&path).await
        } else {
            app.post(&path, &[]).await
        };
        for marker in &markers {
            assert!(
                !response.body.contains(marker.as_str()),
                "{} {path} showed {marker}",
                route.method
            );
        }
        // A framework is shipped data, the same for everyone, not another organisation's row.
        if has_id && !path.starts_with("/sign-in") && !route.path.contains("{framework}") {
            assert_eq!(
                response.status,
                StatusCode::NOT_FOUND,
                "{} {path}",
                route.method
            );
        }
        walked += 1;
    }
    assert!(walked >= 20, "the probe walked only {walked} routes");
}
