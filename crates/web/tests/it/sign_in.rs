use axum::http::StatusCode;
use chrono::{Duration, Utc};
use withus_db::entities::{outbox_message, sign_in_link};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr};
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::{Org, PASSWORD, TestApp};

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

both_databases!(forms_without_the_token_are_refused, csrf);
async fn csrf(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let none = app
        .post_raw(
            "/sign-in",
            &[
                ("email", "staff@northbrook.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(none.status, StatusCode::FORBIDDEN);
    assert_eq!(none.text_of("h1"), "This form has expired");
    app.sign_in_as(&org, Role::Administrator).await;
    let forged = app
        .post_raw(
            "/admin/accounts",
            &[
                ("name", "Mallory"),
                ("email", "m@x.example"),
                ("role", "administrator"),
                ("csrf_token", "00ff"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // A token from before sign-in no longer works after it: sessions rotate.
    let mut fresh = app.new_browser();
    let before = fresh.csrf_token().await;
    fresh.sign_in_as(&org, Role::Administrator).await;
    let stale = fresh
        .post_raw("/sign-out", &[("csrf_token", &before)])
        .await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);
}

both_databases!(sessions_survive_a_restart_and_sign_out_everywhere, sessions);
async fn sessions(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Staff).await;
    let mut phone = app.new_browser();
    phone.sign_in_as(&org, Role::Staff).await;

    // A second server on the same database, as after a restart or behind a load balancer.
    let mut restarted = TestApp::start(&url, |_| {}).await;
    restarted.cookies = app.cookies.clone();
    assert_eq!(restarted.get("/home").await.status, StatusCode::OK);

    let out = restarted.post("/sign-out/everywhere", &[]).await;
    assert_eq!(out.location(), "/signed-out");
    assert_eq!(app.get("/home").await.status, StatusCode::SEE_OTHER);
    assert_eq!(phone.get("/home").await.status, StatusCode::SEE_OTHER);
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

both_databases!(pages_carry_security_headers, headers);
async fn headers(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let page = app.get("/").await;
    let csp = page
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(
        page.headers.get("x-content-type-options").unwrap(),
        "nosniff"
    );
    assert_eq!(page.headers.get("referrer-policy").unwrap(), "same-origin");
    assert!(!page.body.contains("<script>"), "no inline script");
    assert_eq!(
        page.text_of("html > body a.govuk-skip-link"),
        "Skip to main content"
    );
    assert!(page.body.contains("<html lang=\"en-GB\""));

    assert_eq!(app.get("/health").await.status, StatusCode::OK);
    let missing = app.get("/no/such/page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.text_of("h1"), "Page not found");
}

both_databases!(ended_sessions_are_pruned, prune);
async fn prune(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Staff).await;
    let sessions = || {
        app.scope(&org)
            .find::<withus_db::entities::session::Entity>()
    };
    assert_eq!(sessions().count(&app.state.db).await.unwrap(), 1);
    withus_db::installation::prune(&app.state.db, Utc::now())
        .await
        .unwrap();
    assert_eq!(
        sessions().count(&app.state.db).await.unwrap(),
        1,
        "a live session stays"
    );
    let later = Utc::now() + Duration::hours(withus_web::kit::auth::session::SESSION_HOURS + 1);
    withus_db::installation::prune(&app.state.db, later)
        .await
        .unwrap();
    assert_eq!(
        sessions().count(&app.state.db).await.unwrap(),
        0,
        "an ended session goes"
    );
}

both_databases!(
    the_session_cookie_names_its_organisation_and_works_only_with_it,
    cookie_names_organisation
);
async fn cookie_names_organisation(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let other = app.org("southmere", "Southmere").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let cookie = app.cookies["withus_session"].clone();
    let (named, secret) = cookie.split_once('.').expect("<organisation>.<secret>");
    assert_eq!(named, org.id.simple().to_string());
    assert_eq!(app.get("/home").await.status, StatusCode::OK);

    // The same secret under another organisation, or with none, signs nobody in.
    for forged in [format!("{}.{secret}", other.id.simple()), secret.to_owned()] {
        let mut browser = app.new_browser();
        browser.cookies.insert("withus_session".into(), forged);
        let home = browser.get("/home").await;
        assert_eq!(home.status, StatusCode::SEE_OTHER, "forged cookie let in");
    }
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

both_databases!(
    behind_a_proxy_the_client_cannot_choose_its_address,
    proxy_address
);
async fn proxy_address(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    app.org("northbrook", "Northbrook").await;
    // The client writes a new address each time; our proxy appends the one it really saw.
    for i in 0..30 {
        let mut tries = app.new_browser();
        tries.address = format!("10.9.{i}.1, 192.0.2.50");
        tries
            .sign_in(
                &format!("nobody{i}@northbrook.example"),
                "guess guess guess",
            )
            .await;
    }
    let mut last = app.new_browser();
    last.address = "10.9.99.1, 192.0.2.50".into();
    let r = last.sign_in("board@northbrook.example", PASSWORD).await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the proxy's address was counted"
    );
}
