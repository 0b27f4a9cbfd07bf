//! Closing the loop through HTTP on both databases: contributions and what became of them,
//! feedback owed, due and overdue, closing held back until feedback and evaluation are done,
//! and the person's own "you said, we did". The questionnaire is in `questionnaire.rs`.

mod closing;
mod contributions;
mod feedback;
mod invited;
mod plain_language;
mod questionnaire;
mod said_counts;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{interest, outbox_message};
use withus_db::sea_orm::{self, ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::meetings::queries as meetings;
use withus_web::opportunities::forms::OpportunityInput;

use crate::harness::{Org, TestApp};
use crate::meetings::{member, person};

/// A fresh app with one organisation, signed in as its coordinator.
pub async fn coordinator(url: &str) -> (TestApp, Org, OrgScope) {
    let mut app = TestApp::start(url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook Council").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let scope = app.scope(&org);
    (app, org, scope)
}

/// An opportunity with two intended outcomes, moved through to `status`.
pub async fn opportunity_at(app: &TestApp, org: &Org, status: &str) -> Uuid {
    let scope = app.scope(org);
    let by = Uuid::now_v7();
    let owner = scope
        .find::<withus_db::entities::account::Entity>()
        .filter(
            withus_db::entities::account::Column::Email
                .eq(format!("coordinator@{}.example", org.slug)),
        )
        .one(&app.state.db)
        .await
        .unwrap()
        .map(|a| a.id);
    let id = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Hospital discharge review".into(),
            summary: "Review how people leave hospital.".into(),
            purpose: "Discharge should work for carers too.".into(),
            outcomes: vec![
                "Carers are told the discharge date two days ahead".into(),
                "A plain-words leaflet".into(),
            ],
            level: Some("participation".into()),
            can_change: "The process".into(),
            cannot_change: "The budget".into(),
            who_decides: "The discharge board".into(),
            area: Some("north".into()),
            topics: vec!["hospital".into()],
            way: "both".into(),
            places: 4,
            owner,
            ..Default::default()
        },
        by,
    )
    .await
    .unwrap();
    let order = [
        "draft",
        "open",
        "recruiting",
        "active",
        "evaluating",
        "closed",
    ];
    for pair in order.windows(2) {
        if pair[0] == status {
            break;
        }
        withus_web::opportunities::queries::set_status(&scope, id, pair[0], pair[1], by)
            .await
            .unwrap();
    }
    id
}

pub async fn confirm(scope: &OrgScope, opportunity: Uuid, person: Uuid) {
    scope
        .insert(interest::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(opportunity),
            person_id: Set(person),
            status: Set("confirmed".into()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    // As confirming through the pages does.
    withus_db::feedback_owed::opportunities(scope, scope.db(), [opportunity])
        .await
        .unwrap();
}

/// A meeting of the opportunity that ended `days_ago`, with `person` expected.
async fn past_meeting(scope: &OrgScope, opportunity: Uuid, person: Uuid, days_ago: i64) -> Uuid {
    let starts = Utc::now() - Duration::days(days_ago) - Duration::hours(2);
    let input = withus_web::meetings::forms::MeetingInput {
        title: format!("Discharge workshop {days_ago}"),
        activity: "workshop".into(),
        starts_at: starts,
        ends_at: starts + Duration::hours(2),
        high_level: false,
        venue_id: None,
        online_details: Some("Video call".into()),
    };
    let m = meetings::insert_meeting(scope, opportunity, &input)
        .await
        .unwrap();
    meetings::insert_attendee(scope, m, Some(person), None, "member")
        .await
        .unwrap();
    m
}

/// Today as the three boxes of a date input: day, month, year.
pub fn today_parts() -> [String; 3] {
    let today = withus_web::kit::dates::today();
    ["%-d", "%-m", "%Y"].map(|f| today.format(f).to_string())
}

fn contribution<'a>(
    date: &'a [String; 3],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let [d, m, y] = date.each_ref().map(String::as_str);
    let mut fields = vec![
        ("kind", "recommendation"),
        ("said", "Ring carers two days before discharge"),
        ("said_on-day", d),
        ("said_on-month", m),
        ("said_on-year", y),
        ("outcome_on-day", d),
        ("outcome_on-month", m),
        ("outcome_on-year", y),
    ];
    fields.extend_from_slice(extra);
    fields
}

/// A contribution, a mentoring pair and a course in `scope`, written directly, for probes.
pub async fn seeded(scope: &OrgScope, opportunity: Uuid, person: Uuid) -> (String, String, String) {
    use withus_db::entities::{course, mentoring_pair};
    let input = withus_web::impact::queries::ContributionInput {
        opportunity_id: opportunity,
        kind: "idea".into(),
        said: "Secret subject".into(),
        said_on: withus_web::kit::dates::today(),
        people: vec![person],
        status: "open".into(),
        ..Default::default()
    };
    let contribution =
        withus_web::impact::queries::save_contribution(scope, None, &input, Uuid::now_v7())
            .await
            .unwrap();
    let pair = Uuid::now_v7();
    scope
        .insert(mentoring_pair::ActiveModel {
            id: Set(pair),
            mentor_id: Set(person),
            mentee_id: Set(person),
            started_on: Set(withus_web::kit::dates::today()),
            ended_on: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    let course = Uuid::now_v7();
    scope
        .insert(course::ActiveModel {
            id: Set(course),
            name: Set("Secret subject".into()),
            kind: Set("course".into()),
            audience: Set("everyone".into()),
            valid_months: Set(None),
            description: Set(String::new()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    (
        contribution.to_string(),
        pair.to_string(),
        course.to_string(),
    )
}

/// What our plain-language bar finds on each page an involved person sees: a reading age over
/// 9, an unexplained acronym or a long sentence.
pub async fn plain_problems(member: &mut TestApp, paths: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    for path in paths {
        let page = member.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let text = crate::meetings::words_on(&page.body);
        let report = withus_plain::check(&text, &withus_plain::Options::default());
        let age = report.reading.reading_age();
        if age > 9.0 {
            problems.push(format!("{path}: reading age {age:.1} in {text}"));
        }
        for f in report.findings.iter().filter(|f| {
            matches!(
                f.kind,
                withus_plain::Kind::Acronym | withus_plain::Kind::LongSentence { .. }
            )
        }) {
            problems.push(format!("{path}: {:?} \"{}\"", f.kind, f.text));
        }
    }
    problems
}
