//! Finance's decisions on a claim say whether the person was emailed, so finance knows when
//! to phone or write instead.

use sea_orm::sea_query::Expr;
use withus_db::entities::{outbox_message, person};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};

use super::{claim_travel_and_childcare, finance, paid_fields, setup, today};
use crate::both_databases;

const NOT_EMAILED: &str = "We could not email Alex Meeting: they have no email address or did \
                           not agree to email. Phone or write to them.";

both_databases!(
    a_person_who_cannot_be_emailed_is_named_for_a_call,
    cannot_be_emailed_body
);
async fn cannot_be_emailed_body(url: String) {
    let mut s = setup(&url).await;
    let id = claim_travel_and_childcare(&mut s).await;
    let scope = s.app.scope(&s.org);
    // Alex no longer agrees to email, though their address is kept.
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::ContactByEmail, Expr::value(false))
        .filter(person::Column::Id.eq(s.person))
        .exec(scope.db())
        .await
        .unwrap();
    let mut f = finance(&s).await;
    let asked = f
        .post(
            &format!("/payments/claims/{id}/query"),
            &[("message", "Which nursery was it?")],
        )
        .await;
    assert_eq!(
        asked.location(),
        format!("/payments/claims/{id}?done=queried&emailed=no")
    );
    let done = f.get(asked.location()).await;
    assert_eq!(
        done.text_of(".govuk-notification-banner__content"),
        format!("Question saved. {NOT_EMAILED}")
    );

    // Now without an address at all: the payment is recorded and nobody is emailed.
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::ContactByEmail, Expr::value(true))
        .col_expr(person::Column::Email, Expr::value(Option::<String>::None))
        .filter(person::Column::Id.eq(s.person))
        .exec(scope.db())
        .await
        .unwrap();
    s.member
        .upload_files(
            &format!("/my/payments/claims/{id}/answer"),
            &[("answer", "Little Acorns")],
            &[],
        )
        .await;
    f.post(&format!("/payments/claims/{id}/approve"), &[]).await;
    let fields = paid_fields(today());
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let paid = f
        .post(&format!("/payments/claims/{id}/paid"), &fields)
        .await;
    let done = f.get(paid.location()).await;
    assert_eq!(
        done.text_of(".govuk-notification-banner__content"),
        format!("Payment recorded. {NOT_EMAILED}")
    );
    let sent = scope
        .find::<outbox_message::Entity>()
        .all(scope.db())
        .await
        .unwrap();
    assert!(
        sent.iter().all(|m| !m.subject.contains("claim")),
        "no email about the claim: {:?}",
        sent.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
}
