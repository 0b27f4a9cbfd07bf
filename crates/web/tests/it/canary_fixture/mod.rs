//! The setting the canary tests write into: a member with a record and a sign-in of their
//! own, a browser for each role, meetings the member is expected at, a claim, and every box
//! staff keep about them.

mod boxes;
mod meeting_and_claim;

pub use boxes::{Ties, staff_boxes};
pub use meeting_and_claim::{claim_with_query, open_meeting};

use axum::http::StatusCode;
use chrono::{Datelike, Duration, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::entities::{account, claim, claim_line, course, interest, mentoring_pair};
use withus_db::sea_orm::sea_query::Expr;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::meetings::queries as meetings;
use withus_web::opportunities::queries as opportunities;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use crate::harness::{Org, TestApp};
use crate::impact::today_parts;

/// The marker written into box `n`, so that a failure says which box leaked.
pub fn marker(n: u32) -> String {
    format!("CANARY{n}X")
}

/// Marker `n`, remembered as written so a test can check it really reached the database.
pub fn mark(written: &mut Vec<String>, n: u32) -> String {
    let m = marker(n);
    written.push(m.clone());
    m
}

/// The member's email address, marker 5, as the register stores it (in lower case).
pub fn canary_email() -> String {
    format!("{}@people.example", marker(5).to_lowercase())
}

/// The day `days` from today in UK time, as the three boxes of a date input.
pub fn date_in(days: i64) -> [String; 3] {
    let day = (Utc::now() + Duration::days(days)).with_timezone(&London);
    [
        day.day().to_string(),
        day.month().to_string(),
        day.year().to_string(),
    ]
}

/// Gives the organisation's involved person a record of their own: the person's id and the
/// id of their sign-in.
pub async fn own_record(app: &TestApp, org: &Org) -> (Uuid, Uuid) {
    let scope = app.scope(org);
    let form = PersonForm {
        given_name: "Chidi".into(),
        family_name: "Okoro".into(),
        involvement_role: "service_user".into(),
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    let account = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq(format!("involved_person@{}.example", org.slug)))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    queries::link_account(&scope, id, account.id).await.unwrap();
    (id, account.id)
}

/// A browser of its own, signed in with the organisation's account for `role`.
pub async fn browser(app: &TestApp, org: &Org, role: Role) -> TestApp {
    let mut b = app.new_browser();
    b.sign_in_as(org, role).await;
    b
}

/// The member fills in every box of their own details: markers 1 to 8.
pub async fn write_details(me: &mut TestApp) {
    let m: Vec<String> = (1..=8).map(marker).collect();
    let email = canary_email();
    let r = me
        .post(
            "/my/details",
            &[
                ("given_name", m[0].as_str()),
                ("family_name", m[1].as_str()),
                ("preferred_name", m[2].as_str()),
                ("pronouns", m[3].as_str()),
                ("email", email.as_str()),
                ("phone", m[5].as_str()),
                ("postcode", m[6].as_str()),
                ("access_notes", m[7].as_str()),
                ("involvement_role", "service_user"),
                ("contact", "email"),
                ("ways", "online"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/my/details?saved=changed", "{}", r.body);
}

/// Posts each form in turn, each expected to be saved (answered with a redirect).
pub async fn post_all(browser: &mut TestApp, forms: &[(String, Vec<(&str, &str)>)]) {
    for (path, fields) in forms {
        let r = browser.post(path, fields).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "{path}: {}",
            r.text_of("main")
        );
    }
}
