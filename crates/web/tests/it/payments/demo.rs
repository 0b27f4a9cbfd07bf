//! The demo data: claims in every state, under both policy versions, seen by finance and Jo.

use axum::http::StatusCode;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::claim;

use crate::both_databases;
use crate::harness::TestApp;

both_databases!(demo_has_claims_in_every_state, demo_body);
async fn demo_body(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    withus_web::demo::seed(&app.state.db, "demo-password-for-tests-1")
        .await
        .unwrap();
    let org = withus_db::installation::account_by_email(&app.state.db, "finance@demo.example")
        .await
        .unwrap()
        .unwrap()
        .organisation_id;
    let scope = OrgScope::new(app.state.db.clone(), org);
    let claims = scope.find::<claim::Entity>().all(scope.db()).await.unwrap();
    for status in ["submitted", "queried", "approved", "rejected", "paid"] {
        assert!(
            claims.iter().any(|c| c.status == status),
            "no {status} claim"
        );
    }
    let versions: std::collections::HashSet<Uuid> = claims.iter().map(|c| c.policy_id).collect();
    assert_eq!(versions.len(), 2, "claims under both policy versions");
    let mut f = app.new_browser();
    assert_eq!(
        f.sign_in("finance@demo.example", "demo-password-for-tests-1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let report = f.get("/payments/report").await;
    assert!(
        report.body.contains("claims are overdue"),
        "{}",
        report.body
    );
    // Jo has something left to claim for.
    let mut jo = app.new_browser();
    jo.sign_in("member@demo.example", "demo-password-for-tests-1")
        .await;
    let mine = jo.get("/my/payments").await;
    assert!(
        mine.body.contains("Claim for Carers&#39;") || mine.body.contains("Claim for Carers'"),
        "{}",
        mine.body
    );
    assert!(mine.body.contains("Paid"));
}
