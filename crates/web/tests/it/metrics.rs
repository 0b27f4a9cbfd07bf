//! Monitoring: `/metrics` is off without a token and closed without it, counts what happens
//! (requests by route, failed mail, sign-in failures, rate-limit refusals), every request gets
//! an id that a 500 page shows, and `/ready` waits for the migrations.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::Utc;
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm::ConnectionTrait;
use withus_web::metrics::ready::{self, NotReady};

use crate::both_databases;
use crate::harness::{Response, TestApp};

const TOKEN: &str = "scrape-7f3a9c41d2";

async fn scrape(app: &mut TestApp, authorization: Option<&str>) -> Response {
    let mut request = Request::get("/metrics");
    if let Some(value) = authorization {
        request = request.header(header::AUTHORIZATION, value);
    }
    app.request(request.body(Body::empty()).unwrap()).await
}

async fn metrics(app: &mut TestApp) -> String {
    let response = scrape(app, Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    response.body
}

/// The value of one series, named and labelled exactly as rendered; 0 when it is not there yet.
fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.trim().parse().expect("a number"))
        .unwrap_or(0.0)
}

fn with_token(config: &mut withus_web::Config) {
    config.metrics_token = Some(TOKEN.into());
}

both_databases!(metrics_are_off_without_a_token, off);
async fn off(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let response = scrape(&mut app, Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    assert!(!response.body.contains("withus_http_requests_total"));
}

both_databases!(metrics_need_the_token_and_count_each_request_once, counts);
async fn counts(url: String) {
    let mut app = TestApp::start(&url, with_token).await;
    for refused in [None, Some("Bearer not-the-token"), Some(TOKEN)] {
        let response = scrape(&mut app, refused).await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED, "{refused:?}");
        assert_eq!(response.text_of("h1"), "You need a key to see this page");
        assert!(!response.body.contains("withus_http_requests_total"));
    }

    let known = r#"withus_http_requests_total{route="/accessibility",method="GET",status="200"}"#;
    let timed = r#"withus_http_request_duration_seconds_count{route="/accessibility"}"#;
    let unknown = r#"withus_http_requests_total{route="unmatched",method="GET",status="404"}"#;
    let before = metrics(&mut app).await;
    assert_eq!(
        app.get("/accessibility").await.status,
        StatusCode::OK,
        "a known route"
    );
    assert_eq!(
        app.get("/no/such/page-5e1d").await.status,
        StatusCode::NOT_FOUND
    );
    let after = metrics(&mut app).await;
    assert_eq!(value(&after, known), value(&before, known) + 1.0);
    assert_eq!(value(&after, timed), value(&before, timed) + 1.0);
    assert_eq!(value(&after, unknown), value(&before, unknown) + 1.0);
    assert!(
        !after.contains("page-5e1d"),
        "an unknown path is not a label"
    );
    let refusals = r#"withus_http_requests_total{route="/metrics",method="GET",status="401"}"#;
    assert_eq!(value(&after, refusals), 3.0);
    assert!(after.contains("# TYPE withus_http_request_duration_seconds histogram"));

    // What the database says, read at scrape time.
    assert_eq!(value(&after, "withus_database_up"), 1.0);
    assert!(value(&after, "withus_db_pool_connections") >= 1.0);
    for kind in ["mail", "import", "draw"] {
        assert!(after.contains(&format!("withus_jobs_waiting{{kind=\"{kind}\"}} 0\n")));
        assert!(after.contains(&format!("withus_jobs_failed{{kind=\"{kind}\"}} 0\n")));
    }
    assert!(after.contains("withus_lottery_jobs_running 0\n"));
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

both_databases!(mail_that_fails_or_is_kept_is_counted, mail);
async fn mail(url: String) {
    // Nothing listens on the port, so sending fails.
    let port = free_port();
    let mut app = TestApp::start(&url, |c| {
        with_token(c);
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    })
    .await;
    let org = app.org("northbrook", "Northbrook").await;
    let message = |subject| NewMessage {
        to: "carer@people.example",
        subject,
        body: "Here they are.",
        calendar: None,
    };
    outbox::enqueue(&app.scope(&org), message("Papers"), Utc::now())
        .await
        .unwrap();
    assert!(withus_web::mail::deliver_one(&app.state).await.unwrap());
    let text = metrics(&mut app).await;
    assert_eq!(value(&text, r#"withus_mail_total{result="failed"}"#), 1.0);
    assert_eq!(value(&text, r#"withus_mail_total{result="sent"}"#), 0.0);
    // Put off with backoff, so still waiting; not failed for good.
    assert_eq!(value(&text, r#"withus_jobs_waiting{kind="mail"}"#), 1.0);
    assert_eq!(value(&text, r#"withus_jobs_failed{kind="mail"}"#), 0.0);

    // Another server with no mail server keeps the next message, and counts only that.
    let mut other = TestApp::start(&url, with_token).await;
    outbox::enqueue(&other.scope(&org), message("Minutes"), Utc::now())
        .await
        .unwrap();
    assert!(withus_web::mail::deliver_one(&other.state).await.unwrap());
    let text = metrics(&mut other).await;
    assert_eq!(value(&text, r#"withus_mail_total{result="kept"}"#), 1.0);
    assert_eq!(value(&text, r#"withus_mail_total{result="failed"}"#), 0.0);
}

both_databases!(sign_in_failures_and_rate_limits_are_counted, sign_in);
async fn sign_in(url: String) {
    let mut app = TestApp::start(&url, with_token).await;
    let failed = app
        .sign_in("nobody@nowhere.example", "not the password at all")
        .await;
    assert_eq!(failed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = metrics(&mut app).await;
    assert_eq!(value(&text, "withus_sign_in_failures_total"), 1.0);
    assert_eq!(value(&text, "withus_rate_limit_refusals_total"), 0.0);

    let limit = withus_web::kit::auth::rate_limit::LINKS_PER_ACCOUNT;
    for _ in 0..limit {
        let asked = app
            .post("/sign-in/email", &[("email", "nobody@nowhere.example")])
            .await;
        assert_eq!(asked.status, StatusCode::OK);
    }
    let refused = app
        .post("/sign-in/email", &[("email", "nobody@nowhere.example")])
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let text = metrics(&mut app).await;
    assert_eq!(value(&text, "withus_rate_limit_refusals_total"), 1.0);
    assert_eq!(value(&text, "withus_sign_in_failures_total"), 1.0);
}

both_databases!(every_request_has_an_id_that_a_500_page_shows, request_ids);
async fn request_ids(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let get = |path: &str, id: &str| {
        Request::get(path)
            .header("x-request-id", id)
            .body(Body::empty())
            .unwrap()
    };
    let id_of = |response: &Response| {
        response
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    // A proxy's plain id is kept; anything else is replaced by one of ours.
    let kept = app.request(get("/accessibility", "lb-42.a_b")).await;
    assert_eq!(id_of(&kept), "lb-42.a_b");
    let replaced = app.request(get("/accessibility", "<b>x</b>")).await;
    let ours = id_of(&replaced);
    assert_eq!(ours.len(), 12, "{ours}");
    assert!(ours.chars().all(|c| c.is_ascii_hexdigit()), "{ours}");
    let fresh = id_of(&app.get("/accessibility").await);
    assert_eq!(fresh.len(), 12);
    assert_ne!(fresh, ours, "each request gets its own");

    // Break the database under a public page: the 500 page's reference is the request's id.
    app.state
        .db
        .execute_unprepared("DROP TABLE sign_in_links")
        .await
        .unwrap();
    let broken = app
        .request(get("/sign-in/email/some-token", "trace-500-check"))
        .await;
    assert_eq!(broken.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(id_of(&broken), "trace-500-check");
    assert!(
        broken.body.contains("trace-500-check"),
        "the page quotes the id: {}",
        broken.body
    );
}

both_databases!(ready_only_when_every_migration_has_run, readiness);
async fn readiness(url: String) {
    // A database no migration has touched yet (no app can start on it: it has no tables).
    let bare = withus_db::connect(&url).await.unwrap();
    assert!(matches!(
        ready::check(&bare).await,
        Err(NotReady::Migrations { missing }) if missing > 10
    ));
    drop(bare);

    let mut app = TestApp::start(&url, |_| {}).await;
    assert_eq!(ready::check(&app.state.db).await, Ok(()));
    let up = app.get("/ready").await;
    assert_eq!(up.status, StatusCode::OK);
    assert_eq!(up.body, "ready");

    // The newest migration forgotten, as for a server newer than its database.
    app.state
        .db
        .execute_unprepared(
            "DELETE FROM seaql_migrations \
             WHERE version = (SELECT MAX(version) FROM seaql_migrations)",
        )
        .await
        .unwrap();
    assert_eq!(
        ready::check(&app.state.db).await,
        Err(NotReady::Migrations { missing: 1 })
    );
    let behind = app.get("/ready").await;
    assert_eq!(behind.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(behind.body, "not ready: migrations still to run: 1");
    // The liveness check still answers: the server is alive, only not ready.
    assert_eq!(app.get("/health").await.status, StatusCode::OK);
}
