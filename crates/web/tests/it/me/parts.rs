//! How to reach the person, how they take part and the work they would like, each changed on
//! a page of its own: the details page's "Change" links open them, only their answers change,
//! and a mistake comes back with what was typed and the field named.

use super::*;
use crate::both_databases;

both_databases!(each_part_of_the_details_changes_on_a_page_of_its_own, parts);
async fn parts(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let id = own_record(&app, &org, "Chidi").await;
    app.sign_in_as(&org, Role::InvolvedPerson).await;

    let details = app.get("/my/details").await;
    for page in ["/my/contact", "/my/ways", "/my/choices"] {
        assert!(details.body.contains(&format!("href=\"{page}\"")), "{page}");
    }
    assert!(
        details
            .body
            .contains("href=\"/my/details/change#given_name\""),
        "a name is still changed on the whole form"
    );
    let page = app.get("/my/contact").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text_of("h1"), "How we contact you");
    for elsewhere in ["given_name", "ways", "paid_preference", "access_needs"] {
        assert!(
            !page.body.contains(&format!("name=\"{elsewhere}\"")),
            "{elsewhere}"
        );
    }

    // Email ticked with no address: refused, the phone typed kept, the email field named.
    let refused = app
        .post(
            "/my/contact",
            &[("phone", "07700 900123"), ("contact", "email")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text_of(".govuk-error-summary")
            .contains("email address")
    );
    assert!(refused.body.contains("value=\"07700 900123\""));

    let saved = app
        .post(
            "/my/contact",
            &[
                ("email", "chidi@people.example"),
                ("phone", "07700 900123"),
                ("postcode", "NB3 4JQ"),
                ("contact", "email"),
                ("contact", "text"),
            ],
        )
        .await;
    assert_eq!(saved.location(), "/my/details?saved=my-contact");
    let page = app.get(saved.location()).await;
    assert_eq!(
        page.text_of(".govuk-notification-banner__heading"),
        "How we contact you has been saved."
    );
    let saved = app
        .post("/my/ways", &[("ways", "online"), ("topics", "dementia")])
        .await;
    assert_eq!(saved.location(), "/my/details?saved=my-ways");
    let saved = app
        .post(
            "/my/choices",
            &[
                ("areas", "teaching"),
                ("time_commitment", "one_off"),
                ("paid_preference", "either"),
            ],
        )
        .await;
    assert_eq!(saved.location(), "/my/details?saved=my-choices");

    let details = queries::details(&app.scope(&org), id)
        .await
        .unwrap()
        .unwrap();
    let p = &details.person;
    assert_eq!(p.email.as_deref(), Some("chidi@people.example"));
    assert_eq!(p.postcode.as_deref(), Some("NB3 4JQ"));
    assert!(p.contact_by_email && p.contact_by_text && !p.contact_by_phone);
    assert_eq!(details.chosen("way"), ["online"]);
    assert_eq!(details.chosen("topic"), ["dementia"]);
    assert_eq!(details.chosen("area"), ["teaching"]);
    assert_eq!(p.time_commitment.as_deref(), Some("one_off"));
    assert_eq!(p.paid_preference, "either");
    assert_eq!(p.given_name, "Chidi", "the rest of the record is unchanged");
    assert_eq!(p.involvement_role, "service_user");
}
