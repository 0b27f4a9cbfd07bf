//! What the web benchmarks share: signing in through the router, timing requests, and
//! running a measurement on SQLite and on a fresh PostgreSQL database.

use std::future::Future;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;
use withus_db::sea_orm::{ConnectionTrait, Database};
use withus_web::AppState;
use withus_web::kit::csrf;
use withus_web::routes::router;

pub const PASSWORD: &str = "tangerine orbit cloudy piano";

/// Signs in through the real router and answers the session cookie.
pub async fn sign_in(state: &AppState, email: &str) -> String {
    let visitor = "bench-visitor";
    let token = csrf::token_for(&state.csrf_key, visitor);
    let body = serde_urlencoded::to_string([
        ("email", email),
        ("password", PASSWORD),
        ("csrf_token", &token),
    ])
    .expect("form");
    let response = router(state.clone())
        .oneshot(
            Request::post("/sign-in")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(
                    header::COOKIE,
                    format!("{}={visitor}", csrf::VISITOR_COOKIE),
                )
                .body(Body::from(body))
                .expect("request"),
        )
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "sign in");
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("withus_session="))
        .and_then(|c| c.split(';').next())
        .expect("session cookie")
        .to_owned()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// p50 and p99 of `requests` GETs of `path`, each read to the end.
pub async fn measure(
    state: &AppState,
    cookie: &str,
    path: &str,
    requests: usize,
) -> (Duration, Duration) {
    let app = router(state.clone());
    let mut times = Vec::with_capacity(requests);
    for _ in 0..requests {
        let started = Instant::now();
        let response = app
            .clone()
            .oneshot(
                Request::get(path)
                    .header(header::COOKIE, cookie)
                    .body(Body::empty())
                    .expect("request"),
            )
            .await
            .expect("response");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let _ = axum::body::to_bytes(response.into_body(), usize::MAX).await;
        times.push(started.elapsed());
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

pub fn report(database: &str, what: &str, (p50, p99): (Duration, Duration)) {
    println!(
        "{database:<10} {what:<38} p50 {:>8.2} ms   p99 {:>8.2} ms",
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

/// Runs `run(name, url)` on a temporary SQLite file and on a fresh PostgreSQL database (from
/// BENCH_POSTGRES), or only those named in BENCH_DATABASES.
pub async fn on_databases<F, Fut>(run: F)
where
    F: Fn(&'static str, String) -> Fut,
    Fut: Future<Output = ()>,
{
    let only = std::env::var("BENCH_DATABASES").unwrap_or_else(|_| "sqlite,postgres".into());
    if only.contains("sqlite") {
        let dir = std::env::temp_dir().join(format!("withus-bench-{}", std::process::id()));
        run("SQLite", format!("sqlite://{}/withus.db", dir.display())).await;
        let _ = std::fs::remove_dir_all(&dir);
    }
    if !only.contains("postgres") {
        return;
    }
    let admin_url = std::env::var("BENCH_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let name = format!("withus_bench_{}", std::process::id());
    match Database::connect(&admin_url).await {
        Ok(admin) => {
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create database");
            let server = admin_url
                .rsplit_once('/')
                .map(|(s, _)| s.to_owned())
                .unwrap_or(admin_url.clone());
            run("PostgreSQL", format!("{server}/{name}")).await;
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
                .await;
        }
        Err(e) => println!("PostgreSQL  not measured: {e}"),
    }
}
