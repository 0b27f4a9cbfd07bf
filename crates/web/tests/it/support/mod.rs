//! Support, mentoring and training through HTTP on both databases: a role that needs a
//! course or check only matches people who hold it (and whose check has not run out),
//! warnings before things run out, and support and mentoring the person can see.

mod demo;
mod mentoring;
mod training;

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use uuid::Uuid;
use withus_db::entities::{account, course, opportunity};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::opportunities::forms::{OpportunityInput, RoleInput};

use crate::harness::{Org, TestApp};
use crate::impact::{coordinator, today_parts};
use crate::meetings::{member, person};

async fn add_course(app: &mut TestApp, org: &Org, name: &str, kind: &str, months: &str) -> Uuid {
    let r = app
        .post(
            "/training",
            &[
                ("name", name),
                ("kind", kind),
                ("audience", "involved"),
                ("months", months),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.scope(org)
        .find::<course::Entity>()
        .filter(course::Column::Name.eq(name))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// An open opportunity whose one role needs `course`.
async fn needing(app: &TestApp, org: &Org, course: Uuid) -> Uuid {
    let scope = app.scope(org);
    let by = Uuid::now_v7();
    let id = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: format!("Interview panel {course}"),
            summary: "Help choose the new manager.".into(),
            way: "both".into(),
            places: 2,
            roles: vec![RoleInput {
                kind: "panel_member".into(),
                name: "Panel member".into(),
                description: "Sit on the interview panel".into(),
                requires: Some(course),
            }],
            ..Default::default()
        },
        by,
    )
    .await
    .unwrap();
    withus_web::opportunities::queries::set_status(&scope, id, "draft", "open", by)
        .await
        .unwrap();
    id
}

async fn matches(app: &mut TestApp, opp: Uuid) -> String {
    app.get(&format!("/opportunities/{opp}/matches"))
        .await
        .text_of("main")
}

async fn post(
    app: &mut TestApp,
    course: Uuid,
    fields: Vec<(&str, String)>,
) -> crate::harness::Response {
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post(&format!("/training/{course}/records"), &refs)
        .await
}

fn date(d: NaiveDate) -> [String; 3] {
    ["%-d", "%-m", "%Y"].map(|f| d.format(f).to_string())
}
