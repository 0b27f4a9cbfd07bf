//! The limits a policy sets: the most for one cost of a kind and for one claim, said on the
//! form in plain words; the level above which finance checks a claim; and the receipts sent
//! with a claim that came back, kept so nobody chooses them twice.

use axum::http::StatusCode;
use chrono::NaiveDate;
use withus_db::entities::{claim, claim_receipt, receipt_upload};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};

use super::{PNG, finance, policy_with, setup};
use crate::both_databases;

both_databases!(receipts_wait_for_the_claim, receipts_wait_body);
async fn receipts_wait_body(url: String) {
    let mut s = setup(&url).await;
    let path = format!("/my/payments/claim/{}", s.meeting);
    let over = s
        .member
        .upload_files(
            &path,
            &[
                ("step", "send"),
                ("public_transport", "6.40"),
                ("childcare", "45"),
                ("method", "bank_transfer"),
            ],
            &[
                ("receipts", "bus.png", PNG),
                ("receipts", "nursery.pdf", b"%PDF-1.4 receipt"),
            ],
        )
        .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = over.text_of(".govuk-error-summary");
    assert!(
        summary.contains("The most we pay for childcare is £40.00 without agreement"),
        "{summary}"
    );
    assert!(over.body.contains("Receipts you have sent"));
    let scope = s.app.scope(&s.org);
    let waiting = scope
        .find::<receipt_upload::Entity>()
        .filter(receipt_upload::Column::PersonId.eq(s.person))
        .all(&s.app.state.db)
        .await
        .unwrap();
    assert_eq!(waiting.len(), 2, "both receipts wait for the claim");
    let bus = waiting.iter().find(|w| w.filename == "bus.png").unwrap();
    let nursery = waiting
        .iter()
        .find(|w| w.filename == "nursery.pdf")
        .unwrap();
    for w in &waiting {
        assert!(
            over.body.contains(&format!("value=\"{}\" checked", w.id)),
            "{} is offered, ticked",
            w.filename
        );
    }

    // Sent again with the amount put right and no files chosen: the ticked receipt joins
    // the claim; the unticked one is left out.
    let bus_id = bus.id.to_string();
    let made = s
        .member
        .upload_files(
            &path,
            &[
                ("step", "send"),
                ("public_transport", "6.40"),
                ("childcare", "40"),
                ("method", "bank_transfer"),
                ("waiting", &bus_id),
            ],
            &[],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let c = scope
        .find::<claim::Entity>()
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.expenses_pence, 4640);
    let receipts = scope
        .find::<claim_receipt::Entity>()
        .filter(claim_receipt::Column::ClaimId.eq(c.id))
        .all(&s.app.state.db)
        .await
        .unwrap();
    let names: Vec<&str> = receipts.iter().map(|r| r.filename.as_str()).collect();
    assert_eq!(names, ["bus.png"]);
    assert_eq!(receipts[0].data, PNG);
    assert_eq!(receipts[0].content_type, "image/png");
    let left: Vec<_> = scope
        .find::<receipt_upload::Entity>()
        .all(&s.app.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.id)
        .collect();
    assert_eq!(left, [nursery.id], "the joined receipt no longer waits");
}

both_databases!(claim_limits_from_the_policy, claim_limits_body);
async fn claim_limits_body(url: String) {
    let mut s = setup(&url).await;
    let path = format!("/my/payments/claim/{}", s.meeting);
    let receipt = [("receipts", "ticket.png", PNG)];
    // Version 1 keeps the sensible defaults: £500 a claim, checked above £250.
    let big = s
        .member
        .upload_files(
            &path,
            &[
                ("step", "send"),
                ("public_transport", "480"),
                ("childcare", "40"),
                ("method", "bank_transfer"),
            ],
            &receipt,
        )
        .await;
    assert_eq!(big.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = big.text_of(".govuk-error-summary");
    assert!(
        summary
            .contains("Your costs come to £520.00. The most we pay back for one claim is £500.00"),
        "{summary}"
    );

    // The administrator's limits are checked: the check level must be under the most.
    let from = NaiveDate::from_ymd_opt(2020, 1, 2).unwrap();
    let mut admin = s.app.new_browser();
    admin
        .sign_in_as(&s.org, withus_web::kit::auth::Role::Administrator)
        .await;
    let upside_down = [("most-per-claim", "500"), ("check-above", "600")];
    assert_eq!(
        policy_with(&mut admin, from, "20", "14", &upside_down).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let wrong = [("most-per-claim", "lots"), ("check-above", "100")];
    let r = admin.post("/payments/policy", &wrong).await;
    assert!(
        r.body
            .contains("Enter an amount in pounds from 0.01 to 10,000.00")
    );
    let own = [("most-per-claim", "1000"), ("check-above", "100")];
    assert_eq!(
        policy_with(&mut admin, from, "20", "14", &own).await,
        StatusCode::SEE_OTHER
    );
    let plain = s.member.get("/my/payments").await;
    assert!(
        plain
            .body
            .contains("The most we pay back for one claim&#39;s costs is £1,000.00")
            || plain
                .body
                .contains("The most we pay back for one claim's costs is £1,000.00"),
        "{}",
        plain.body
    );

    // Version 2 applies to the meeting, and £150 is above its check level.
    let made = s
        .member
        .upload_files(
            &path,
            &[
                ("step", "send"),
                ("public_transport", "150"),
                ("method", "bank_transfer"),
            ],
            &receipt,
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let mut f = finance(&s).await;
    let queue = f.get("/payments").await;
    assert!(
        queue.text_of("table").contains("Check: large expenses"),
        "£150 is above this policy's £100 check level"
    );
}
