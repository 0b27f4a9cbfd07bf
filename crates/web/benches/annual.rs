//! Times the board's annual report for one organisation at national scale: a large trust with
//! tens of thousands of people on its register (each with equality answers, a fifth of them
//! answered twice), hundreds of opportunities meeting monthly for a year, attendance, claims
//! and payments, feedback, contributions, questionnaires and two groups' self-assessment.
//! Prints the time of the report as a page, as a PDF and as a spreadsheet, and of the
//! presence page and the dashboard, through the real router. Figures, not a test.
//!
//!   cargo bench -p withus-web --bench annual                 # 20,000 people, 400 opportunities
//!   BENCH_PEOPLE=5000 BENCH_OPPORTUNITIES=100 cargo bench -p withus-web --bench annual
//!   BENCH_DATABASES=postgres (or sqlite) to measure one

mod common;

use std::time::Instant;

use chrono::{Duration, Utc};
use common::{PASSWORD, measure, on_databases, report, sign_in};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    assessment_rating, claim, contribution, equality_answer, evaluation_answer, feedback,
    feedback_recipient, meeting, meeting_attendee, payment, payment_policy,
};
use withus_db::sea_orm::{self, ConnectionTrait};
use withus_web::auth::Role;
use withus_web::opportunities::forms::OpportunityInput;
use withus_web::people::forms::PersonForm;
use withus_web::{AppState, Config, admin};

const MEETINGS: i64 = 12;
const EXPECTED: usize = 10;
const REQUESTS: usize = 10;

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Inserts rows a few hundred at a time (SQLite takes at most 32,766 values a statement).
async fn insert_all<A>(scope: &OrgScope, rows: Vec<A>)
where
    A: sea_orm::ActiveModelTrait + Clone + Send,
    <A::Entity as sea_orm::EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
    A::Entity: withus_db::OrgOwned,
{
    for chunk in rows.chunks(300) {
        scope.insert_many(chunk.to_vec()).await.expect("insert");
    }
}

