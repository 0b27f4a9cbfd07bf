//! Loads synthetic people into SQLite and PostgreSQL and prints how long the register's list
//! takes with two filters, and a name search, through the real router: p50 and p99 over
//! repeated requests. A benchmark that prints figures, not a test that can fail on speed.
//!
//!   cargo bench -p withus-web --bench register                 # 1,000,000 people
//!   BENCH_PEOPLE=100000 cargo bench -p withus-web --bench register
//!   BENCH_DATABASES=postgres (or sqlite) to measure one
//!   BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432/postgres (the default)

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;
use withus_db::OrgScope;
use withus_db::sea_orm::{ConnectionTrait, Database};
use withus_web::auth::Role;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;
use withus_web::{AppState, Config, admin, csrf, router};

const PASSWORD: &str = "tangerine orbit cloudy piano";
const ORGANISATIONS: usize = 20;
const REQUESTS: usize = 300;

const FIRST: [&str; 24] = [
    "Ada", "Bilal", "Chloe", "Dev", "Eilidh", "Farid", "Grace", "Hamza", "Iris", "Jo", "Kwame",
    "Lena", "Mo", "Niamh", "Olu", "Priya", "Rhys", "Sana", "Tom", "Usha", "Vic", "Wei", "Yusuf",
    "Zofia",
];
const LAST: [&str; 24] = [
    "Adeyemi", "Bennett", "Chen", "Davies", "Evans", "Fraser", "Green", "Hussain", "Iqbal",
    "Jones", "Kaur", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Quinn", "Rahman", "Smith",
    "Taylor", "Usman", "Walsh", "Young", "Zhou",
];

fn person(i: usize) -> PersonForm {
    let roles = ["service_user", "carer", "both", "other"];
    let needs = [
        "hearing_loop",
        "large_print",
        "step_free",
        "easy_read",
        "breaks",
    ];
    PersonForm {
        given_name: FIRST[i % FIRST.len()].into(),
        family_name: format!("{}{}", LAST[(i / 7) % LAST.len()], i % 1000),
        involvement_role: roles[i % 4].into(),
        email: format!("p{i}@bench.example"),
        postcode: format!("NB{} {}AA", 1 + i % 9, i % 10),
        access_needs: vec![needs[i % 5].into()],
        ways: vec![["in_person", "online"][i % 2].into()],
        ..PersonForm::default()
    }
}

async fn load(url: &str, people: usize) -> (AppState, String) {
    let db = withus_db::connect_and_migrate(url).await.expect("migrate");
    let state = AppState::new(db, Config::for_tests(url))
        .await
        .expect("state");
    let started = Instant::now();
    let per_org = people / ORGANISATIONS;
    let mut signed_in_email = String::new();
    for o in 0..ORGANISATIONS {
        let org = withus_db::installation::create_organisation(
            &state.db,
            &format!("bench-{o}"),
            &format!("Bench {o}"),
            chrono::Utc::now(),
        )
        .await
        .expect("organisation");
        let scope = OrgScope::new(state.db.clone(), org.id);
        if o == 0 {
            signed_in_email = "coordinator@bench-0.example".into();
            let hashed = withus_web::auth::password::hash(PASSWORD).expect("hash");
            admin::routes::create(
                &scope,
                "Bench",
                &signed_in_email,
                Some(hashed),
                &[Role::Coordinator],
                false,
            )
            .await
            .expect("account");
        }
        for chunk_start in (0..per_org).step_by(5_000) {
            let inputs: Vec<_> = (chunk_start..(chunk_start + 5_000).min(per_org))
                .map(|i| person(o * per_org + i).check().expect("valid"))
                .collect();
            queries::import(&scope, &inputs, None)
                .await
                .expect("import");
        }
        eprintln!(
            "  loaded organisation {}/{ORGANISATIONS} ({:.0?})",
            o + 1,
            started.elapsed()
        );
    }
    eprintln!("  {people} people loaded in {:.1?}", started.elapsed());
    // A live database keeps its planner statistics fresh (autovacuum); a fresh load needs this.
    state
        .db
        .execute_unprepared("ANALYZE")
        .await
        .expect("analyze");
    (state, signed_in_email)
}

async fn sign_in(state: &AppState, email: &str) -> String {
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

async fn measure(state: &AppState, cookie: &str, path: &str) -> (Duration, Duration) {
    let app = router(state.clone());
    let mut times = Vec::with_capacity(REQUESTS);
    for _ in 0..REQUESTS {
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

async fn run(name: &str, url: &str, people: usize) {
    eprintln!("{name}: loading");
    let (state, email) = load(url, people).await;
    let cookie = sign_in(&state, &email).await;
    for (what, path) in [
        (
            "list, role and access need",
            "/people?role=carer&need=hearing_loop",
        ),
        (
            "list, role and access need, page 40",
            "/people?role=carer&need=hearing_loop&page=40",
        ),
        ("name search", "/people?q=pat"),
        ("person list, no filter", "/people"),
    ] {
        let (p50, p99) = measure(&state, &cookie, path).await;
        println!(
            "{name:<10} {what:<38} p50 {:>8.2} ms   p99 {:>8.2} ms",
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3
        );
    }
}

#[tokio::main]
async fn main() {
    let people: usize = std::env::var("BENCH_PEOPLE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    println!(
        "Register benchmark: {people} people in {ORGANISATIONS} organisations ({} in the one measured), {REQUESTS} requests each",
        people / ORGANISATIONS
    );

    let only = std::env::var("BENCH_DATABASES").unwrap_or_else(|_| "sqlite,postgres".into());
    if only.contains("sqlite") {
        let dir = std::env::temp_dir().join(format!("withus-bench-{}", std::process::id()));
        let sqlite = format!("sqlite://{}/withus.db", dir.display());
        run("SQLite", &sqlite, people).await;
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
            run("PostgreSQL", &format!("{server}/{name}"), people).await;
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
                .await;
        }
        Err(e) => println!("PostgreSQL  not measured: {e}"),
    }
}
