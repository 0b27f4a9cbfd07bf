//! The long opportunity form as a GOV.UK task list: a first page for what it is about, then
//! each part on a page of its own, saved over what is stored, with whether it is done.

use super::*;
use crate::both_databases;

both_databases!(the_opportunity_form_is_a_task_list_of_parts, parts);
async fn parts(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;

    // The first page asks only what the opportunity is about.
    let new = app.get("/opportunities/new").await;
    assert!(new.body.contains("Summary in plain English"));
    assert!(
        !new.body.contains("Kind of role"),
        "roles wait for their part"
    );
    assert!(!new.body.contains("Number of places"));

    let missing = app
        .post("/opportunities", &[("part", "about"), ("summary", "Kept")])
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Enter a title"));
    assert!(missing.body.contains(">Kept</textarea>"));
    assert!(
        !missing.body.contains("Kind of role"),
        "still the first page"
    );

    let made = app
        .post(
            "/opportunities",
            &[
                ("part", "about"),
                ("title", "Carers' leaflet"),
                ("summary", "Help us rewrite it."),
                ("topics", "carers"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let tasks = made.location().to_owned();
    assert!(tasks.ends_with("/edit?saved=added"), "{tasks}");
    let id = tasks
        .trim_start_matches("/opportunities/")
        .split('/')
        .next()
        .unwrap()
        .to_owned();

    let list = app.get(&tasks).await;
    assert!(list.body.contains("The opportunity was saved as a draft."));
    assert!(list.body.contains("You have completed 0 of 5 parts."));
    assert!(list.body.contains("govuk-task-list"));
    for part in ["about", "say", "roles", "when", "places"] {
        assert!(
            list.body
                .contains(&format!("href=\"/opportunities/{id}/edit/{part}\"")),
            "{part}"
        );
    }
    assert_eq!(list.body.matches("Needed before it opens").count(), 3);
    // The draft took the new form's defaults for the parts not yet seen.
    let places = app.get(&format!("/opportunities/{id}/edit/places")).await;
    assert!(places.body.contains("value=\"8\""), "{}", places.body);

    // One part saved leaves the others as they were.
    let say = format!("/opportunities/{id}/edit/say");
    let page = app.get(&say).await;
    assert!(
        page.body.contains("Carers&#39; leaflet"),
        "the title as caption"
    );
    assert!(page.body.contains("Who makes the final decision"));
    assert!(!page.body.contains("Summary in plain English"));
    let saved = app
        .post(
            &say,
            &[
                ("level", "consulting"),
                ("can_change", "The words"),
                ("cannot_change", "The law"),
                ("who_decides", "The carers' lead"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location(),
        format!("/opportunities/{id}/edit?saved=say")
    );
    let list = app.get(saved.location()).await;
    assert!(list.body.contains("‘What people can influence’ was saved."));
    assert!(list.body.contains("You have completed 1 of 5 parts."));
    let about = app.get(&format!("/opportunities/{id}/edit/about")).await;
    assert!(about.body.contains(">Help us rewrite it.</textarea>"));
    assert!(about.body.contains("value=\"carers\" checked"));

    // A part with a mistake comes back with what was typed; nothing is saved.
    let wrong = app
        .post(
            &format!("/opportunities/{id}/edit/places"),
            &[("places", "0"), ("budget", "lots"), ("paid", "no")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("There is a problem"));
    assert!(wrong.body.contains("value=\"lots\""));
    let places = app.get(&format!("/opportunities/{id}/edit/places")).await;
    assert!(places.body.contains("value=\"8\""), "unchanged");

    // Opening needs how people take part, which the when part holds.
    let refused = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert!(refused.body.contains("Say how people take part"));
    let when = app
        .post(
            &format!("/opportunities/{id}/edit/when"),
            &[("way", "by pigeon")],
        )
        .await;
    assert_eq!(
        when.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a forged way"
    );
    let when = app
        .post(
            &format!("/opportunities/{id}/edit/when"),
            &[("way", "online")],
        )
        .await;
    assert_eq!(when.status, StatusCode::SEE_OTHER);
    let refused = app
        .post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    assert!(!refused.body.contains("Say how people take part"));

    assert_eq!(
        app.get(&format!("/opportunities/{id}/edit/everything"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
