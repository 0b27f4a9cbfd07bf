//! Moving an opportunity to evaluating emails the questionnaire, and says to how many people
//! and how many it could not reach, so staff can phone or write to them.

use sea_orm::sea_query::Expr;
use withus_db::entities::person;

use super::*;
use crate::both_databases;

both_databases!(
    evaluating_says_whom_the_questionnaire_reached,
    evaluating_body
);
async fn evaluating_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    // Sam no longer agrees to email; Jo never gave an address.
    for given in ["Sam", "Jo"] {
        let id = person(&app, &org, given, &[], None).await;
        confirm(&scope, opp, id).await;
        let unreachable = if given == "Sam" {
            person::Column::ContactByEmail
        } else {
            person::Column::Email
        };
        let cleared = if given == "Sam" {
            Expr::value(false)
        } else {
            Expr::value(Option::<String>::None)
        };
        scope
            .update_many::<person::Entity>()
            .col_expr(unreachable, cleared)
            .filter(person::Column::Id.eq(id))
            .exec(scope.db())
            .await
            .unwrap();
    }
    let moved = app
        .post(
            &format!("/opportunities/{opp}/status"),
            &[("to", "evaluating")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let page = app.get(moved.location()).await;
    assert_eq!(
        page.text_of(".govuk-notification-banner__content"),
        "The opportunity has moved to evaluating. We emailed the questionnaire to 1 involved \
         person and 1 member of staff. We could not email 2 involved people: they have no email \
         address or did not agree to email. Phone or write to them."
    );
    let sent = scope
        .find::<outbox_message::Entity>()
        .all(scope.db())
        .await
        .unwrap();
    assert_eq!(sent.len(), 2, "Priya and the owner");
}
