//! Times the board's annual report for one organisation at national scale. The data comes
//! from `withus generate` (people with census-like equality answers, opportunities across the
//! lifecycle meeting monthly, attendance, claims and payments, what people said, feedback for
//! most past meetings, end-of-involvement questionnaires and self-assessment). Prints the
//! report as a page, a PDF and a spreadsheet, the presence page and the dashboard, through the
//! real router. Figures, not a test.
//!
//!   cargo bench -p withus-web --bench annual                         # 20,000 people, 160,000 involvements
//!   BENCH_PEOPLE=5000 BENCH_INVOLVEMENTS=40000 cargo bench -p withus-web --bench annual
//!   BENCH_DATABASES=postgres (or sqlite) to measure one

mod common;

use std::time::Instant;

use common::{PASSWORD, measure, on_databases, report, sign_in};
use withus_db::OrgScope;
use withus_db::sea_orm::ConnectionTrait;
use withus_web::generate::{Plan, generate};
use withus_web::kit::auth::Role;
use withus_web::{AppState, Config, admin};

const REQUESTS: usize = 10;

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

async fn load(url: &str, people: usize, involvements: usize) -> AppState {
    let db = withus_db::connect_and_migrate(url).await.expect("migrate");
    let state = AppState::new(db, Config::for_tests(url))
        .await
        .expect("state");
    let started = Instant::now();
    let plan = Plan {
        organisations: 1,
        people,
        involvements,
        seed: 1,
        password_hash: None,
    };
    let made = generate(&state.db, &plan, &mut |_, _, _| {})
        .await
        .expect("generate");
    let org = withus_db::installation::organisation_by_slug(&state.db, "gen-1-0")
        .await
        .expect("organisation")
        .expect("made");
    let scope = OrgScope::new(state.db.clone(), org.id);
    let hashed = withus_web::kit::auth::password::hash(PASSWORD).expect("hash");
    admin::create(
        &scope,
        "Bench",
        "board@bench.example",
        Some(hashed),
        &[Role::Board],
        false,
    )
    .await
    .expect("account");
    state
        .db
        .execute_unprepared("ANALYZE")
        .await
        .expect("analyze");
    eprintln!("  {made:?}; loaded in {:.1?}", started.elapsed());
    state
}

async fn run(name: &str, url: &str, people: usize, involvements: usize) {
    eprintln!("{name}: loading");
    let state = load(url, people, involvements).await;
    let cookie = sign_in(&state, "board@bench.example").await;
    for (what, path) in [
        ("annual report, page", "/reports/annual"),
        ("annual report, PDF", "/reports/annual.pdf"),
        ("annual report, spreadsheet", "/reports/annual.xlsx"),
        ("presence and diversity", "/reports/presence"),
        ("dashboard", "/reports"),
    ] {
        report(name, what, measure(&state, &cookie, path, REQUESTS).await);
    }
}

#[tokio::main]
async fn main() {
    let people = setting("BENCH_PEOPLE", 20_000);
    let involvements = setting("BENCH_INVOLVEMENTS", 160_000);
    println!(
        "Annual report benchmark: one organisation from `withus generate`, {people} people, {involvements} people expected at meetings; {REQUESTS} requests each"
    );
    on_databases(|name, url| async move { run(name, &url, people, involvements).await }).await;
}
