//! Signing in with a password: the staff home, wrong passwords refused, rate limited, and
//! many of them emailing the owner a link.

use super::*;
use crate::both_databases;

both_databases!(password_sign_in_shows_staff_home, password_sign_in);
async fn password_sign_in(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let home = app.get("/home").await;
    assert_eq!(home.status, StatusCode::SEE_OTHER);
    assert_eq!(home.location(), "/sign-in?return_to=%2Fhome");

    let response = app
        .sign_in("Coordinator@northbrook.example ", PASSWORD)
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let cookie = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("withus_session="))
        .expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP must not mark the cookie Secure"
    );

    let home = app.get("/home").await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(
        home.text_of("h1"),
        "Hello, Northbrook Involvement coordinator"
    );
    assert_eq!(home.text_of("title"), "Home – Withus");
    assert!(home.body.contains(&org.name));
}

both_databases!(wrong_password_is_refused_and_keeps_email, wrong_password);
async fn wrong_password(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    app.org("northbrook", "Northbrook").await;
    let response = app
        .sign_in("staff@northbrook.example", "not the password")
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text_of(".govuk-error-summary")
            .contains("The email address or password is not right")
    );
    assert_eq!(response.text_of("title"), "Error: Sign in – Withus");
    assert!(
        response.body.contains("value=\"staff@northbrook.example\""),
        "the typed email is kept"
    );
    assert!(!app.cookies.contains_key("withus_session"));

    let empty = app
        .post("/sign-in", &[("email", ""), ("password", "")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .body
            .contains("href=\"#email\">Enter your email address")
    );
    assert!(
        empty
            .body
            .contains("href=\"#password\">Enter your password")
    );
}

both_databases!(sign_in_is_rate_limited, rate_limited);
async fn rate_limited(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    for _ in 0..5 {
        let r = app
            .sign_in("staff@northbrook.example", "wrong wrong wrong")
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let slowed = app.sign_in("staff@northbrook.example", PASSWORD).await;
    assert_eq!(
        slowed.status,
        StatusCode::TOO_MANY_REQUESTS,
        "straight after five wrong passwords, even the right one waits a moment"
    );
    assert!(
        slowed
            .text_of(".govuk-error-summary")
            .contains("Wait 2 seconds")
    );
    // The account is slowed, never locked: its owner gets in after the short wait.
    tokio::time::sleep(std::time::Duration::from_millis(2_100)).await;
    let owner = app.sign_in("staff@northbrook.example", PASSWORD).await;
    assert_eq!(
        owner.status,
        StatusCode::SEE_OTHER,
        "the owner is not locked out"
    );

    // Another account from another address is not held up.
    let mut elsewhere = app.new_browser();
    elsewhere.address = "198.51.100.7".into();
    elsewhere.sign_in_as(&org, Role::Finance).await;

    // One address trying many accounts is held up too.
    let mut sprayer = app.new_browser();
    sprayer.address = "192.0.2.99".into();
    for i in 0..30 {
        sprayer
            .sign_in(
                &format!("nobody{i}@northbrook.example"),
                "guess guess guess",
            )
            .await;
    }
    let r = sprayer.sign_in("board@northbrook.example", PASSWORD).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);

    let mut links = app.new_browser();
    links.address = "198.51.100.8".into();
    for _ in 0..3 {
        let r = links
            .post(
                "/sign-in/email",
                &[("email", "involved_person@northbrook.example")],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let r = links
        .post(
            "/sign-in/email",
            &[("email", "involved_person@northbrook.example")],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("too many sign-in links")
    );
}

both_databases!(
    many_wrong_passwords_email_the_owner_a_link,
    wrong_passwords_send_link
);
async fn wrong_passwords_send_link(url: String) {
    use withus_db::installation;
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let email = "finance@northbrook.example";
    // Nine wrong passwords long enough ago that no wait is left, but inside the window.
    let key = withus_web::kit::auth::rate_limit::account_key("password", email);
    for _ in 0..9 {
        installation::record_attempt(&app.state.db, &key, Utc::now() - Duration::minutes(5))
            .await
            .unwrap();
    }
    let sent_before = app
        .scope(&org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq(email))
        .count(&app.state.db)
        .await
        .unwrap();
    let r = app.sign_in(email, "not the password at all").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let sent_after = app
        .scope(&org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq(email))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(
        sent_after,
        sent_before + 1,
        "the tenth wrong password emails the owner a link"
    );
}
