//! The payment policy form and its versions, fees by version, travel booked in advance,
//! claims made for someone, and the cost calculator.

use axum::http::StatusCode;
use chrono::Duration;
use withus_db::entities::claim;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;

use super::{finance, meeting_attended, policy, setup, today};
use crate::both_databases;
use crate::meetings::opportunity;

both_databases!(versions_travel_and_claims_for_someone, versions_body);
async fn versions_body(url: String) {
    let mut s = setup(&url).await;
    // Version 2 from five days ago: £25 an hour.
    let from = today() - Duration::days(5);
    assert_eq!(
        policy(&mut s.app, from, "25", "10").await,
        StatusCode::SEE_OTHER
    );
    let page = s.app.get("/payments/policy").await;
    assert!(page.body.contains("Version 2 is in force"), "{}", page.body);
    let bad = s
        .app
        .post(
            "/payments/policy",
            &[("fee-1-amount", "lots"), ("fee-1-unit", "hour")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter an amount in pounds, like 25.00"));
    assert!(
        bad.body
            .contains("Select at least one way people can be paid")
    );
    assert!(bad.body.contains("value=\"lots\""));

    // The meeting 3 days ago falls under version 2; one 8 days ago under version 1.
    let old = meeting_attended(&s.app, &s.org, s.person, 8, 60).await;
    let mut coordinator = s.app.new_browser();
    coordinator.sign_in_as(&s.org, Role::Coordinator).await;
    let fees = coordinator
        .get(&format!("/meetings/{}/fees", s.meeting))
        .await;
    assert!(
        fees.body.contains("£62.50 for 2 hours 30 minutes"),
        "{}",
        fees.body
    );
    let fees_old = coordinator.get(&format!("/meetings/{old}/fees")).await;
    assert!(
        fees_old.body.contains("£20.00 for 1 hour"),
        "{}",
        fees_old.body
    );

    // Other staff see the fees but neither claim for people nor book travel.
    let mut staff = s.app.new_browser();
    staff.sign_in_as(&s.org, Role::Staff).await;
    let seen = staff.get(&format!("/meetings/{}/fees", s.meeting)).await;
    assert!(seen.body.contains("£62.50 for 2 hours 30 minutes"));
    assert!(!seen.body.contains("Claim for them") && !seen.body.contains("Ask for travel"));
    assert!(fees.body.contains("Claim for them") && fees.body.contains("Ask for travel"));
    // Travel booked in advance makes a taxi agreed.
    let r = coordinator
        .post(
            &format!("/meetings/{}/travel", s.meeting),
            &[
                ("person", &s.person.to_string()),
                ("details", "Taxi from home at 1pm"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut f = finance(&s).await;
    assert!(
        f.get("/payments")
            .await
            .body
            .contains("Taxi from home at 1pm")
    );
    // The coordinator claims for Alex, taxi included.
    let r = coordinator
        .upload_files(
            &format!("/meetings/{}/claims/{}", s.meeting, s.person),
            &[("taxi", "36"), ("method", "decline")],
            &[("receipts", "taxi.pdf", b"%PDF-1.4")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.eq(s.meeting))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(c.on_behalf);
    // £62.50 fee and the taxi capped at £30, nothing paid because Alex declined.
    assert_eq!(
        (c.fee_pence, c.expenses_pence, c.worth_pence, c.to_pay_pence),
        (6250, 3000, 9250, 0)
    );
    let old_claim = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{old}"),
            &[("step", "send"), ("method", "cash"), ("taxi", "10")],
            &[("receipts", "t.pdf", b"%PDF-1.4")],
        )
        .await;
    assert_eq!(old_claim.status, StatusCode::SEE_OTHER);
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.eq(old))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    // Version 1's £20, and no taxi: it was not booked for that meeting.
    assert_eq!((c.fee_pence, c.expenses_pence), (2000, 0));

    // The cost calculator: 4 places × 3 sessions of 2 hours at £25, £10 expenses each time.
    let opp = opportunity(&s.app, &s.org).await;
    let costs = coordinator
        .get(&format!(
            "/opportunities/{opp}/costs?places=4&sessions=3&hours=2&activity=meeting&expenses=10"
        ))
        .await;
    assert!(
        costs.body.contains("£600.00")
            && costs.body.contains("£120.00")
            && costs.body.contains("£720.00"),
        "{}",
        costs.body
    );
}
