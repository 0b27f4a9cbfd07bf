//! Quotas for a selection and the fair lottery, through HTTP on both databases.

mod checks;
mod jobs;

use axum::http::StatusCode;
use chrono::Utc;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{consent, equality_answer, interest, outbox_message, selection_draw};
use withus_db::sea_orm::{ActiveValue::Set, ColumnTrait, PaginatorTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::opportunities::forms::OpportunityInput;
use withus_web::opportunities::lottery::draw_jobs;
use withus_web::opportunities::queries as opportunities;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use crate::both_databases;
use crate::harness::{Org, Response, TestApp};

pub(crate) async fn opportunity(app: &TestApp, org: &Org, places: i32, reserves: i32) -> Uuid {
    let scope = app.scope(org);
    let owner = scope
        .find::<withus_db::entities::account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    opportunities::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Hospital discharge panel".into(),
            summary: "Help us change how people leave hospital.".into(),
            way: "both".into(),
            places,
            reserves,
            ..Default::default()
        },
        owner.id,
    )
    .await
    .unwrap()
}

/// Someone interested in the opportunity, with a role and, if given, equality answers
/// (`sex`) and whether they agreed to their use in selection.
pub(crate) async fn interested(
    scope: &OrgScope,
    opportunity: Uuid,
    name: &str,
    role: &str,
    sex: Option<&str>,
    consents: bool,
) -> Uuid {
    let form = PersonForm {
        given_name: name.into(),
        family_name: "Pool".into(),
        involvement_role: role.into(),
        ..PersonForm::default()
    };
    let id = queries::create(scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    if let Some(sex) = sex {
        scope
            .insert(equality_answer::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(id),
                sex: Set(Some(sex.into())),
                answered_at: Set(Utc::now()),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    if consents {
        scope
            .insert(consent::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(id),
                purpose: Set("equality_in_selection".into()),
                how: Set("online".into()),
                given_at: Set(Utc::now()),
                withdrawn_at: Set(None),
                recorded_by: Set(None),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    opportunities::express(scope, opportunity, id, None, None)
        .await
        .unwrap();
    id
}

/// Runs the draw (or check) a request queued, as the worker would, and follows its progress
/// page to where it sends the coordinator.
pub(crate) async fn worked_out(app: &mut TestApp, queued: &Response) -> String {
    assert_eq!(queued.status, StatusCode::SEE_OTHER, "{}", queued.body);
    assert!(
        queued.location().contains("/draws/jobs/"),
        "{}",
        queued.location()
    );
    assert!(draw_jobs::run_one(&app.state.db, Utc::now()).await.unwrap());
    let progress = app.get(queued.location()).await;
    assert_eq!(progress.status, StatusCode::SEE_OTHER, "{}", progress.body);
    progress.location().to_owned()
}

both_databases!(
    quotas_count_equality_answers_only_with_consent_and_can_match_the_census,
    quotas
);
async fn quotas(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let id = opportunity(&app, &org, 4, 1).await;
    let scope = app.scope(&org);
    // 6 women and 7 men agreed; 3 women answered but did not agree; 2 never answered.
    for n in 0..6 {
        interested(
            &scope,
            id,
            &format!("Freya{n}"),
            "carer",
            Some("female"),
            true,
        )
        .await;
    }
    for n in 0..7 {
        interested(
            &scope,
            id,
            &format!("Milo{n}"),
            "service_user",
            Some("male"),
            true,
        )
        .await;
    }
    for n in 0..3 {
        interested(
            &scope,
            id,
            &format!("Nadia{n}"),
            "service_user",
            Some("female"),
            false,
        )
        .await;
    }
    for n in 0..2 {
        interested(&scope, id, &format!("Omar{n}"), "service_user", None, false).await;
    }

    let page = app.get(&format!("/opportunities/{id}/quotas")).await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.text_of("main");
    assert!(main.contains("4 places to fill from 18 people"), "{main}");
    assert!(
        main.contains("Female No quota 6"),
        "only consented answers count: {main}"
    );
    assert!(main.contains("Male No quota 7"), "{main}");
    assert!(
        main.contains("Not known for 5 people in the pool"),
        "{main}"
    );
    assert!(main.contains("Unpaid carer No quota 6"), "{main}");
    assert!(!main.contains("Freya0"), "no one's name on the quotas page");

    // A quota that cannot work is refused, and what was typed is kept.
    let bad = app
        .post(
            &format!("/opportunities/{id}/quotas"),
            &[("quota", "sex:female"), ("min", "3"), ("max", "1")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body
            .contains("The most must be the same as the least or more")
    );
    assert!(bad.body.contains("value=\"3\""));
    let ok = app
        .post(
            &format!("/opportunities/{id}/quotas"),
            &[
                ("quota", "involvement_role:carer"),
                ("min", "2"),
                ("max", "2"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);

    // Gateshead is 50.96% female: on 4 places that is 2 to 3 women and 1 to 2 men.
    let census = app
        .post(
            &format!("/opportunities/{id}/quotas/census"),
            &[("area", "E08000037"), ("census_category", "sex")],
        )
        .await;
    assert_eq!(census.status, StatusCode::SEE_OTHER, "{}", census.body);
    let main = app
        .get(&format!("/opportunities/{id}/quotas"))
        .await
        .text_of("main");
    assert!(main.contains("Female 2 to 3"), "{main}");
    assert!(main.contains("Male 1 to 2"), "{main}");
    assert!(main.contains("Unpaid carer 2 to 2"), "{main}");

    // Nobody disabled agreed to be counted: the reason hides how few there are.
    app.post(
        &format!("/opportunities/{id}/quotas"),
        &[("quota", "disability:disabled"), ("min", "1"), ("max", "1")],
    )
    .await;
    let draw = app
        .post(&format!("/opportunities/{id}/draw"), &[("seed", "42")])
        .await;
    assert_eq!(draw.status, StatusCode::SEE_OTHER, "{}", draw.body);
    assert!(draw_jobs::run_one(&app.state.db, Utc::now()).await.unwrap());
    let failed = app.get(draw.location()).await;
    assert_eq!(failed.status, StatusCode::OK);
    let text = failed.text_of("main");
    assert!(text.contains("The draw could not be made"), "{text}");
    assert!(text.contains("No panel of 4 can have at least 1"), "{text}");
    assert!(text.contains("fewer than 5 such people"), "{text}");
    assert!(!text.contains("only 0"), "{text}");
}

both_databases!(
    a_fair_lottery_draws_a_panel_anyone_can_check_and_offers_places,
    lottery
);
async fn lottery(url: String) {
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
    app.post(
        &format!("/opportunities/{id}/quotas"),
        &[
            ("quota", "involvement_role:carer"),
            ("min", "2"),
            ("max", "2"),
        ],
    )
    .await;

    let empty = app
        .post(&format!("/opportunities/{id}/draw"), &[("seed", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Enter the seed for the draw"));

    let drawn = app
        .post(
            &format!("/opportunities/{id}/draw"),
            &[("seed", "Northbrook panel, 6 July 2027")],
        )
        .await;
    let result_url = worked_out(&mut app, &drawn).await;
    let page = app.get(&result_url).await;
    let main = page.text_of("main");
    // Two seats for four carers, two for eight others: 1 in 2 and 1 in 4, as even as it gets.
    assert!(main.contains("about 5 in 10 50.0%"), "{main}");
    assert!(main.contains("about 1 in 4 25.0%"), "{main}");
    assert!(main.contains("Northbrook panel, 6 July 2027"));

    let row = scope
        .find::<selection_draw::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let outcome: serde_json::Value = serde_json::from_str(&row.result).unwrap();
    let panel: Vec<String> = serde_json::from_value(outcome["panel"].clone()).unwrap();
    assert_eq!(panel.len(), 4);
    assert!((row.min_probability - 0.25).abs() < 1e-6);

    let checked = app.post(&format!("{result_url}/check"), &[]).await;
    let done = worked_out(&mut app, &checked).await;
    let again = app.get(&done).await;
    assert!(
        again
            .body
            .contains("Checked: the same pool, quotas and seed gave the same panel")
    );

    // Offering places twice does nothing the second time.
    let emails_before = scope.find::<outbox_message::Entity>().count(scope.db());
    let emails_before = emails_before.await.unwrap();
    for _ in 0..2 {
        let applied = app.post(&format!("{result_url}/apply"), &[]).await;
        assert_eq!(applied.status, StatusCode::SEE_OTHER);
    }
    // Applying emails nobody, and the page says so and how to tell people.
    let emails = scope.find::<outbox_message::Entity>().count(scope.db());
    assert_eq!(emails.await.unwrap(), emails_before);
    let applied = app.get(&result_url).await;
    assert_eq!(
        applied.text_of(".govuk-notification-banner__content"),
        "Places have been offered to this panel, the reserves are listed in the order drawn, \
         and everyone else in the pool is marked as not drawn. Anyone with an account sees \
         this on their opportunities page, but nobody has been emailed. To email someone \
         offered a place or not drawn, choose Decide next to their name on the Interest and \
         selection page and save the decision as it is, or phone or write to them. A reserve \
         is emailed when you offer them a place that comes free."
    );
    let rows = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(id))
        .all(&app.state.db)
        .await
        .unwrap();
    let with = |s: &str| rows.iter().filter(|r| r.status == s).count();
    assert_eq!(with("offered"), 4);
    assert!(with("reserve") >= 2);
    assert_eq!(with("offered") + with("reserve") + with("not_selected"), 12);
    let offered: Vec<String> = rows
        .iter()
        .filter(|r| r.status == "offered")
        .map(|r| r.person_id.to_string())
        .collect();
    for p in &panel {
        assert!(offered.contains(p), "the drawn panel is offered the places");
    }
    let reserves: Vec<String> = serde_json::from_value(outcome["reserves"].clone()).unwrap();
    let mut ranked: Vec<_> = rows.iter().filter(|r| r.status == "reserve").collect();
    ranked.sort_by_key(|r| r.reserve_rank);
    let in_order: Vec<String> = ranked.iter().map(|r| r.person_id.to_string()).collect();
    assert_eq!(in_order, reserves, "reserves are asked in the order drawn");
    let told = rows.iter().find(|r| r.status == "not_selected").unwrap();
    assert_eq!(
        told.reason.as_deref(),
        Some("Places were chosen by a fair lottery, and you were not drawn this time.")
    );

    // Every place is now offered: another draw is refused in plain words.
    let full = app
        .post(&format!("/opportunities/{id}/draw"), &[("seed", "again")])
        .await;
    assert_eq!(full.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(full.body.contains("Every place has been offered already"));
}
