//! Reports through HTTP on both databases, against a fixture whose every figure is known:
//! activity, where participation happens, presence with answers as they were when people
//! took part, suppression that cannot be undone by subtraction, payments, feedback, "you
//! said, we did", questionnaires, self-assessment, actions and the strategy's objectives.

mod annual;
pub(crate) mod assessment;
pub(crate) mod files;
mod periods;
mod presence;

pub use annual::more_of_the_year;

use axum::http::StatusCode;
use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Europe::London;
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    assessment_rating, claim, contribution, equality_answer, evaluation_answer, feedback,
    feedback_recipient, meeting, meeting_attendee, payment, payment_policy,
};
use withus_db::sea_orm;
use withus_web::kit::auth::Role;
use withus_web::opportunities::forms::OpportunityInput;

use crate::harness::{Org, TestApp};
use crate::meetings::person;

/// Two meetings of a decision-making opportunity a year ago: A (ten attended, one sent
/// apologies) and B (high level: one attended, one not recorded).
pub struct Fixture {
    pub opportunity: Uuid,
    pub a: DateTime<Utc>,
    pub people: Vec<Uuid>,
    pub query: String,
}

fn day_query(prefix: &str, at: DateTime<Utc>) -> String {
    let d = at.with_timezone(&London).date_naive();
    format!(
        "{prefix}-day={}&{prefix}-month={}&{prefix}-year={}",
        d.day(),
        d.month(),
        d.year()
    )
}

async fn meeting_at(scope: &OrgScope, opportunity: Uuid, at: DateTime<Utc>, high: bool) -> Uuid {
    let id = Uuid::now_v7();
    scope
        .insert(meeting::ActiveModel {
            id: Set(id),
            opportunity_id: Set(opportunity),
            title: Set("Forum".into()),
            starts_at: Set(at),
            ends_at: Set(at + Duration::hours(2)),
            high_level: Set(high),
            activity: Set("meeting".into()),
            venue_id: Set(None),
            online_details: Set(None),
            agenda_shared_at: Set(None),
            agenda_closes_at: Set(None),
            invited_at: Set(None),
            reminded_at: Set(None),
            cancelled_at: Set(None),
            sequence: Set(0),
            notes: Set(None),
            notes_shared_at: Set(None),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        })
        .await
        .unwrap();
    id
}

