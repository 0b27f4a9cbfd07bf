//! Times the board's annual report for one organisation at national scale. The data comes
//! from `withus generate` (people with census-like equality answers, opportunities across the
//! lifecycle meeting monthly, attendance, claims and payments, what people said), with what
//! the generator does not make yet added here: feedback for most past meetings, end-of-
//! involvement questionnaires and a hundred people's self-assessment. Prints the report as a
//! page, a PDF and a spreadsheet, the presence page and the dashboard, through the real
//! router. Figures, not a test.
//!
//!   cargo bench -p withus-web --bench annual                         # 20,000 people, 160,000 involvements
//!   BENCH_PEOPLE=5000 BENCH_INVOLVEMENTS=40000 cargo bench -p withus-web --bench annual
//!   BENCH_DATABASES=postgres (or sqlite) to measure one

mod common;

use std::collections::HashMap;
use std::time::Instant;

use chrono::{Duration, Utc};
use common::{PASSWORD, measure, on_databases, report, sign_in};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    assessment_rating, evaluation_answer, feedback, feedback_recipient, meeting, meeting_attendee,
};
use withus_db::sea_orm::{self, ColumnTrait, ConnectionTrait, QueryFilter};
use withus_web::assessment::frameworks::{FRAMEWORKS, RATINGS, statement_key};
use withus_web::auth::Role;
use withus_web::generate::{Plan, generate, insert};
use withus_web::{AppState, Config, admin};

const REQUESTS: usize = 10;

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Feedback for four past meetings in five, questionnaires, and ratings.
async fn extras(scope: &OrgScope) {
    let now = Utc::now();
    let meetings = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::EndsAt.lt(now))
        .all(scope.db())
        .await
        .expect("meetings");
    let mut expected: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for a in scope
        .find::<meeting_attendee::Entity>()
        .all(scope.db())
        .await
        .expect("attendees")
    {
        if let Some(p) = a.person_id {
            expected.entry(a.meeting_id).or_default().push(p);
        }
    }
    let (mut told, mut recipients, mut answers) = (vec![], vec![], vec![]);
    let mut opportunities = std::collections::HashSet::new();
    for (n, m) in meetings.iter().enumerate() {
        if opportunities.insert(m.opportunity_id) {
            for (k, group) in ["involved", "involved", "staff"].iter().enumerate() {
                answers.push(evaluation_answer::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    opportunity_id: Set(m.opportunity_id),
                    answered_as: Set((*group).into()),
                    person_id: Set(None),
                    account_id: Set(Some(Uuid::now_v7())),
                    rating_1: Set(Some(1 + (n + k) as i32 % 5)),
                    rating_3: Set(Some(1 + (n * k) as i32 % 5)),
                    submitted_at: Set(now - Duration::days(40)),
                    ..Default::default()
                });
            }
        }
        if n % 5 == 4 {
            continue;
        }
        let f = Uuid::now_v7();
        told.push(feedback::ActiveModel {
            id: Set(f),
            opportunity_id: Set(m.opportunity_id),
            meeting_id: Set(Some(m.id)),
            message: Set("Thank you.".into()),
            sent_at: Set(m.ends_at + Duration::days(10 + (n % 30) as i64)),
            ..Default::default()
        });
        let mut seen = std::collections::HashSet::new();
        for p in expected.get(&m.id).into_iter().flatten() {
            if seen.insert(*p) {
                recipients.push(feedback_recipient::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    feedback_id: Set(f),
                    person_id: Set(*p),
                    channel: Set("email".into()),
                    format: Set("standard".into()),
                    ..Default::default()
                });
            }
        }
    }
    let year = withus_web::assessment::rating::this_year();
    let mut ratings = Vec::new();
    for a in 0..100usize {
        let account = Uuid::now_v7();
        for f in FRAMEWORKS {
            for p in f.parts {
                for s in p.statements {
                    ratings.push(assessment_rating::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        year: Set(year),
                        statement: Set(statement_key(f, p, s)),
                        account_id: Set(account),
                        rated_as: Set(if a < 50 { "staff" } else { "involved" }.into()),
                        rating: Set(RATINGS[a % 4].0.into()),
                        evidence: Set(String::new()),
                        rated_at: Set(now),
                        ..Default::default()
                    });
                }
            }
        }
    }
    for result in [
        insert(scope, told).await,
        insert(scope, recipients).await,
        insert(scope, answers).await,
        insert(scope, ratings).await,
    ] {
        result.expect("extras");
    }
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
    };
    let made = generate(&state.db, &plan, &mut |_, _, _| {})
        .await
        .expect("generate");
    let org = withus_db::installation::organisation_by_slug(&state.db, "gen-1-0")
        .await
        .expect("organisation")
        .expect("made");
    let scope = OrgScope::new(state.db.clone(), org.id);
    let hashed = withus_web::auth::password::hash(PASSWORD).expect("hash");
    admin::routes::create(
        &scope,
        "Bench",
        "board@bench.example",
        Some(hashed),
        &[Role::Board],
        false,
    )
    .await
    .expect("account");
    extras(&scope).await;
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
