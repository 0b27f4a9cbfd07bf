//! The meeting agenda: shared with a closing date, added to by the people invited, and accepted
//! by the chair.

use axum::http::StatusCode;

use super::{acknowledge, check, coordinator, create_meeting, expect, member, person, when};
use crate::both_databases;

both_databases!(people_add_to_the_agenda_while_it_is_open, agenda);
async fn agenda(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &[], None).await;
    let meeting = create_meeting(&mut app, o, 21, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    app.post(
        &format!("/meetings/{meeting}/agenda"),
        &[("title", "Welcome"), ("detail", "")],
    )
    .await;
    let (d, m, y, _) = when(10);
    let r = app
        .post(
            &format!("/meetings/{meeting}/agenda/share"),
            &[
                ("closes-day", &d),
                ("closes-month", &m),
                ("closes-year", &y),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let agenda = check(&mut app, meeting, "agenda").await;
    assert!(
        agenda.contains("Done") && agenda.contains("people can add items until"),
        "{agenda}"
    );
    acknowledge(&mut app, meeting, &["involved", "papers"]).await;
    let r = app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let mut ben_browser = member(&app, &org, ben, "Ben").await;
    let r = ben_browser
        .post(
            &format!("/my/meetings/{meeting}/agenda"),
            &[("title", ""), ("detail", "About buses")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("About buses"), "what Ben typed is kept");
    let r = ben_browser
        .post(
            &format!("/my/meetings/{meeting}/agenda"),
            &[("title", "Travel costs"), ("detail", "About buses")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Ben is told what happens next, once.
    let thanked = ben_browser.get(r.location()).await;
    assert_eq!(
        thanked.text_of(".govuk-notification-banner__content"),
        "Thank you. We got your idea. The chair will choose if we talk about it at the \
         meeting. Look at this page to find out what they choose."
    );
    let mine = ben_browser.get(&format!("/my/meetings/{meeting}")).await;
    assert!(mine.text_of(".govuk-notification-banner").is_empty());
    assert!(
        mine.text_of("#agenda + ol")
            .contains("Travel costs you asked for this: waiting for the chair"),
        "{}",
        mine.text_of("#agenda + ol")
    );

    let page = app.get(&format!("/meetings/{meeting}")).await;
    assert!(
        page.text_of("#agenda + ol")
            .contains("Travel costs added by Ben, waiting for the chair")
    );
    let action = scraper::Html::parse_document(&page.body)
        .select(&scraper::Selector::parse("form[action*='/agenda/']").unwrap())
        .map(|f| f.value().attr("action").unwrap().to_owned())
        .find(|a| !a.ends_with("/share"))
        .expect("accept form");
    app.post(&action, &[("status", "accepted")]).await;
    let mine = ben_browser.get(&format!("/my/meetings/{meeting}")).await;
    let items = mine.text_of("#agenda + ol");
    assert!(
        items.contains("Welcome") && items.contains("Travel costs") && !items.contains("waiting"),
        "{items}"
    );
}
