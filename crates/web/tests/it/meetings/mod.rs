//! Meetings through HTTP on both databases: the form, every rule check, acknowledging,
//! invitations with calendar files, papers in formats, the agenda, and attendance.

mod agenda;
mod attendance;
mod easy_read;
mod invitations;
mod papers;
mod people_picker;
mod plain_language;
mod rules;
mod time_and_place;
mod told;

use axum::http::StatusCode;
use chrono::{Datelike, Duration, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::entities::{account, outbox_message};
use withus_db::sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use withus_web::kit::auth::Role;
use withus_web::meetings::queries as meetings;
use withus_web::opportunities::forms::OpportunityInput;
use withus_web::people::forms::{PersonForm, TimeForm};
use withus_web::people::queries;

use crate::harness::{Org, PASSWORD, TestApp};

pub(crate) async fn opportunity(app: &TestApp, org: &Org) -> Uuid {
    let scope = app.scope(org);
    let owner = scope
        .find::<account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Carers' strategy group".into(),
            summary: "Shape the carers' strategy.".into(),
            way: "both".into(),
            places: 4,
            ..Default::default()
        },
        owner.id,
    )
    .await
    .unwrap()
}

/// An involved person who agreed to email, with access needs and, if given, a weekly time
/// they cannot do.
pub(crate) async fn person(
    app: &TestApp,
    org: &Org,
    given: &str,
    needs: &[&str],
    cannot: Option<(&str, &str, &str)>,
) -> Uuid {
    let scope = app.scope(org);
    let form = PersonForm {
        given_name: given.into(),
        family_name: "Meeting".into(),
        involvement_role: "carer".into(),
        email: format!("{}@people.example", given.to_lowercase()),
        contact: vec!["email".into()],
        access_needs: needs.iter().map(|n| (*n).to_owned()).collect(),
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    if let Some((day, from, to)) = cannot {
        let time = TimeForm {
            days: vec![day.into()],
            from: from.into(),
            to: to.into(),
            term_time_only: false,
        };
        queries::add_times(&scope, id, &time.check().unwrap())
            .await
            .unwrap();
    }
    id
}

/// A browser signed in as the person, through their own account.
pub(crate) async fn member(app: &TestApp, org: &Org, person_id: Uuid, given: &str) -> TestApp {
    let scope = app.scope(org);
    let email = format!("{}-account@{}.example", given.to_lowercase(), org.slug);
    let hashed = withus_web::kit::auth::password::hash(PASSWORD).unwrap();
    withus_web::admin::create(
        &scope,
        given,
        &email,
        Some(hashed),
        &[Role::InvolvedPerson],
        false,
    )
    .await
    .unwrap();
    let account = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq(email.clone()))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    queries::link_account(&scope, person_id, account.id)
        .await
        .unwrap();
    let mut browser = app.new_browser();
    assert_eq!(
        browser.sign_in(&email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    browser
}

/// The form's fields for a meeting `days` from now at 14:00–16:00 UK time.
pub(super) fn when(days: i64) -> (String, String, String, u32) {
    let day = (Utc::now() + Duration::days(days)).with_timezone(&London);
    (
        day.day().to_string(),
        day.month().to_string(),
        day.year().to_string(),
        day.weekday().number_from_monday(),
    )
}

pub(super) async fn create_meeting(
    app: &mut TestApp,
    opportunity: Uuid,
    days: i64,
    high_level: &str,
    venue: &str,
) -> Uuid {
    let (d, m, y, _) = when(days);
    let r = app
        .post(
            &format!("/opportunities/{opportunity}/meetings"),
            &[
                ("title", "Strategy group"),
                ("starts-day", &d),
                ("starts-month", &m),
                ("starts-year", &y),
                ("from", "14:00"),
                ("to", "16:00"),
                ("high_level", high_level),
                ("venue", venue),
                (
                    "online",
                    if venue.is_empty() {
                        "https://meet.example/group"
                    } else {
                        ""
                    },
                ),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    Uuid::parse_str(r.location().trim_start_matches("/meetings/")).unwrap()
}

pub(super) async fn expect(app: &TestApp, org: &Org, meeting: Uuid, person: Uuid, kind: &str) {
    meetings::insert_attendee(&app.scope(org), meeting, Some(person), None, kind)
        .await
        .unwrap();
}

/// A fresh app with an organisation, its coordinator signed in, and an opportunity.
pub(super) async fn coordinator(url: &str) -> (TestApp, Org, Uuid) {
    let mut app = TestApp::start(url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let o = opportunity(&app, &org).await;
    (app, org, o)
}

/// Goes on past these rules' warnings, for tests about something else.
pub(super) async fn acknowledge(app: &mut TestApp, meeting: Uuid, rules: &[&str]) {
    for rule in rules {
        app.post(
            &format!("/meetings/{meeting}/acknowledge"),
            &[("rule", rule), ("reason", "x")],
        )
        .await;
    }
}

/// The text of one rule's part of the checklist.
pub(super) async fn check(app: &mut TestApp, meeting: Uuid, rule: &str) -> String {
    app.get(&format!("/meetings/{meeting}"))
        .await
        .text_of(&format!("#check-{rule}"))
}

pub(super) async fn outbox(app: &TestApp, to: &str) -> Vec<outbox_message::Model> {
    <outbox_message::Entity as withus_db::sea_orm::EntityTrait>::find()
        .filter(outbox_message::Column::ToAddress.eq(to))
        .order_by_asc(outbox_message::Column::CreatedAt)
        .all(&app.state.db)
        .await
        .unwrap()
}

/// The words a page shows in its main part, with a sentence break at every block, as someone
/// reading it meets them.
pub(crate) fn words_on(body: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let main = scraper::Selector::parse("main").unwrap();
    let Some(main) = html.select(&main).next() else {
        return String::new();
    };
    let inline = [
        "a", "span", "strong", "em", "b", "i", "abbr", "code", "label",
    ];
    let mut text = String::new();
    for node in main.descendants() {
        match node.value() {
            scraper::Node::Element(e) if !inline.contains(&e.name()) => text.push_str("\n\n"),
            scraper::Node::Text(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}
