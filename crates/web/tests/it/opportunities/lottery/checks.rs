//! "Check this draw again" on both databases: the check really runs the stored draw again
//! (the worker records when, and the page shows it), and a stored draw that no longer matches
//! what its pool, quotas and seed give is reported as different, never as checked.

use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;
use withus_db::draw_jobs::{CHECK, DONE};
use withus_db::entities::{draw_job, selection_draw};
use withus_db::sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
use withus_web::kit::auth::Role;
use withus_web::kit::dates::london;

use super::{interested, opportunity, worked_out};
use crate::both_databases;
use crate::harness::{Org, TestApp};

async fn stored_draw(app: &TestApp, org: &Org) -> selection_draw::Model {
    app.scope(org)
        .find::<selection_draw::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the draw")
}

/// The checks asked for so far, oldest first.
async fn checks(app: &TestApp, org: &Org) -> Vec<draw_job::Model> {
    let mut jobs = app
        .scope(org)
        .find::<draw_job::Entity>()
        .filter(draw_job::Column::Kind.eq(CHECK))
        .all(&app.state.db)
        .await
        .unwrap();
    jobs.sort_by_key(|j| j.queued_at);
    jobs
}

/// What the draw page says beside "Checked again".
fn checked_row(main: &str) -> &str {
    main.split("Checked again ")
        .nth(1)
        .unwrap_or_else(|| panic!("no Checked again row: {main}"))
}

both_databases!(
    checking_a_draw_runs_it_again_and_notices_a_stored_draw_that_changed,
    check_again
);
async fn check_again(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let id = opportunity(&app, &org, 4, 2).await;
    let scope = app.scope(&org);
    for n in 0..4 {
        interested(&scope, id, &format!("Cara{n}"), "carer", None, false).await;
    }
    for n in 0..8 {
        interested(&scope, id, &format!("Sam{n}"), "service_user", None, false).await;
    }
    let quota = app
        .post(
            &format!("/opportunities/{id}/quotas"),
            &[
                ("quota", "involvement_role:carer"),
                ("min", "2"),
                ("max", "2"),
            ],
        )
        .await;
    assert_eq!(quota.status, StatusCode::SEE_OTHER, "{}", quota.body);
    let drawn = app
        .post(
            &format!("/opportunities/{id}/draw"),
            &[("seed", "Northbrook panel, 9 July 2027")],
        )
        .await;
    let result_url = worked_out(&mut app, &drawn).await;
    let draw = stored_draw(&app, &org).await;
    assert_eq!(draw.checked_at, None, "a new draw has not been checked");
    let before = app.get(&result_url).await.text_of("main");
    assert!(checked_row(&before).starts_with("Not yet"), "{before}");

    // Asking only queues the check: nothing is recorded until the worker has run it.
    let asked = app.post(&format!("{result_url}/check"), &[]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    assert_eq!(stored_draw(&app, &org).await.checked_at, None);
    let started = Utc::now();
    let done = worked_out(&mut app, &asked).await;
    assert_eq!(done, format!("{result_url}?checked=same"));
    let jobs = checks(&app, &org).await;
    assert_eq!(jobs.len(), 1, "{jobs:?}");
    assert_eq!(jobs[0].status, DONE);
    assert_eq!(jobs[0].draw_id, Some(draw.id));
    assert_eq!(
        jobs[0].same_panel,
        Some(true),
        "the worker ran it and got the same panel"
    );
    let checked_at: DateTime<Utc> = stored_draw(&app, &org)
        .await
        .checked_at
        .expect("the check is recorded on the draw");
    assert!(
        checked_at >= started - Duration::seconds(1) && checked_at <= Utc::now(),
        "checked when the worker ran: {checked_at}, started {started}"
    );
    let page = app.get(&done).await;
    assert!(
        page.body
            .contains("Checked: the same pool, quotas and seed gave the same panel")
    );
    // Without the banner's address, the page itself says when the draw was checked.
    let plain = app.get(&result_url).await.text_of("main");
    assert!(
        checked_row(&plain).starts_with(&london(checked_at)),
        "{plain}"
    );
    assert!(!plain.contains("Checked: the same pool"), "{plain}");

    // Someone changes the stored panel: one drawn person swapped for one not drawn, and the
    // record of the earlier check cleared.
    let mut outcome: serde_json::Value = serde_json::from_str(&draw.result).unwrap();
    let listed = |key: &str| -> Vec<String> {
        outcome[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    let (panel, reserves) = (listed("panel"), listed("reserves"));
    let outsider: String = outcome["probabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| pair[0].as_str().unwrap().to_owned())
        .find(|p| !panel.contains(p) && !reserves.contains(p))
        .expect("someone neither drawn nor a reserve");
    outcome["panel"][0] = serde_json::Value::String(outsider.clone());
    scope
        .update_many::<selection_draw::Entity>()
        .col_expr(
            selection_draw::Column::Result,
            Expr::value(outcome.to_string()),
        )
        .col_expr(
            selection_draw::Column::CheckedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(selection_draw::Column::Id.eq(draw.id))
        .exec(&app.state.db)
        .await
        .unwrap();
    let tampered = app.get(&result_url).await;
    let shown = crate::reports::table(&tampered.body, "Drawn for the panel");
    let name = format!("{} Pool", given_name(&app, &org, &outsider).await);
    assert!(
        shown.iter().any(|row| row[0] == name),
        "the page shows the stored (changed) panel: {shown:?}"
    );

    let asked = app.post(&format!("{result_url}/check"), &[]).await;
    let done = worked_out(&mut app, &asked).await;
    assert_eq!(done, format!("{result_url}?checked=different"));
    let jobs = checks(&app, &org).await;
    assert_eq!(jobs.len(), 2, "a second check was asked for: {jobs:?}");
    assert_eq!(jobs[1].status, DONE);
    assert_eq!(
        jobs[1].same_panel,
        Some(false),
        "the worker noticed the stored panel is not what the draw gives"
    );
    assert_eq!(
        stored_draw(&app, &org).await.checked_at,
        None,
        "a draw that came out different is not marked as checked"
    );
    let page = app.get(&done).await;
    let main = page.text_of("main");
    assert!(
        main.contains("Checked: running this draw again gave a different result"),
        "{main}"
    );
    assert!(!main.contains("gave the same panel"), "{main}");
    assert!(checked_row(&main).starts_with("Not yet"), "{main}");
}

/// The given name of the person with this id, as the draw page shows it.
async fn given_name(app: &TestApp, org: &Org, id: &str) -> String {
    let id = Uuid::parse_str(id).unwrap();
    withus_web::people::queries::by_ids(&app.scope(org), &[id])
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("the person")
        .given_name
}
