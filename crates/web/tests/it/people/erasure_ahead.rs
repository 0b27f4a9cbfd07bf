//! Erasure and what is still to come: someone erased is offered nothing more and expected at
//! nothing more, while what they took part in still counts.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use uuid::Uuid;
use withus_db::entities::{interest, meeting_attendee};
use withus_db::sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter};
use withus_web::meetings::queries::insert_attendee;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use crate::both_databases;
use crate::harness::TestApp;
use crate::impact::{confirm, coordinator, opportunity_at};

/// An online meeting of `opportunity`, `days` from today (before today when negative).
async fn meeting(app: &mut TestApp, opportunity: Uuid, days: i64) -> Uuid {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    let (d, m, y) = (
        day.format("%-d").to_string(),
        day.format("%-m").to_string(),
        day.format("%Y").to_string(),
    );
    let r = app
        .post(
            &format!("/opportunities/{opportunity}/meetings"),
            &[
                ("title", "Strategy group"),
                ("starts-day", d.as_str()),
                ("starts-month", m.as_str()),
                ("starts-year", y.as_str()),
                ("from", "14:00"),
                ("to", "16:00"),
                ("high_level", "no"),
                ("venue", ""),
                ("online", "https://meet.example/group"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    Uuid::parse_str(r.location().trim_start_matches("/meetings/")).unwrap()
}

both_databases!(erasure_takes_them_off_what_is_still_to_come, ahead);
async fn ahead(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let db = app.state.db.clone();
    let form = PersonForm {
        given_name: "Ada".into(),
        family_name: "Ahead".into(),
        involvement_role: "carer".into(),
        ways: vec!["online".into()],
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    let open = opportunity_at(&app, &org, "open").await;
    let done = opportunity_at(&app, &org, "evaluating").await;
    confirm(&scope, done, id).await;
    scope
        .insert(interest::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(open),
            person_id: Set(id),
            status: Set("offered".into()),
            note: Set(None),
            access_needs: Set(None),
            reason: Set(None),
            reserve_rank: Set(None),
            created_at: Set(Utc::now()),
            decided_at: Set(None),
            decided_by: Set(None),
            withdrawn_at: Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
    let past = meeting(&mut app, done, -3).await;
    let coming = meeting(&mut app, done, 14).await;
    for m in [past, coming] {
        insert_attendee(&scope, m, Some(id), None, "member")
            .await
            .unwrap();
    }

    let erased = app.post(&format!("/people/{id}/erase"), &[]).await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);

    let status_in = |opportunity: Uuid| {
        let db = db.clone();
        let scope = scope.clone();
        async move {
            scope
                .find::<interest::Entity>()
                .filter(interest::Column::PersonId.eq(id))
                .filter(interest::Column::OpportunityId.eq(opportunity))
                .one(&db)
                .await
                .unwrap()
                .map(|i| (i.status, i.withdrawn_at.is_some()))
        }
    };
    assert_eq!(
        status_in(open).await,
        Some(("withdrawn".into(), true)),
        "nobody can offer them the place"
    );
    assert_eq!(
        status_in(done).await,
        Some(("confirmed".into(), false)),
        "what they took part in still counts"
    );
    let expected_at: Vec<Uuid> = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.eq(id))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.meeting_id)
        .collect();
    assert_eq!(
        expected_at,
        vec![past],
        "off the meeting to come, still at the past one"
    );
    // Their anonymous record offers nothing to change, and refuses changes sent anyway.
    let record = app.get(&format!("/people/{id}")).await;
    assert!(record.body.contains("Their details were erased on"));
    assert!(!record.body.contains(&format!("/people/{id}/edit")));
    for (path, fields) in [
        (format!("/people/{id}/status"), vec![("status", "active")]),
        (format!("/people/{id}"), vec![("given_name", "Back")]),
    ] {
        let refused = app.post(&path, &fields).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{path}");
    }
    let page = app.get(&format!("/meetings/{coming}")).await;
    assert!(!page.body.contains("Ada Ahead") && !page.body.contains("Erased person"));
}
