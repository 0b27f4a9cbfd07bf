//! Signing in with an emailed link: once only, not once expired, and people choosing
//! a password or a link.

use super::*;
use crate::both_databases;

/// Requests a link for `email` and returns the token from the message in the outbox.
async fn link_token(app: &mut TestApp, org: &Org, email: &str) -> String {
    let response = app.post("/sign-in/email", &[("email", email)]).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    assert_eq!(response.text_of("h1"), "Check your email");
    let message = app
        .scope(org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq(email))
        .order_by_desc(outbox_message::Column::CreatedAt)
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("a message in the outbox");
    let start = message
        .body_text
        .find("/sign-in/email/")
        .expect("link in body")
        + "/sign-in/email/".len();
    message.body_text[start..start + 64].to_owned()
}

both_databases!(emailed_link_signs_in_once, emailed_link);
async fn emailed_link(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let token = link_token(&mut app, &org, "involved_person@northbrook.example").await;

    let confirm = app.get(&format!("/sign-in/email/{token}")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        !app.cookies.contains_key("withus_session"),
        "opening the link alone does not sign in"
    );
    let used = app.post(&format!("/sign-in/email/{token}"), &[]).await;
    assert_eq!(used.status, StatusCode::SEE_OTHER);
    let home = app.get("/home").await;
    assert_eq!(home.text_of("title"), "Your involvement – Withus");

    let mut other = app.new_browser();
    let again = other.post(&format!("/sign-in/email/{token}"), &[]).await;
    assert_eq!(again.status, StatusCode::GONE, "a link works once");
    assert!(!other.cookies.contains_key("withus_session"));

    let unknown = other
        .post("/sign-in/email", &[("email", "nobody@nowhere.example")])
        .await;
    assert_eq!(
        unknown.text_of("h1"),
        "Check your email",
        "no hint whether the account exists"
    );
}

both_databases!(expired_link_is_refused, expired_link);
async fn expired_link(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let token = link_token(&mut app, &org, "involved_person@northbrook.example").await;
    app.scope(&org)
        .update_many::<sign_in_link::Entity>()
        .col_expr(
            sign_in_link::Column::ExpiresAt,
            Expr::value(Utc::now() - Duration::minutes(1)),
        )
        .exec(&app.state.db)
        .await
        .expect("expire");
    let page = app.get(&format!("/sign-in/email/{token}")).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert_eq!(
        page.text_of("h1"),
        "This link has expired or was already used"
    );
    let used = app.post(&format!("/sign-in/email/{token}"), &[]).await;
    assert_eq!(used.status, StatusCode::GONE);
    assert!(!app.cookies.contains_key("withus_session"));
}

both_databases!(people_choose_password_or_link, choose_method);
async fn choose_method(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let mut member = app.new_browser();
    // Involved people in the test organisation start with a password; switch to links and back.
    member.sign_in_as(&org, Role::InvolvedPerson).await;
    let weak = member
        .post("/account/password", &[("new_password", "password1")])
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        weak.text_of(".govuk-error-summary")
            .contains("Password must be 10 characters or more")
    );
    let guessable = member
        .post("/account/password", &[("new_password", "password12345")])
        .await;
    assert!(
        guessable
            .text_of(".govuk-error-summary")
            .contains("too easy to guess")
    );
    let strong = member
        .post(
            "/account/password",
            &[("new_password", "violet quartz ember summit")],
        )
        .await;
    assert_eq!(strong.location(), "/account?saved=password");
    let saved = member.get("/account?saved=password").await;
    assert!(
        saved
            .text_of(".govuk-notification-banner")
            .contains("Your password has been saved")
    );

    let mut again = app.new_browser();
    let r = again
        .sign_in(
            "involved_person@northbrook.example",
            "violet quartz ember summit",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let link = member
        .post("/account/sign-in-method", &[("method", "link")])
        .await;
    assert_eq!(link.status, StatusCode::OK);
    assert!(link.body.contains("With a link sent by email"));
}
