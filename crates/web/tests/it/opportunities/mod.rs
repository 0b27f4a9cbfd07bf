//! Opportunities through HTTP on both databases: opening one, matching and inviting people,
//! and selecting from those interested.

mod lifecycle;
pub(crate) mod lottery;
mod matching;
mod parts;
mod selection;
mod told;

use axum::http::StatusCode;
use withus_db::entities::{account, outbox_message};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::people::forms::{PersonForm, TimeForm};
use withus_web::people::queries;

use crate::harness::{Org, TestApp};

/// A draft with a title, a summary and a first session on Tuesday 6 July 2027, 14:00–16:00.
const DRAFT: &[(&str, &str)] = &[
    ("title", "Carers' strategy panel"),
    (
        "summary",
        "Help us decide what goes in the new carers' strategy.",
    ),
    ("way", "in_person"),
    ("venue", "Northbrook Library"),
    ("access", "hearing_loop"),
    ("topics", "carers"),
    ("starts-day", "6"),
    ("starts-month", "7"),
    ("starts-year", "2027"),
    ("from", "14:00"),
    ("to", "16:00"),
    ("paid", "yes"),
    ("rate", "25"),
    ("rate_unit", "session"),
    ("places", "1"),
    ("reserves", "1"),
];

const READY: &[(&str, &str)] = &[
    ("purpose", "Carers know what support works."),
    (
        "outcomes",
        "The strategy's priorities come from carers\nCarers can read it in plain English",
    ),
    ("level", "participation"),
    ("can_change", "The priorities and the words"),
    ("cannot_change", "The overall budget"),
    ("who_decides", "The carers' partnership board"),
    ("role_kind_1", "panel_member"),
    ("role_description_1", "Read the draft and meet twice"),
];

async fn create(app: &mut TestApp, fields: &[(&str, &str)]) -> String {
    let r = app.post("/opportunities", fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .trim_start_matches("/opportunities/")
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

/// Saves every part of an opportunity from one list of fields, as the task list would: each
/// part's page takes only its own fields.
async fn save_parts(app: &mut TestApp, id: &str, fields: &[(&str, &str)]) {
    for part in ["about", "say", "roles", "when", "places"] {
        let r = app
            .post(&format!("/opportunities/{id}/edit/{part}"), fields)
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{part}: {}", r.body);
    }
}

/// Adds a person with the given choices; `tuesday_afternoons` adds a window they cannot do.
async fn person(
    app: &TestApp,
    org: &Org,
    given: &str,
    needs: &[&str],
    topics: &[&str],
    tuesday_afternoons: bool,
) -> uuid::Uuid {
    let scope = app.scope(org);
    let form = PersonForm {
        given_name: given.into(),
        family_name: "Match".into(),
        email: format!("{}@people.example", given.to_lowercase()),
        contact: vec!["email".into()],
        involvement_role: "carer".into(),
        access_needs: needs.iter().map(|n| (*n).to_owned()).collect(),
        topics: topics.iter().map(|n| (*n).to_owned()).collect(),
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    if tuesday_afternoons {
        let time = TimeForm {
            days: vec!["2".into()],
            from: "14:45".into(),
            to: "15:30".into(),
            term_time_only: true,
        };
        queries::add_times(&scope, id, &time.check().unwrap())
            .await
            .unwrap();
    }
    id
}

async fn member(app: &TestApp, org: &Org, given: &str) -> TestApp {
    let id = person(app, org, given, &[], &[], false).await;
    let scope = app.scope(org);
    let email = format!("{}@{}.example", given.to_lowercase(), org.slug);
    let hashed = withus_web::kit::auth::password::hash(crate::harness::PASSWORD).unwrap();
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
    queries::link_account(&scope, id, account.id).await.unwrap();
    let mut browser = app.new_browser();
    let r = browser.sign_in(&email, crate::harness::PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    browser
}
