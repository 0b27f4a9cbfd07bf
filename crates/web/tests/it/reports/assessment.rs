//! Self-assessment, the action plan, the strategy and open data through HTTP on both
//! databases: a member and a member of staff rate apart and are shown side by side; rating
//! again changes a rating; Withus's own figure stands beside the statement it speaks to.

use axum::http::StatusCode;
use chrono::{Datelike, Duration, Utc};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{action, assessment_rating, strategy_objective};
use withus_db::sea_orm::{self, ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::meetings::{member, person};
use crate::reports::{fixture, table};

/// An action and an objective of another organisation, for the tenancy probe.
pub async fn seeded(scope: &OrgScope) -> (String, String) {
    let action = Uuid::now_v7();
    scope
        .insert(action::ActiveModel {
            id: Set(action),
            title: Set("Quartermain action".into()),
            statement: Set(None),
            owner: Set("Quartermain".into()),
            due_on: Set(Utc::now().date_naive()),
            status: Set("not_started".into()),
            created_at: Set(Utc::now()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    let objective = Uuid::now_v7();
    scope
        .insert(strategy_objective::ActiveModel {
            id: Set(objective),
            position: Set(1),
            objective: Set("Quartermain objective".into()),
            measure: Set(None),
            target: Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
    (action.to_string(), objective.to_string())
}

const TWO: &str =
    "At least two people who use services or carers come to each meeting where we decide things.";

fn row<'a>(rows: &'a [Vec<String>], first: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[0] == first)
        .unwrap_or_else(|| panic!("no {first}: {rows:?}"))
}

both_databases!(staff_and_involved_people_rate_side_by_side, side_by_side);
async fn side_by_side(url: String) {
    let (mut app, org, scope) = crate::impact::coordinator(&url).await;
    let f = fixture(&app, &org).await;
    let jo = person(&app, &org, "Jo", &[], None).await;
    let mut jo = member(&app, &org, jo, "Jo").await;
    let index = jo.get("/assessment").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(index.body.contains("Give your rating") && !index.body.contains("See the results"));
    let empty = jo.post("/assessment/4pi", &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .body
            .contains("Choose an answer for at least one sentence")
    );
    let bad = jo
        .post(
            "/assessment/4pi",
            &[
                ("presence-two", "brilliant"),
                ("presence-two-evidence", "I was there"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("I was there"), "what was typed is kept");
    let rated = jo
        .post(
            "/assessment/4pi",
            &[
                ("presence-two", "not_started"),
                ("presence-two-evidence", "Often only me"),
            ],
        )
        .await;
    assert_eq!(rated.status, StatusCode::SEE_OTHER);
    // Rating again changes the rating, it does not add one.
    jo.post("/assessment/4pi", &[("presence-two", "developing")])
        .await;
    let staff = app
        .post(
            "/assessment/4pi",
            &[
                ("presence-two", "embedded"),
                ("process-papers", "established"),
            ],
        )
        .await;
    assert_eq!(staff.status, StatusCode::SEE_OTHER);
    let rows = scope
        .find::<assessment_rating::Entity>()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .any(|r| r.rated_as == "involved" && r.rating == "developing")
    );

    let results = app.get("/assessment/4pi/results").await;
    assert_eq!(results.status, StatusCode::OK);
    let presence = table(&results.body, "Presence");
    let two = row(&presence, TWO);
    assert_eq!(two[1], "4.0 (1 answered)", "staff");
    assert_eq!(two[2], "2.0 (1 answered)", "involved people");
    assert_eq!(two[3], "+2.0", "staff rate it higher");
    let trend = table(&results.body, "Year by year");
    let year = crate::reports::this_year();
    assert_eq!(row(&trend, &year.to_string())[1], "3.5 (2 answered)");
    // The year the fixture's meetings were held: one of two decision-making meetings had two.
    let then = (f.a).year();
    let before = app
        .get(&format!("/assessment/4pi/results?year={then}"))
        .await;
    let two_then = table(&before.body, "Presence");
    assert!(
        row(&two_then, TWO)[4].ends_with(": 50%"),
        "{:?}",
        row(&two_then, TWO)
    );
    assert_eq!(
        jo.get("/assessment/4pi/results").await.status,
        StatusCode::FORBIDDEN
    );
}

both_databases!(the_action_plan_has_owners_dates_and_status, actions);
async fn actions(url: String) {
    let (mut app, _, scope) = crate::impact::coordinator(&url).await;
    let refused = app
        .post(
            "/assessment/actions",
            &[
                ("title", ""),
                ("owner", "Tom"),
                ("due-day", "31"),
                ("due-month", "2"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("Enter what will be done")
            && refused.body.contains("Enter a real date")
    );
    assert!(refused.body.contains("value=\"Tom\""));
    let due = Utc::now().date_naive() - Duration::days(3);
    let added = app
        .post(
            "/assessment/actions",
            &[
                ("title", "Recruit carers from the Polish community"),
                ("owner", "Tom Okafor"),
                ("due-day", &due.day().to_string()),
                ("due-month", &due.month().to_string()),
                ("due-year", &due.year().to_string()),
                ("statement", "4pi.presence.diverse"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = app.get("/assessment/actions").await;
    let rows = table(&page.body, "Action plan");
    assert_eq!(rows[0][1], "Tom Okafor");
    assert!(rows[0][2].ends_with("(late)"), "past its date and not done");
    let id = scope
        .find::<action::Entity>()
        .filter(action::Column::Owner.eq("Tom Okafor"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let moved = app
        .post(&format!("/assessment/actions/{id}"), &[("status", "done")])
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let page = app.get("/assessment/actions").await;
    let rows = table(&page.body, "Action plan");
    assert_eq!(rows[0][3], "Done");
    assert!(!rows[0][2].contains("late"));
}

both_databases!(
    the_strategy_has_an_easy_read_version_and_objectives,
    strategy
);
async fn strategy(url: String) {
    let (mut app, org, _) = crate::impact::coordinator(&url).await;
    let refused = app
        .post(
            "/strategy",
            &[("vision", ""), ("aims", "Reach more carers")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("Enter the vision") && refused.body.contains("Reach more carers")
    );
    let saved = app
        .post(
            "/strategy",
            &[
                ("vision", "Carers shape every service."),
                ("senior_manager", "Dr Helen Marsh, Director"),
                ("easy_read", "You help us make services better."),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let wrong = app
        .post(
            "/strategy/objectives",
            &[
                ("objective", "Pay on time"),
                ("measure", "made_up"),
                ("target", "soon"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Enter the target as a whole number"));
    app.post(
        "/strategy/objectives",
        &[
            ("objective", "Pay within ten days"),
            ("measure", "median_days_to_pay"),
            ("target", "10"),
        ],
    )
    .await;
    let page = app.get("/strategy").await;
    let objectives = table(&page.body, "Objectives");
    assert_eq!(objectives[0][1], "Median days to pay");
    assert_eq!(objectives[0][2], "No figure yet", "nothing paid yet");
    let jo = person(&app, &org, "Jo", &[], None).await;
    let mut jo = member(&app, &org, jo, "Jo").await;
    let easy = jo.get("/strategy/easy-read").await;
    assert_eq!(easy.status, StatusCode::OK);
    assert!(
        easy.body.contains("You help us make services better.")
            && easy.body.contains("Dr Helen Marsh")
    );
    assert_eq!(jo.get("/strategy").await.status, StatusCode::FORBIDDEN);
}

both_databases!(
    open_data_is_published_only_when_chosen_and_holds_counts_only,
    open_data
);
async fn open_data(url: String) {
    let (mut app, org, scope) = crate::impact::coordinator(&url).await;
    let opportunity = crate::impact::opportunity_at(&app, &org, "active").await;
    let jo = person(&app, &org, "Jo", &[], None).await;
    crate::impact::seeded(&scope, opportunity, jo).await;
    let mut public = app.new_browser();
    assert_eq!(
        public.get("/open/northbrook").await.status,
        StatusCode::NOT_FOUND
    );
    app.post(
        "/reports/settings",
        &[
            ("suppress_below", "5"),
            ("area", "E92000001"),
            ("publish", "yes"),
        ],
    )
    .await;
    let page = public.get("/open/northbrook").await;
    assert_eq!(page.status, StatusCode::OK);
    let rows = table(&page.body, "You said, we did, by year and impact area");
    let year = Utc::now().year().to_string();
    assert_eq!(row(&rows, &year)[1], "All areas");
    assert_eq!(row(&rows, &year)[2], "1", "one thing said");
    let csv = public.get("/open/northbrook/you-said-we-did.csv").await;
    assert!(
        csv.body
            .starts_with("year,impact_area,said,changed,not_changed,open")
    );
    assert!(
        !csv.body.contains("Secret subject") && !page.body.contains("Secret subject"),
        "counts, not words"
    );
    let mut other = app.new_browser();
    other.sign_in_as(&org, Role::InvolvedPerson).await;
    assert_eq!(
        other.get("/reports/open-data").await.status,
        StatusCode::FORBIDDEN
    );
}

both_databases!(the_member_screens_are_plain, plain);
async fn plain(url: String) {
    let (mut app, org, _) = crate::impact::coordinator(&url).await;
    app.post(
        "/strategy",
        &[
            ("vision", "Carers shape every service."),
            ("senior_manager", "Helen Marsh"),
            ("easy_read", "We want you to help us make our services better. You choose how. We will tell you what changed."),
        ],
    )
    .await;
    let jo = person(&app, &org, "Jo", &[], None).await;
    let mut jo = member(&app, &org, jo, "Jo").await;
    let paths = [
        "/assessment",
        "/assessment/4pi",
        "/assessment/jigsaw",
        "/assessment/principles",
        "/strategy/easy-read",
    ]
    .map(String::from);
    let problems = crate::impact::plain_problems(&mut jo, &paths).await;
    assert!(problems.is_empty(), "{problems:#?}");
}
