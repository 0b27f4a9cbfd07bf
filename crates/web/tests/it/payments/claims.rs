//! A claim from the person's side to finance's: claimed, approved and paid, or queried,
//! answered and rejected.

use axum::http::StatusCode;
use withus_db::entities::{claim, outbox_message};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};

use super::{claim_travel_and_childcare, finance, paid_fields, setup, today};
use crate::both_databases;

both_databases!(claim_approved_and_paid, claim_approved_and_paid_body);
async fn claim_approved_and_paid_body(url: String) {
    let mut s = setup(&url).await;
    let page = s.member.get("/my/payments").await;
    assert!(
        page.body.contains("Claim for Strategy group 3"),
        "{}",
        page.body
    );
    // The policy in plain words, with the benefits note and the organisation's signposting.
    assert!(
        page.body
            .contains("£20.00 an hour for anyone, for any activity.")
    );
    assert!(
        page.body
            .contains("Childcare: what it cost you, up to £40.00.")
    );
    assert!(page.body.contains("Being paid may affect benefits"));
    assert!(page.body.contains("Northbrook Welfare Rights"));
    let form = s
        .member
        .get(&format!("/my/payments/claim/{}", s.meeting))
        .await;
    assert!(
        form.body.contains("£50.00 for 2 hours 30 minutes"),
        "{}",
        form.body
    );

    // Mistakes are explained and what was typed is kept.
    let wrong = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{}", s.meeting),
            &[
                ("step", "send"),
                ("public_transport", "six pounds"),
                ("childcare", "40"),
            ],
            &[],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("Enter the cost of bus, train or tram in pounds")
    );
    assert!(wrong.body.contains("Select how you want to be paid"));
    assert!(wrong.body.contains("Add a receipt for your costs"));
    assert!(wrong.body.contains("value=\"six pounds\""));

    let id = claim_travel_and_childcare(&mut s).await;
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.id, id);
    // £50 fee; £6.40 bus; childcare £40, its cap: £96.40, reconciled to the penny.
    assert_eq!(
        (c.fee_pence, c.expenses_pence, c.to_pay_pence),
        (5000, 4640, 9640)
    );
    assert_eq!(c.status, "submitted");
    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(mine.body.contains("bus.png") && mine.body.contains("nursery.pdf"));

    let mut f = finance(&s).await;
    let list = f.get("/payments").await;
    assert!(list.body.contains("Alex Meeting"));
    assert!(
        !list.body.contains("Check: large expenses"),
        "£46.40 of expenses is not large"
    );
    assert_eq!(
        f.post(&format!("/payments/claims/{id}/approve"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let fields = paid_fields(today());
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = f
        .post(&format!("/payments/claims/{id}/paid"), &fields)
        .await;
    assert_eq!(
        r.location(),
        format!("/payments/claims/{id}?done=paid&emailed=yes")
    );
    let done = f.get(r.location()).await;
    assert_eq!(
        done.text_of(".govuk-notification-banner__content"),
        "Payment recorded. We emailed Alex Meeting."
    );

    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(mine.body.contains("Paid"));
    assert!(mine.body.contains("BACS-0042"));
    let home = s.member.get("/my/payments").await;
    assert!(home.body.contains("£96.40"), "tax-year total");
    let mail = s
        .app
        .scope(&s.org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.eq("Your claim has been paid"))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .expect("paid email");
    assert!(mail.body_text.contains("£96.40"));
    // A second claim for the same activity is not possible: the form leads to the first.
    let again = s
        .member
        .get(&format!("/my/payments/claim/{}", s.meeting))
        .await;
    assert_eq!(again.location(), format!("/my/payments/claims/{id}"));
}

both_databases!(queries_and_rejections, queries_and_rejections_body);
async fn queries_and_rejections_body(url: String) {
    let mut s = setup(&url).await;
    let id = claim_travel_and_childcare(&mut s).await;
    let mut f = finance(&s).await;
    let empty = f
        .post(&format!("/payments/claims/{id}/query"), &[("message", "")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Enter the question to ask"));
    let asked = f
        .post(
            &format!("/payments/claims/{id}/query"),
            &[("message", "Which nursery was it?")],
        )
        .await;
    assert_eq!(
        asked.location(),
        format!("/payments/claims/{id}?done=queried&emailed=yes")
    );
    let done = f.get(asked.location()).await;
    assert_eq!(
        done.text_of(".govuk-notification-banner__content"),
        "Question sent. We emailed Alex Meeting."
    );
    let mail = s
        .app
        .scope(&s.org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.eq("A question about your claim"))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .expect("query email");
    assert_eq!(mail.to_address, "alex@people.example");
    assert!(mail.body_text.contains("Which nursery was it?"));
    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(
        mine.body.contains("Which nursery was it?") && mine.body.contains("Answer the question")
    );
    let answered = s
        .member
        .upload_files(
            &format!("/my/payments/claims/{id}/answer"),
            &[("answer", "Little Acorns, on the high street")],
            &[("receipts", "acorns.jpg", &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2])],
        )
        .await;
    assert_eq!(
        answered.location(),
        format!("/my/payments/claims/{id}?answered=1")
    );
    let thanked = s.member.get(answered.location()).await;
    assert_eq!(
        thanked.text_of(".govuk-notification-banner__content"),
        "Thank you. We sent your answer to finance. They will look at your claim again. \
         This page will show what they decide."
    );
    let back = f.get(&format!("/payments/claims/{id}")).await;
    assert!(back.body.contains("Little Acorns") && back.body.contains("acorns.jpg"));
    assert!(back.body.contains("Sent"));
    let no_reason = f
        .post(&format!("/payments/claims/{id}/reject"), &[("reason", "")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason
            .body
            .contains("Enter why the claim will not be paid")
    );
    let rejected = f
        .post(
            &format!("/payments/claims/{id}/reject"),
            &[("reason", "Childcare was arranged by us")],
        )
        .await;
    let done = f.get(rejected.location()).await;
    assert_eq!(
        done.text_of(".govuk-notification-banner__content"),
        "Claim marked as not to be paid. We emailed Alex Meeting."
    );
    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(mine.body.contains("Not paid") && mine.body.contains("Childcare was arranged by us"));
    // Rejected is final: it cannot be approved or paid afterwards.
    f.post(&format!("/payments/claims/{id}/approve"), &[]).await;
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, "rejected");
}

both_databases!(no_policy_lifts_the_ceilings, ceilings);
async fn ceilings(url: String) {
    let mut s = setup(&url).await;
    let path = format!("/my/payments/claim/{}", s.meeting);
    let receipt = [("receipts", "bus.png", super::PNG)];
    let fare = s
        .member
        .upload_files(
            &path,
            &[
                ("step", "send"),
                ("public_transport", "1,000,000"),
                ("method", "bank_transfer"),
            ],
            &receipt,
        )
        .await;
    assert_eq!(fare.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        fare.text_of(".govuk-error-summary")
            .contains("The cost of bus, train or tram must be £1,000.00 or less"),
        "{}",
        fare.text_of(".govuk-error-summary")
    );
    assert!(
        fare.body.contains("value=\"1,000,000\""),
        "what was typed is kept"
    );
    for miles in ["5000", "1000000"] {
        let far = s
            .member
            .upload_files(
                &path,
                &[
                    ("step", "send"),
                    ("mileage", miles),
                    ("method", "bank_transfer"),
                ],
                &[],
            )
            .await;
        assert_eq!(far.status, StatusCode::UNPROCESSABLE_ENTITY, "{miles}");
        let summary = far.text_of(".govuk-error-summary");
        assert!(summary.contains("Miles must be 1"), "{miles}: {summary}");
        assert!(summary.contains("or fewer"), "{miles}: {summary}");
        assert!(!summary.contains("like 12.5"), "{miles}: {summary}");
    }
    let under = s
        .member
        .upload_files(
            &path,
            &[
                ("step", "send"),
                ("public_transport", "300"),
                ("method", "bank_transfer"),
            ],
            &receipt,
        )
        .await;
    assert_eq!(under.status, StatusCode::SEE_OTHER, "{}", under.body);
    let mut f = finance(&s).await;
    let queue = f.get("/payments").await;
    assert!(queue.body.contains("Alex Meeting"));
    assert!(
        queue.text_of("table").contains("Check: large expenses"),
        "£300 of expenses is marked for a second look"
    );
}
