//! Selection with reasons, reserves and promotion.

use super::*;
use crate::both_databases;

both_databases!(selection_with_reasons_reserves_and_promotion, selection);
async fn selection(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let ready: Vec<(&str, &str)> = DRAFT.iter().chain(READY).copied().collect();
    let id = create(&mut app, &ready).await;

    let mut gita = member(&app, &org, "Gita").await;
    assert_eq!(
        gita.get(&format!("/my/opportunities/{id}")).await.status,
        StatusCode::NOT_FOUND,
        "a draft is not shown"
    );
    app.post(&format!("/opportunities/{id}/status"), &[("to", "open")])
        .await;
    let mut hal = member(&app, &org, "Hal").await;
    let mut ivy = member(&app, &org, "Ivy").await;

    let list = gita.get("/my/opportunities").await;
    assert!(list.text_of("main").contains("Carers' strategy panel"));
    let page = gita.get(&format!("/my/opportunities/{id}")).await;
    assert!(page.body.contains("What people cannot change"));
    assert!(page.body.contains("The overall budget"));

    // Saying you are interested is checked first: nothing is sent until "send", and
    // "change" brings back what was typed.
    let interest = format!("/my/opportunities/{id}/interest");
    let typed = [
        ("note", "Tuesdays suit me"),
        ("access_needs", "A hearing loop"),
    ];
    let check = gita.post(&interest, &typed).await;
    assert_eq!(check.status, StatusCode::OK);
    let main = check.text_of("main");
    assert!(main.contains("Check what you are sending"), "{main}");
    assert!(main.contains("Tuesdays suit me") && main.contains("A hearing loop"));
    assert!(check.body.contains("name=\"step\" value=\"send\""));
    let listed = app.get(&format!("/opportunities/{id}/interest")).await;
    assert!(!listed.text_of("main").contains("Gita"), "not sent yet");
    let change: Vec<(&str, &str)> = typed.iter().copied().chain([("step", "change")]).collect();
    let back = gita.post(&interest, &change).await;
    assert!(back.body.contains(">Tuesdays suit me</textarea>"));
    assert!(back.body.contains(">A hearing loop</textarea>"));
    for m in [&mut gita, &mut hal, &mut ivy] {
        let r = m
            .post(
                &format!("/my/opportunities/{id}/interest"),
                &[
                    ("note", "I care for my dad"),
                    ("access_needs", ""),
                    ("step", "send"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            r.location(),
            format!("/my/opportunities/{id}?done=interested")
        );
    }
    let said = gita
        .get(&format!("/my/opportunities/{id}?done=interested"))
        .await;
    assert!(said.body.contains("Interested"));
    assert!(
        said.text_of(".govuk-notification-banner")
            .contains("The team will look at everyone who is interested"),
        "what happens next, after saying they are interested"
    );

    let interest = app.get(&format!("/opportunities/{id}/interest")).await;
    assert!(interest.body.contains("I care for my dad"));
    let links: Vec<String> = interest
        .body
        .split(&format!("href=\"/opportunities/{id}/interest/"))
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_owned())
        .collect();
    assert_eq!(links.len(), 3);
    let decide = |i: usize| format!("/opportunities/{id}/interest/{}", links[i]);

    // Not this time needs a reason the person is told.
    let r = app
        .post(&decide(2), &[("decision", "not_selected"), ("reason", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Enter the reason they will be told"));
    app.post(
        &decide(2),
        &[
            ("decision", "not_selected"),
            (
                "reason",
                "We needed people who use the day centre this time.",
            ),
        ],
    )
    .await;
    app.post(&decide(0), &[("decision", "offered"), ("reason", "")])
        .await;
    // One place only: a second offer is refused.
    let full = app
        .post(&decide(1), &[("decision", "confirmed"), ("reason", "")])
        .await;
    assert_eq!(full.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        full.body
            .contains("Every place is offered or confirmed already")
    );
    app.post(&decide(1), &[("decision", "reserve"), ("reason", "")])
        .await;

    let ivy_page = ivy.get(&format!("/my/opportunities/{id}")).await;
    assert!(ivy_page.body.contains("Not this time"));
    assert!(
        ivy_page
            .body
            .contains("We needed people who use the day centre this time.")
    );
    assert!(hal.get("/my/opportunities").await.body.contains("Reserve"));

    // Gita accepts, then withdraws; the place goes to Hal only when the coordinator says so.
    let took = gita
        .post(&format!("/my/opportunities/{id}/accept"), &[])
        .await;
    let took = gita.get(took.location()).await;
    assert!(took.body.contains("Confirmed"));
    assert!(
        took.text_of(".govuk-notification-banner")
            .contains("You will get an invitation to each meeting")
    );
    let left = gita
        .post(&format!("/my/opportunities/{id}/withdraw"), &[])
        .await;
    // She held a place, so the page says she gave it up, not only that she is not interested.
    assert_eq!(
        left.location(),
        format!("/my/opportunities/{id}?done=gave-up")
    );
    assert!(
        gita.get(left.location())
            .await
            .text_of(".govuk-notification-banner")
            .contains("You have given up your place. The team can see this")
    );
    let again = gita
        .post(&format!("/my/opportunities/{id}/withdraw"), &[])
        .await;
    assert_eq!(
        again.location(),
        format!("/my/opportunities/{id}"),
        "nothing changed, so nothing to confirm"
    );
    assert!(
        hal.get(&format!("/my/opportunities/{id}"))
            .await
            .body
            .contains("Reserve"),
        "not promoted by itself"
    );
    let interest = app.get(&format!("/opportunities/{id}/interest")).await;
    assert!(interest.body.contains("Offer the place to Hal Match"));
    app.post(
        &format!("/opportunities/{id}/promote"),
        &[("interest", &links[1])],
    )
    .await;
    let hal_page = hal.get(&format!("/my/opportunities/{id}")).await;
    assert!(hal_page.body.contains("Offered a place"));
    hal.post(&format!("/my/opportunities/{id}/accept"), &[])
        .await;

    // Involvement over 12 months counts Hal's confirmed place.
    let fairness = app.get("/opportunities/fairness").await;
    assert!(fairness.body.contains("Hal Match"));
    assert!(
        fairness
            .body
            .contains("2 active people have not been involved"),
        "{}",
        fairness.text_of("main")
    );

    // Someone on a break cannot say they are interested.
    let mut jo = member(&app, &org, "Jo").await;
    jo.post("/my/status", &[("status", "left")]).await;
    let page = jo.get(&format!("/my/opportunities/{id}")).await;
    assert!(
        page.text_of("main")
            .contains("You cannot say you are interested while you are taking a break"),
        "the page says why"
    );
    assert!(!page.body.contains("name=\"note\""), "and offers no form");
    let check = jo
        .post(
            &format!("/my/opportunities/{id}/interest"),
            &[("note", "Hello")],
        )
        .await;
    assert_eq!(check.status, StatusCode::SEE_OTHER, "no check page either");
    jo.post(
        &format!("/my/opportunities/{id}/interest"),
        &[("note", ""), ("step", "send")],
    )
    .await;
    assert!(
        !app.get(&format!("/opportunities/{id}/interest"))
            .await
            .body
            .contains("Jo Match")
    );
}
