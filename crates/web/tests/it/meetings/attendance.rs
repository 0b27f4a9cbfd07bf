//! Recording a meeting: attendance, hours given and notes, shared with those expected.

use axum::http::StatusCode;
use withus_db::entities::{meeting_attendee, person};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::meetings::queries as meetings;

use super::{coordinator, create_meeting, outbox, person};
use crate::both_databases;

both_databases!(attendance_hours_and_notes_are_recorded, attendance);
async fn attendance(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let meeting = create_meeting(&mut app, o, -2, "no", "").await;
    let attendee = meetings::insert_attendee(&app.scope(&org), meeting, Some(ben), None, "member")
        .await
        .unwrap();
    let key = attendee.to_string();
    let r = app
        .post(
            &format!("/meetings/{meeting}/record"),
            &[
                (&format!("attendance-{key}"), "attended"),
                (&format!("hours-{key}"), "two"),
                ("notes", "We agreed the plan."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("Enter the hours Ben Meeting gave as a number")
    );
    assert!(r.body.contains("We agreed the plan."));
    let r = app
        .post(
            &format!("/meetings/{meeting}/record"),
            &[
                (&format!("attendance-{key}"), "attended"),
                (&format!("hours-{key}"), "2.5"),
                ("notes", "We agreed the plan."),
                ("share", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let scope = app.scope(&org);
    let row = scope
        .find::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::Id.eq(attendee))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.attendance.as_deref(), row.minutes),
        (Some("attended"), Some(150))
    );
    let ben_row = scope
        .find::<person::Entity>()
        .filter(person::Column::Id.eq(ben))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(ben_row.last_involved_at.is_some());
    let notes = outbox(&app, "ben@people.example").await;
    assert!(
        notes.iter().any(|m| m.subject == "Notes of Strategy group"
            && m.body_text.contains("We agreed the plan."))
    );
}
