//! Loads synthetic people into SQLite and PostgreSQL and prints how long the register's list
//! takes with two filters, and a name search, through the real router: p50 and p99 over
//! repeated requests. A benchmark that prints figures, not a test that can fail on speed.
//!
//!   cargo bench -p withus-web --bench register                 # 1,000,000 people
//!   BENCH_PEOPLE=100000 cargo bench -p withus-web --bench register
//!   BENCH_DATABASES=postgres (or sqlite) to measure one
//!   BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432/postgres (the default)

mod common;

use std::time::Instant;

use common::{PASSWORD, measure, on_databases, report, sign_in};
use withus_db::OrgScope;
use withus_db::sea_orm::ConnectionTrait;
use withus_web::kit::auth::Role;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;
use withus_web::{AppState, Config, admin};

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
            let hashed = withus_web::kit::auth::password::hash(PASSWORD).expect("hash");
            admin::create(
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
        report(name, what, measure(&state, &cookie, path, REQUESTS).await);
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

    on_databases(|name, url| async move { run(name, &url, people).await }).await;
}
