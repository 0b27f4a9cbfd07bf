//! After a decision on someone's interest: the person is told by email when they agreed to
//! email, and the interest page says what was decided and whether an email went.

use withus_db::entities::person;
use withus_db::sea_orm::sea_query::Expr;

use super::*;
use crate::both_databases;

/// The link to decide on `name`'s interest, from the interest page.
fn decide_link(body: &str, id: &str, name: &str) -> String {
    let marker = format!("href=\"/opportunities/{id}/interest/");
    body.split(&marker)
        .skip(1)
        .find(|piece| piece.split("</a>").next().unwrap_or("").contains(name))
        .and_then(|piece| piece.split('"').next())
        .map(|interest| format!("/opportunities/{id}/interest/{interest}"))
        .unwrap_or_else(|| panic!("no link to decide on {name}"))
}

async fn messages_to(app: &TestApp, org: &Org, address: &str) -> Vec<outbox_message::Model> {
    use withus_db::sea_orm::EntityTrait;
    let all = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(address))
        .all(&app.state.db)
        .await
        .unwrap();
    let scope = app.scope(org);
    all.into_iter()
        .filter(|m| m.organisation_id == scope.organisation_id())
        .collect()
}

/// Records whether `given` agreed to be contacted by email.
async fn agree_to_email(app: &TestApp, org: &Org, given: &str, agreed: bool) {
    app.scope(org)
        .update_many::<person::Entity>()
        .col_expr(person::Column::ContactByEmail, Expr::value(agreed))
        .filter(person::Column::GivenName.eq(given))
        .exec(&app.state.db)
        .await
        .unwrap();
}

both_databases!(a_decision_is_emailed_and_the_page_says_so, told);
async fn told(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let ready: Vec<(&str, &str)> = DRAFT.iter().chain(READY).copied().collect();
    let id = create(&mut app, &ready).await;
    app.post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    let mut kim = member(&app, &org, "Kim").await;
    let mut lou = member(&app, &org, "Lou").await;
    for m in [&mut kim, &mut lou] {
        m.post(
            &format!("/my/opportunities/{id}/interest"),
            &[("note", ""), ("access_needs", ""), ("step", "send")],
        )
        .await;
    }
    // Lou asked to be contacted by post, not email.
    agree_to_email(&app, &org, "Lou", false).await;
    let page = app.get(&format!("/opportunities/{id}/interest")).await;
    assert!(
        page.text_of(".govuk-notification-banner").is_empty(),
        "no banner before any decision"
    );
    let (to_kim, to_lou) = (
        decide_link(&page.body, &id, "Kim Match"),
        decide_link(&page.body, &id, "Lou Match"),
    );

    let offered = app
        .post(&to_kim, &[("decision", "offered"), ("reason", "")])
        .await;
    assert_eq!(offered.status, StatusCode::SEE_OTHER);
    assert!(
        offered.location().ends_with("&emailed=yes"),
        "{}",
        offered.location()
    );
    let banner = app.get(offered.location()).await;
    assert_eq!(
        banner.text_of(".govuk-notification-banner__heading"),
        "You offered Kim Match a place. We emailed them to say so."
    );
    let mail = messages_to(&app, &org, "kim@people.example").await;
    assert_eq!(mail.len(), 1, "one email to Kim");
    assert_eq!(mail[0].subject, "A place for you: Carers' strategy panel");
    assert!(
        mail[0]
            .body_text
            .contains(&format!("/my/opportunities/{id}")),
        "the email says where to answer: {}",
        mail[0].body_text
    );

    let reason = "We needed people who use the day centre this time.";
    let not_chosen = app
        .post(&to_lou, &[("decision", "not_selected"), ("reason", reason)])
        .await;
    assert!(not_chosen.location().ends_with("&emailed=no"));
    let banner = app.get(not_chosen.location()).await;
    let said = banner.text_of(".govuk-notification-banner__heading");
    assert!(
        said.starts_with("You told Lou Match they were not chosen this time.")
            && said.ends_with("Tell them by phone or post."),
        "{said}"
    );
    assert!(
        messages_to(&app, &org, "lou@people.example")
            .await
            .is_empty(),
        "Lou did not agree to email"
    );

    // Once Lou agrees to email, the reason reaches them in the message.
    agree_to_email(&app, &org, "Lou", true).await;
    app.post(&to_lou, &[("decision", "not_selected"), ("reason", reason)])
        .await;
    let mail = messages_to(&app, &org, "lou@people.example").await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].body_text.contains(reason), "{}", mail[0].body_text);
}
