//! Who may claim and who may see receipts: only those who came, only their own claims, and
//! staff by role; files that are not photos or PDFs are refused.

use axum::http::StatusCode;
use withus_db::entities::claim_receipt;
use withus_web::kit::auth::Role;
use withus_web::meetings::queries as meetings;

use super::{claim_travel_and_childcare, meeting_attended, setup};
use crate::both_databases;
use crate::meetings::{member, person};

both_databases!(who_may_claim_and_see_receipts, access_body);
async fn access_body(url: String) {
    let mut s = setup(&url).await;
    // Not at the meeting: no claim.
    let other = person(&s.app, &s.org, "Sam", &[], None).await;
    let mut sam = member(&s.app, &s.org, other, "Sam").await;
    assert_eq!(
        sam.get(&format!("/my/payments/claim/{}", s.meeting))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Expected but did not come: no claim either.
    let scope = s.app.scope(&s.org);
    meetings::insert_attendee(&scope, s.meeting, Some(other), None, "member")
        .await
        .unwrap();
    assert_eq!(
        sam.get(&format!("/my/payments/claim/{}", s.meeting))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let id = claim_travel_and_childcare(&mut s).await;
    let receipt = scope
        .find::<claim_receipt::Entity>()
        .one(scope.db())
        .await
        .unwrap()
        .unwrap();
    let mine = format!("/my/payments/claims/{id}/receipts/{}", receipt.id);
    let staff_path = format!("/payments/claims/{id}/receipts/{}", receipt.id);
    let got = s.member.get(&mine).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.headers["content-type"], "image/png");
    assert!(
        got.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    // Someone else's claim and receipt are "not found" to Sam.
    assert_eq!(
        sam.get(&format!("/my/payments/claims/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(sam.get(&mine).await.status, StatusCode::NOT_FOUND);
    for (role, status) in [
        (Role::Finance, StatusCode::OK),
        (Role::Coordinator, StatusCode::OK),
        (Role::Staff, StatusCode::FORBIDDEN),
        (Role::Administrator, StatusCode::FORBIDDEN),
        (Role::Board, StatusCode::FORBIDDEN),
    ] {
        let mut b = s.app.new_browser();
        b.sign_in_as(&s.org, role).await;
        assert_eq!(b.get(&staff_path).await.status, status, "{role:?}");
    }
    // Coordinators approve nothing: that is finance's.
    let mut c = s.app.new_browser();
    c.sign_in_as(&s.org, Role::Coordinator).await;
    assert_eq!(
        c.post(&format!("/payments/claims/{id}/approve"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // A file that is not a photo or PDF is refused, whatever its name says.
    let m = meeting_attended(&s.app, &s.org, s.person, 5, 60).await;
    let r = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{m}"),
            &[
                ("step", "send"),
                ("method", "cash"),
                ("public_transport", "3"),
            ],
            &[("receipts", "ticket.png", b"<script>alert(1)</script>")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ticket.png must be a photo"));
}