fn pick<'a>(list: &'a [&'a str], n: usize) -> &'a str {
    list[n % list.len()]
}

async fn load(url: &str, people: usize, opportunities: usize) -> AppState {
    let db = withus_db::connect_and_migrate(url).await.expect("migrate");
    let state = AppState::new(db, Config::for_tests(url))
        .await
        .expect("state");
    let started = Instant::now();
    let org =
        withus_db::installation::create_organisation(&state.db, "bench", "Bench Trust", Utc::now())
            .await
            .expect("organisation");
    let scope = OrgScope::new(state.db.clone(), org.id);
    let hashed = withus_web::auth::password::hash(PASSWORD).expect("hash");
    let by = admin::routes::create(
        &scope,
        "Bench",
        "board@bench.example",
        Some(hashed),
        &[Role::Board],
        false,
    )
    .await
    .expect("account");
    let inputs: Vec<_> = (0..people)
        .map(|i| {
            PersonForm {
                given_name: format!("Person{i}"),
                family_name: "Bench".into(),
                involvement_role: "carer".into(),
                email: format!("p{i}@bench.example"),
                contact: vec!["email".into()],
                ..PersonForm::default()
            }
            .check()
            .expect("valid")
        })
        .collect();
    for chunk in inputs.chunks(2_000) {
        withus_web::people::queries::import(&scope, chunk, None)
            .await
            .expect("people");
    }
    let ids: Vec<Uuid> = scope
        .find::<withus_db::entities::person::Entity>()
        .all(scope.db())
        .await
        .expect("people")
        .into_iter()
        .map(|p| p.id)
        .collect();
    let now = Utc::now();
    let mut answers = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let times = if i % 5 == 0 { 2 } else { 1 };
        for t in 0..times {
            answers.push(equality_answer::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(*id),
                birth_year: Set((i % 3 == 0).then_some(1940 + (i % 60) as i32)),
                age_band: Set(Some(
                    pick(&["16_24", "25_44", "45_64", "65_74", "75_84"], i).into(),
                )),
                sex: Set(Some(
                    pick(&["female", "male", "female", "prefer_not_to_say"], i + t).into(),
                )),
                gender_same_as_birth: Set(Some(pick(&["yes", "yes", "yes", "no"], i).into())),
                sexual_orientation: Set(Some(
                    pick(&["straight", "straight", "gay_lesbian", "bisexual"], i).into(),
                )),
                ethnic_group: Set(Some(
                    pick(
                        &[
                            "white_british",
                            "white_british",
                            "asian_indian",
                            "black_african",
                            "mixed_other",
                        ],
                        i,
                    )
                    .into(),
                )),
                religion: Set(Some(
                    pick(&["none", "christian", "muslim", "hindu"], i).into(),
                )),
                long_term_condition: Set(Some(pick(&["yes", "no"], i).into())),
                condition_impact: Set(Some(pick(&["a_lot", "a_little", "not_at_all"], i).into())),
                unpaid_care: Set(Some(
                    pick(&["no", "9_or_less", "20_34", "50_plus"], i).into(),
                )),
                answered_at: Set(now - Duration::days(700 - 300 * t as i64)),
                recorded_by: Set(None),
                ..Default::default()
            });
        }
    }
    insert_all(&scope, answers).await;
    let policy = Uuid::now_v7();
    scope
        .insert(payment_policy::ActiveModel {
            id: Set(policy),
            version: Set(1),
            effective_from: Set((now - Duration::days(800)).date_naive()),
            days_to_pay: Set(14),
            methods: Set("bank_transfer".into()),
            fees: Set(String::new()),
            expenses: Set(String::new()),
            benefits_note: Set(String::new()),
            created_by: Set(None),
            created_at: Set(now),
            ..Default::default()
        })
        .await
        .expect("policy");
    let levels = [
        "informing",
        "consulting",
        "participation",
        "delegated_power",
        "empowerment",
    ];
    let org_levels = ["daily", "service", "organisation", "strategic"];
    let areas = [
        "teaching",
        "research",
        "service_design",
        "commissioning",
        "governance",
    ];
    let (mut meetings, mut attendees, mut claims, mut payments) = (vec![], vec![], vec![], vec![]);
    let (mut told, mut recipients, mut said, mut evaluations) = (vec![], vec![], vec![], vec![]);
    for n in 0..opportunities {
        let o = withus_web::opportunities::queries::save(
            &scope,
            None,
            &OpportunityInput {
                title: format!("Opportunity {n}"),
                summary: "Shape a service.".into(),
                purpose: "Better care.".into(),
                level: Some(pick(&levels, n).into()),
                org_level: Some(pick(&org_levels, n / 3).into()),
                area: Some(pick(&areas, n / 7).into()),
                way: "both".into(),
                places: 10,
                ..Default::default()
            },
            by,
        )
        .await
        .expect("opportunity");
        let who = |k: usize| ids[(n * 37 + k * 11) % ids.len()];
        for m in 0..MEETINGS {
            let starts = now - Duration::days(5 + m * 30);
            let id = Uuid::now_v7();
            meetings.push(meeting::ActiveModel {
                id: Set(id),
                opportunity_id: Set(o),
                title: Set(format!("Meeting {m}")),
                starts_at: Set(starts),
                ends_at: Set(starts + Duration::hours(2)),
                high_level: Set(m % 4 == 0),
                activity: Set("meeting".into()),
                sequence: Set(0),
                created_at: Set(starts),
                updated_at: Set(starts),
                ..Default::default()
            });
            let f = Uuid::now_v7();
            told.push(feedback::ActiveModel {
                id: Set(f),
                opportunity_id: Set(o),
                meeting_id: Set(Some(id)),
                message: Set("Thank you.".into()),
                sent_at: Set(starts + Duration::days(10 + m % 30)),
                ..Default::default()
            });
            for k in 0..EXPECTED {
                let person = who(k + m as usize);
                attendees.push(meeting_attendee::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    meeting_id: Set(id),
                    person_id: Set(Some(person)),
                    kind: Set("member".into()),
                    attendance: Set(Some(if k == 9 { "apologies" } else { "attended" }.into())),
                    minutes: Set(Some(120)),
                    ..Default::default()
                });
                recipients.push(feedback_recipient::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    feedback_id: Set(f),
                    person_id: Set(person),
                    channel: Set("email".into()),
                    format: Set("standard".into()),
                    ..Default::default()
                });
                if k % 3 == 0 {
                    let c = Uuid::now_v7();
                    let paid = k != 6;
                    claims.push(claim::ActiveModel {
                        id: Set(c),
                        person_id: Set(person),
                        meeting_id: Set(id),
                        policy_id: Set(policy),
                        status: Set(if paid { "paid" } else { "approved" }.into()),
                        method: Set("bank_transfer".into()),
                        role: Set("member".into()),
                        activity: Set("meeting".into()),
                        activity_on: Set(starts.date_naive()),
                        minutes: Set(120),
                        fee_pence: Set(5000),
                        expenses_pence: Set(640),
                        worth_pence: Set(5640),
                        to_pay_pence: Set(5640),
                        on_behalf: Set(false),
                        submitted_at: Set(starts + Duration::days(1)),
                        paid_on: Set(paid.then(|| (starts + Duration::days(12)).date_naive())),
                        updated_at: Set(starts),
                        ..Default::default()
                    });
                    if paid {
                        payments.push(payment::ActiveModel {
                            id: Set(Uuid::now_v7()),
                            claim_id: Set(c),
                            paid_on: Set((starts + Duration::days(12)).date_naive()),
                            reference: Set("BACS".into()),
                            pence: Set(5640),
                            recorded_at: Set(starts + Duration::days(12)),
                            ..Default::default()
                        });
                    }
                }
            }
        }
        for (k, status) in ["changed", "not_changed", "open"].iter().enumerate() {
            said.push(contribution::ActiveModel {
                id: Set(Uuid::now_v7()),
                opportunity_id: Set(o),
                kind: Set("idea".into()),
                said: Set("Meet in the evening".into()),
                said_on: Set((now - Duration::days(30 * k as i64 + 20)).date_naive()),
                status: Set((*status).into()),
                outcome: Set(Some("We do".into())),
                level: Set(Some("strategic".into())),
                areas: Set(pick(&["delivery,experience", "policy", "equality"], n).into()),
                outcome_on: Set(Some((now - Duration::days(30 * k as i64)).date_naive())),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
        for (k, group) in ["involved", "involved", "staff"].iter().enumerate() {
            evaluations.push(evaluation_answer::ActiveModel {
                id: Set(Uuid::now_v7()),
                opportunity_id: Set(o),
                answered_as: Set((*group).into()),
                person_id: Set((*group == "involved").then(|| who(k))),
                account_id: Set((*group == "staff").then(Uuid::now_v7)),
                rating_1: Set(Some(1 + (n + k) as i32 % 5)),
                rating_3: Set(Some(1 + (n * k) as i32 % 5)),
                submitted_at: Set(now - Duration::days(40)),
                ..Default::default()
            });
        }
    }
    let ratings: Vec<_> = (0..100)
        .flat_map(|a| {
            let account = Uuid::now_v7();
            withus_web::assessment::frameworks::FRAMEWORKS
                .iter()
                .flat_map(move |f| {
                    f.parts.iter().flat_map(move |p| {
                        p.statements
                            .iter()
                            .map(move |s| assessment_rating::ActiveModel {
                                id: Set(Uuid::now_v7()),
                                year: Set(withus_web::reports::london_day(Utc::now())
                                    .format("%Y")
                                    .to_string()
                                    .parse()
                                    .unwrap_or(2026)),
                                statement: Set(withus_web::assessment::frameworks::statement_key(
                                    f, p, s,
                                )),
                                account_id: Set(account),
                                rated_as: Set(if a < 50 { "staff" } else { "involved" }.into()),
                                rating: Set(withus_web::assessment::frameworks::RATINGS[a % 4]
                                    .0
                                    .into()),
                                evidence: Set(String::new()),
                                rated_at: Set(Utc::now()),
                                ..Default::default()
                            })
                    })
                })
        })
        .collect();
    let counts = (meetings.len(), attendees.len(), claims.len());
    insert_all(&scope, meetings).await;
    insert_all(&scope, attendees).await;
    insert_all(&scope, claims).await;
    insert_all(&scope, payments).await;
    insert_all(&scope, told).await;
    insert_all(&scope, recipients).await;
    insert_all(&scope, said).await;
    insert_all(&scope, evaluations).await;
    insert_all(&scope, ratings).await;
    state
        .db
        .execute_unprepared("ANALYZE")
        .await
        .expect("analyze");
    eprintln!(
        "  {people} people, {opportunities} opportunities, {} meetings, {} attendances, {} claims; loaded in {:.1?}",
        counts.0,
        counts.1,
        counts.2,
        started.elapsed()
    );
    state
}

async fn run(name: &str, url: &str, people: usize, opportunities: usize) {
    eprintln!("{name}: loading");
    let state = load(url, people, opportunities).await;
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
    let opportunities = setting("BENCH_OPPORTUNITIES", 400);
    println!(
        "Annual report benchmark: {people} people, {opportunities} opportunities meeting monthly for a year, {EXPECTED} people expected at each meeting; {REQUESTS} requests each"
    );
    on_databases(|name, url| async move { run(name, &url, people, opportunities).await }).await;
}