async fn attend(
    scope: &OrgScope,
    meeting: Uuid,
    person: Uuid,
    attendance: Option<&str>,
    minutes: Option<i32>,
) {
    scope
        .insert(meeting_attendee::ActiveModel {
            id: Set(Uuid::now_v7()),
            meeting_id: Set(meeting),
            person_id: Set(Some(person)),
            account_id: Set(None),
            kind: Set("member".into()),
            attendance: Set(attendance.map(Into::into)),
            minutes: Set(minutes),
            invited_at: Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
}

#[derive(Default)]
struct Said<'a> {
    age_band: Option<&'a str>,
    birth_year: Option<i32>,
    sex: Option<&'a str>,
    gender: Option<&'a str>,
    ethnic: Option<&'a str>,
}

async fn answered(scope: &OrgScope, person: Uuid, at: DateTime<Utc>, said: Said<'_>) {
    scope
        .insert(equality_answer::ActiveModel {
            id: Set(Uuid::now_v7()),
            person_id: Set(person),
            birth_year: Set(said.birth_year),
            age_band: Set(said.age_band.map(Into::into)),
            sex: Set(said.sex.map(Into::into)),
            gender_same_as_birth: Set(said.gender.map(Into::into)),
            sexual_orientation: Set(None),
            ethnic_group: Set(said.ethnic.map(Into::into)),
            religion: Set(None),
            long_term_condition: Set(None),
            condition_impact: Set(None),
            unpaid_care: Set(None),
            answered_at: Set(at),
            recorded_by: Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
}

pub async fn fixture(app: &TestApp, org: &Org) -> Fixture {
    let scope = app.scope(org);
    let now = Utc::now();
    let a = now - Duration::days(400);
    let b = now - Duration::days(380);
    let opportunity = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Carers' forum".into(),
            summary: "Monthly forum.".into(),
            purpose: "Carers shape the service.".into(),
            level: Some("participation".into()),
            org_level: Some("organisation".into()),
            area: Some("service_design".into()),
            can_change: "The service".into(),
            cannot_change: "The budget".into(),
            who_decides: "The forum".into(),
            way: "in_person".into(),
            places: 12,
            ..Default::default()
        },
        Uuid::now_v7(),
    )
    .await
    .unwrap();
    let mut people = Vec::new();
    for n in 1..=12 {
        people.push(person(app, org, &format!("P{n}"), &[], None).await);
    }
    let p = |n: usize| people[n - 1];
    let ma = meeting_at(&scope, opportunity, a, false).await;
    for n in 1..=10 {
        attend(&scope, ma, p(n), Some("attended"), None).await;
    }
    attend(&scope, ma, p(11), Some("apologies"), None).await;
    let mb = meeting_at(&scope, opportunity, b, true).await;
    attend(&scope, mb, p(1), Some("attended"), Some(90)).await;
    attend(&scope, mb, p(12), None, None).await;

    let before = now - Duration::days(500);
    // P1 gave a birth year: 24 when they took part, older now.
    answered(
        &scope,
        p(1),
        before,
        Said {
            birth_year: Some(a.year() - 24),
            sex: Some("female"),
            gender: Some("yes"),
            ethnic: Some("white_british"),
            ..Said::default()
        },
    )
    .await;
    // P2 said male then, female since: the report uses what was true when they took part.
    answered(
        &scope,
        p(2),
        before,
        Said {
            sex: Some("male"),
            ..Said::default()
        },
    )
    .await;
    answered(
        &scope,
        p(2),
        now - Duration::days(10),
        Said {
            sex: Some("female"),
            ..Said::default()
        },
    )
    .await;
    for n in 3..=10 {
        let gender = match n {
            3..=6 => Some("yes"),
            7 | 8 => Some("no"),
            _ => Some("prefer_not_to_say"),
        };
        let age = if n <= 4 { "16_24" } else { "45_64" };
        let ethnic = if n == 3 {
            "asian_indian"
        } else {
            "white_british"
        };
        answered(
            &scope,
            p(n),
            before,
            Said {
                age_band: Some(age),
                sex: Some("female"),
                gender,
                ethnic: Some(ethnic),
                ..Said::default()
            },
        )
        .await;
    }
    // P12 only answered afterwards: that is all there is to go on.
    answered(
        &scope,
        p(12),
        now - Duration::days(5),
        Said {
            sex: Some("male"),
            ..Said::default()
        },
    )
    .await;

    let query = format!(
        "{}&{}",
        day_query("from", now - Duration::days(420)),
        day_query("to", now - Duration::days(360))
    );
    Fixture {
        opportunity,
        a,
        people,
        query,
    }
}

/// The cells of the table captioned `caption`, row by row, as text.
pub fn table(body: &str, caption: &str) -> Vec<Vec<String>> {
    let html = scraper::Html::parse_document(body);
    let tables = scraper::Selector::parse("table").unwrap();
    let caption_sel = scraper::Selector::parse("caption").unwrap();
    let rows = scraper::Selector::parse("tbody tr").unwrap();
    let cells = scraper::Selector::parse("th, td").unwrap();
    let fold = |e: scraper::ElementRef| {
        e.text()
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    html.select(&tables)
        .find(|t| {
            t.select(&caption_sel)
                .next()
                .is_some_and(|c| fold(c) == caption)
        })
        .map(|t| {
            t.select(&rows)
                .map(|r| r.select(&cells).map(fold).collect())
                .collect()
        })
        .unwrap_or_else(|| panic!("no table captioned {caption}"))
}

fn cell<'a>(rows: &'a [Vec<String>], first: &str, column: usize) -> &'a str {
    &rows
        .iter()
        .find(|r| r[0] == first)
        .unwrap_or_else(|| panic!("no row {first}: {rows:?}"))[column]
}

pub fn this_year() -> i32 {
    Utc::now().with_timezone(&London).year()
}
