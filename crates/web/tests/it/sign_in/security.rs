//! Protections on every page: form tokens, security headers, and the client's address
//! behind a proxy.

use super::*;
use crate::both_databases;

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
