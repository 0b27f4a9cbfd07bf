//! What helps a person take part, changed on a page of its own: only those answers change,
//! and the details page says they were saved.

use super::*;
use crate::both_databases;

both_databases!(access_needs_change_on_a_page_of_their_own, access_needs);
async fn access_needs(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = own_record(&app, &org, "Chidi").await;
    app.sign_in_as(&org, Role::InvolvedPerson).await;

    let details = app.get("/my/details").await;
    assert!(details.body.contains("href=\"/my/access-needs\""));
    let page = app.get("/my/access-needs").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text_of("h1"), "Change what helps you take part");
    assert!(page.body.contains("name=\"access_needs\""));
    for elsewhere in ["given_name", "ways", "paid_preference", "topics"] {
        assert!(
            !page.body.contains(&format!("name=\"{elsewhere}\"")),
            "only access needs on this page, not {elsewhere}"
        );
    }

    let saved = app
        .post(
            "/my/access-needs",
            &[
                ("access_needs", "easy_read"),
                ("access_needs", "large_print"),
                ("access_notes", "Papers a week before, please"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location(), "/my/details?saved=access");
    let page = app.get(saved.location()).await;
    assert_eq!(
        page.text_of(".govuk-notification-banner__heading"),
        "What helps you take part has been saved."
    );
    let scope = app.scope(&org);
    let details = queries::details(&scope, id).await.unwrap().unwrap();
    let mut needs = details.chosen("access_need");
    needs.sort();
    assert_eq!(needs, ["easy_read", "large_print"]);
    assert_eq!(
        details.person.access_notes.as_deref(),
        Some("Papers a week before, please")
    );
    assert_eq!(
        details.person.given_name, "Chidi",
        "the rest of the record is unchanged"
    );
    assert_eq!(details.chosen("way"), ["post"]);
}
