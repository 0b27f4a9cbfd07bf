//! Checks that used to miss: a person expected at two meetings at once, an agenda closing date
//! already past, and an opportunity promising access its meeting's venue does not have.

use axum::http::StatusCode;
use chrono::Utc;
use withus_db::entities::{account, meeting};
use withus_db::sea_orm::ActiveValue::Set;
use withus_web::meetings::queries as meetings;
use withus_web::opportunities::forms::OpportunityInput;

use super::rules::venue;
use super::{check, coordinator, create_meeting, expect, person, when};
use crate::both_databases;

both_databases!(
    a_person_expected_at_another_meeting_at_the_same_time_is_found,
    double_booked
);
async fn double_booked(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let ann = person(&app, &org, "Ann", &[], None).await;
    // All three at 2–4pm: two on the same day, one the day after.
    let first = create_meeting(&mut app, o, 21, "no", "").await;
    let same_day = create_meeting(&mut app, o, 21, "no", "").await;
    let next_day = create_meeting(&mut app, o, 22, "no", "").await;
    for m in [first, same_day, next_day] {
        expect(&app, &org, m, ben, "member").await;
    }
    expect(&app, &org, first, ann, "reserve").await;

    let time = check(&mut app, first, "time").await;
    assert_eq!(
        time.matches("is already expected at").count(),
        1,
        "only the same day's meeting overlaps: {time}"
    );
    assert!(
        time.contains("Ben Meeting is already expected at Strategy group on")
            && time.contains("at 2pm, which overlaps"),
        "{time}"
    );
    assert!(!time.contains("Ann"), "Ann has no other meeting: {time}");
    let other = check(&mut app, next_day, "time").await;
    assert!(!other.contains("already expected"), "{other}");

    // A cancelled meeting keeps nobody busy.
    meetings::set(
        &app.scope(&org),
        same_day,
        meeting::ActiveModel {
            cancelled_at: Set(Some(Utc::now())),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let time = check(&mut app, first, "time").await;
    assert!(!time.contains("already expected"), "{time}");
}

both_databases!(the_agenda_closing_date_is_never_in_the_past, agenda_date);
async fn agenda_date(url: String) {
    let (mut app, _, o) = coordinator(&url).await;
    // Papers go 7 days ahead by default, so the old suggestion (10 days before) was yesterday.
    let meeting = create_meeting(&mut app, o, 9, "no", "").await;
    let page = app.get(&format!("/meetings/{meeting}")).await;
    {
        let html = scraper::Html::parse_document(&page.body);
        let (d, m, y, _) = when(0);
        for (field, want) in [
            ("closes-day", &d),
            ("closes-month", &m),
            ("closes-year", &y),
        ] {
            let selector = scraper::Selector::parse(&format!("input[name='{field}']")).unwrap();
            let shown = html
                .select(&selector)
                .next()
                .and_then(|input| input.value().attr("value"))
                .unwrap_or_default();
            assert_eq!(shown, want.as_str(), "{field} suggested as today");
        }
    }

    let share = format!("/meetings/{meeting}/agenda/share");
    for (days, message) in [
        (-1, "The closing date must be today or in the future"),
        (
            10,
            "The closing date must be on or before the day of the meeting",
        ),
    ] {
        let (d, m, y, _) = when(days);
        let r = app
            .post(
                &share,
                &[
                    ("closes-day", &d),
                    ("closes-month", &m),
                    ("closes-year", &y),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.text_of(".govuk-error-summary").contains(message),
            "{days}"
        );
        assert!(
            r.body.contains(&format!("value=\"{d}\"")),
            "the date typed is kept"
        );
    }
    let (_, _, y, _) = when(0);
    let r = app
        .post(
            &share,
            &[
                ("closes-day", "30"),
                ("closes-month", "2"),
                ("closes-year", &y),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("Enter a real closing date")
    );

    let (d, m, y, _) = when(0);
    let r = app
        .post(
            &share,
            &[
                ("closes-day", &d),
                ("closes-month", &m),
                ("closes-year", &y),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "today is allowed");
}

both_databases!(
    an_opportunity_cannot_promise_access_its_venue_lacks_unnoticed,
    venue_promise
);
async fn venue_promise(url: String) {
    let (mut app, org, _) = coordinator(&url).await;
    let scope = app.scope(&org);
    let owner = scope
        .find::<account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let promising = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Hearing services review".into(),
            summary: "Review the hearing service.".into(),
            way: "in_person".into(),
            places: 4,
            access: vec!["hearing_loop".into(), "step_free".into()],
            ..Default::default()
        },
        owner.id,
    )
    .await
    .unwrap();
    let hall = venue(&mut app, "Old Hall", &["step_free"]).await;
    let looped = venue(&mut app, "Library", &["step_free", "hearing_loop"]).await;
    let in_hall = create_meeting(&mut app, promising, 21, "no", &hall).await;
    let in_library = create_meeting(&mut app, promising, 22, "no", &looped).await;

    let access = check(&mut app, in_hall, "access").await;
    assert!(
        access.contains("The opportunity promises Hearing loop, but Old Hall does not have it"),
        "{access}"
    );
    assert!(
        !access.contains("Step-free"),
        "the hall is step-free: {access}"
    );
    let access = check(&mut app, in_library, "access").await;
    assert!(!access.contains("promises"), "{access}");
}
