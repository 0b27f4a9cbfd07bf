//! A person checks their claim before sending it (the GOV.UK "check answers" pattern): what
//! they claimed, what we pay back and the receipts, with the claim made only on "Send claim",
//! and "Change your claim" bringing back everything typed.

use axum::http::StatusCode;
use withus_db::entities::{claim, claim_receipt, receipt_upload};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};

use super::{PNG, setup};
use crate::both_databases;

both_databases!(a_claim_is_checked_before_it_is_sent, check_body);
async fn check_body(url: String) {
    let mut s = setup(&url).await;
    let path = format!("/my/payments/claim/{}", s.meeting);
    let form = s.member.get(&path).await;
    assert!(
        form.body.contains(">Continue</button>"),
        "the person checks before sending"
    );
    let typed = [
        ("public_transport", "6.40"),
        ("childcare", "40"),
        ("method", "bank_transfer"),
        ("note", "Bus \"there\" & <back>"),
    ];
    let check = s
        .member
        .upload_files(&path, &typed, &[("receipts", "bus.png", PNG)])
        .await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.body);
    let main = check.text_of("main");
    assert!(
        main.contains("Check your claim before you send it"),
        "{main}"
    );
    for shown in [
        "£50.00 for 2 hours 30 minutes",
        "£6.40",
        "£40.00",
        "bus.png",
        "Bank transfer",
        "Bus \"there\" & <back>",
        "We will pay you £96.40",
    ] {
        assert!(main.contains(shown), "{shown}: {main}");
    }
    let scope = s.app.scope(&s.org);
    let claims = || scope.find::<claim::Entity>().count(&s.app.state.db);
    assert_eq!(
        claims().await.unwrap(),
        0,
        "nothing is claimed until it is sent"
    );
    let waiting = scope
        .find::<receipt_upload::Entity>()
        .all(&s.app.state.db)
        .await
        .unwrap();
    assert_eq!(waiting.len(), 1);
    let waiting_id = waiting[0].id.to_string();
    assert!(check.body.contains(&format!("value=\"{waiting_id}\"")));
    assert!(
        check
            .body
            .contains("name=\"note\" value=\"Bus &#34;there&#34; &#38; &#60;back&#62;\""),
        "the note is carried in the form, escaped"
    );

    // "Change your claim" brings back the form as it was typed, the receipt still ticked.
    let mut carried: Vec<(&str, &str)> = typed.to_vec();
    carried.push(("waiting", &waiting_id));
    let mut change = carried.clone();
    change.push(("step", "change"));
    let again = s.member.upload_files(&path, &change, &[]).await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.body.contains("value=\"6.40\""));
    assert!(
        again
            .body
            .contains(&format!("value=\"{waiting_id}\" checked"))
    );
    assert_eq!(claims().await.unwrap(), 0);

    let mut send = carried.clone();
    send.push(("step", "send"));
    let made = s.member.upload_files(&path, &send, &[]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let c = scope
        .find::<claim::Entity>()
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.to_pay_pence, 9640);
    let receipts = scope
        .find::<claim_receipt::Entity>()
        .filter(claim_receipt::Column::ClaimId.eq(c.id))
        .count(&s.app.state.db)
        .await
        .unwrap();
    assert_eq!(
        receipts, 1,
        "the receipt sent with the first step joins the claim"
    );
}
