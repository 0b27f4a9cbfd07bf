use axum::http::StatusCode;

use crate::both_databases;
use crate::harness::TestApp;

both_databases!(the_demo_seeds_and_refreshes, demo);
async fn demo(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let accounts = withus_web::demo::seed(&app.state.db, "first-demo-password-1")
        .await
        .unwrap();
    assert_eq!(accounts.len(), 7);
    assert_eq!(
        app.sign_in("member@demo.example", "first-demo-password-1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // A second run changes the password and adds nobody twice.
    withus_web::demo::seed(&app.state.db, "second-demo-password-2")
        .await
        .unwrap();
    let mut again = app.new_browser();
    assert_eq!(
        again
            .sign_in("admin@demo.example", "first-demo-password-1")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        again
            .sign_in("admin@demo.example", "second-demo-password-2")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let outbox = again.get("/admin/outbox").await;
    assert!(outbox.body.contains("Welcome to Northbrook"));
    let org = withus_db::installation::organisation_by_slug(&app.state.db, "demo")
        .await
        .unwrap()
        .unwrap();
    let scope = withus_db::OrgScope::new(app.state.db.clone(), org.id);
    let opportunities = withus_web::opportunities::queries::list(&scope, "")
        .await
        .unwrap();
    for (list, field) in [
        (withus_web::opportunities::vocab::STATUSES, 0),
        (withus_web::opportunities::vocab::LEVELS, 1),
        (withus_web::opportunities::vocab::AREAS, 2),
    ] {
        for (value, _) in list {
            assert!(
                opportunities.iter().any(|o| match field {
                    0 => o.status == *value,
                    1 => o.level.as_deref() == Some(*value),
                    _ => o.area.as_deref() == Some(*value),
                }),
                "a demo opportunity at {value}"
            );
        }
    }
    let recruiting = opportunities
        .iter()
        .find(|o| o.status == "recruiting" && o.title != withus_web::opportunities::demo::LOTTERY)
        .unwrap();
    let lottery = opportunities
        .iter()
        .find(|o| o.title == withus_web::opportunities::demo::LOTTERY)
        .unwrap();
    let pool = withus_web::opportunities::lottery::queries::pool(&scope, lottery.id)
        .await
        .unwrap();
    assert!(pool.people.len() >= 20, "a pool ready to draw from");
    let quotas = withus_web::opportunities::lottery::queries::quotas(&scope, lottery.id)
        .await
        .unwrap();
    assert_eq!(quotas.len(), 2);
    let interest = withus_web::opportunities::queries::interests(&scope, recruiting.id)
        .await
        .unwrap();
    assert!(
        interest
            .iter()
            .any(|(i, _)| i.status == "not_selected" && i.reason.is_some())
    );
    assert!(interest.iter().any(|(i, _)| i.status == "confirmed"));

    // Past and future meetings, with agendas, papers, attendance and failing checks.
    let meetings = withus_web::meetings::queries::list(&scope).await.unwrap();
    let now = chrono::Utc::now();
    assert!(
        meetings
            .iter()
            .any(|(m, _)| m.ends_at < now && m.notes.is_some())
    );
    assert!(meetings.iter().filter(|(m, _)| m.starts_at > now).count() >= 4);
    let mut failing = 0;
    for (m, _) in &meetings {
        let loaded = withus_web::meetings::queries::load(&scope, m.id)
            .await
            .unwrap()
            .unwrap();
        let attendees = withus_web::meetings::queries::attendees(&scope, m.id)
            .await
            .unwrap();
        let papers = withus_web::meetings::queries::papers(&scope, m.id)
            .await
            .unwrap();
        assert!(!papers.is_empty(), "every demo meeting has papers");
        let checks =
            withus_web::meetings::queries::checks(&scope, &loaded, &attendees, &papers, now)
                .await
                .unwrap();
        failing += checks.iter().filter(|c| c.open()).count();
        if m.ends_at < now {
            assert!(attendees.iter().any(
                |a| a.row.attendance.as_deref() == Some("attended") && a.row.minutes.is_some()
            ));
        }
    }
    assert!(failing >= 4, "some demo checks fail: {failing}");
    let mut member = app.new_browser();
    member
        .sign_in("member@demo.example", "second-demo-password-2")
        .await;
    let mine = member.get("/my/meetings").await;
    assert!(
        mine.body.contains("second meeting"),
        "Jo is invited to an upcoming meeting"
    );
    let count = |filters: withus_web::people::queries::Filters| {
        let scope = scope.clone();
        async move {
            withus_web::people::queries::list(&scope, &filters)
                .await
                .unwrap()
                .total
        }
    };
    use withus_web::kit::vocab;
    use withus_web::people::queries::Filters;
    assert!(
        count(Filters::default()).await >= 300,
        "at least 300 people"
    );
    for (status, _) in vocab::STATUSES {
        assert!(
            count(Filters {
                status: (*status).into(),
                ..Filters::default()
            })
            .await
                > 0,
            "someone is {status}"
        );
    }
    for (role, _) in vocab::INVOLVEMENT_ROLES {
        assert!(
            count(Filters {
                role: (*role).into(),
                ..Filters::default()
            })
            .await
                > 0,
            "someone is {role}"
        );
    }
    for (need, _) in vocab::ACCESS_NEEDS {
        assert!(
            count(Filters {
                need: (*need).into(),
                ..Filters::default()
            })
            .await
                > 0,
            "someone needs {need}"
        );
    }
    for (way, _) in vocab::WAYS {
        assert!(
            count(Filters {
                way: (*way).into(),
                ..Filters::default()
            })
            .await
                > 0,
            "someone takes part {way}"
        );
    }
    use withus_db::entities::equality_answer;
    use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
    use withus_web::kit::equality_questions::{PREFER_NOT, QUESTIONS};
    for question in QUESTIONS {
        let column = match question.name {
            "age_band" => equality_answer::Column::AgeBand,
            "sex" => equality_answer::Column::Sex,
            "gender_same_as_birth" => equality_answer::Column::GenderSameAsBirth,
            "sexual_orientation" => equality_answer::Column::SexualOrientation,
            "ethnic_group" => equality_answer::Column::EthnicGroup,
            "religion" => equality_answer::Column::Religion,
            "long_term_condition" => equality_answer::Column::LongTermCondition,
            "condition_impact" => equality_answer::Column::ConditionImpact,
            _ => equality_answer::Column::UnpaidCare,
        };
        for value in question.answers.iter().map(|(v, _)| *v).chain([PREFER_NOT]) {
            let n = scope
                .find::<equality_answer::Entity>()
                .filter(column.eq(value))
                .count(&app.state.db)
                .await
                .unwrap();
            assert!(n > 0, "someone answered {} with {value}", question.name);
        }
    }
    let accounts = again.get("/admin/accounts").await;
    assert!(
        !accounts.body.contains("riverside"),
        "the demo's second organisation stays apart"
    );
}
