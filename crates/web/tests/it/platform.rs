use axum::http::StatusCode;
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::{PASSWORD, TestApp};

both_databases!(platform_administrators_create_organisations, platform);
async fn platform(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let hashed = withus_web::kit::auth::password::hash(PASSWORD).unwrap();
    withus_web::admin::create(
        &scope,
        "Platform",
        "platform@northbrook.example",
        Some(hashed),
        &[Role::Administrator],
        true,
    )
    .await
    .unwrap();
    assert_eq!(
        app.sign_in("platform@northbrook.example", PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let bad = app
        .post(
            "/platform/organisations",
            &[("name", "Eastfield"), ("slug", "East Field")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"East Field\""));
    let ok = app
        .post(
            "/platform/organisations",
            &[("name", "Eastfield Carers Centre"), ("slug", "eastfield")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let list = app.get("/platform/organisations").await;
    assert!(list.body.contains("Eastfield Carers Centre"));
    let taken = app
        .post(
            "/platform/organisations",
            &[("name", "Again"), ("slug", "eastfield")],
        )
        .await;
    assert!(taken.body.contains("already uses this short name"));
}
