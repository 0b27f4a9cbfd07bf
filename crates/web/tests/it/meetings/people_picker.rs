//! Finding one of several people with the same name to expect at a meeting: searched by name,
//! told apart by postcode area, role and when they last took part, with those chosen for the
//! opportunity offered first.

use axum::http::StatusCode;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use super::{coordinator, create_meeting};
use crate::both_databases;
use crate::harness::{Org, TestApp};
use crate::impact::confirm;

async fn named(
    app: &TestApp,
    org: &Org,
    given: &str,
    family: &str,
    postcode: &str,
    role: &str,
) -> uuid::Uuid {
    let form = PersonForm {
        given_name: given.into(),
        family_name: family.into(),
        postcode: postcode.into(),
        involvement_role: role.into(),
        ..PersonForm::default()
    };
    queries::create(&app.scope(org), &form.check().unwrap(), None)
        .await
        .unwrap()
}

both_databases!(
    a_coordinator_finds_one_of_three_people_with_the_same_name,
    picker
);
async fn picker(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let meeting = create_meeting(&mut app, o, 21, "no", "").await;
    let north = named(&app, &org, "Patrick", "Ahmed", "NB1 1AA", "service_user").await;
    let south = named(&app, &org, "Patrick", "Ahmed", "NB7 2BB", "carer").await;
    named(&app, &org, "Patrick", "Ahmed", "SW1A1AA", "both").await;
    named(&app, &org, "Priya", "Shah", "NB2 3CC", "carer").await;
    confirm(&app.scope(&org), o, south).await;

    // Before any search, only those chosen for the opportunity are offered.
    let page = app.get(&format!("/meetings/{meeting}/people")).await;
    assert_eq!(page.status, StatusCode::OK);
    let rows = &page.table_rows()[0];
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(
        rows[0].starts_with("Patrick Ahmed NB7 Unpaid carer Not yet Confirmed"),
        "{rows:?}"
    );

    // A search by the start of either name, or the whole name in either order, finds all
    // three, told apart, the chosen one first; Priya Shah is not among them.
    for name in ["pat", "Ahmed", "Patrick%20Ahmed", "ahmed%20pat"] {
        let page = app
            .get(&format!("/meetings/{meeting}/people?name={name}"))
            .await;
        let rows = &page.table_rows()[0];
        assert_eq!(rows.len(), 3, "{name}: {rows:?}");
        assert!(
            rows[0].contains("NB7") && rows[0].contains("Confirmed"),
            "{rows:?}"
        );
        let areas: Vec<&str> = ["NB1", "SW1A", "NB7"]
            .into_iter()
            .filter(|a| rows.iter().any(|r| r.contains(&format!("Ahmed {a} "))))
            .collect();
        assert_eq!(areas.len(), 3, "{rows:?}");
        assert!(page.text_of("main").contains("3 people found"));
    }
    // The register's own search reads a whole name the same way.
    let register = app.get("/people?q=Patrick+Ahmed").await;
    let rows = &register.table_rows()[0];
    assert_eq!(rows.len(), 3, "{rows:?}");
    let nobody = app.get("/people?q=Patrick+Shah").await;
    assert!(!nobody.body.contains("Priya"), "every word must match");
    let page = app
        .get(&format!("/meetings/{meeting}/people?name=zz"))
        .await;
    assert!(page.text_of("main").contains("Nobody found"));

    // The one from NB1 is added as a reserve, and is then shown as already expected.
    let r = app
        .post(
            &format!("/meetings/{meeting}/attendees"),
            &[("person", &north.to_string()), ("person_kind", "reserve")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let shown = app.get(&format!("/meetings/{meeting}")).await;
    let expected = &shown.table_rows()[0];
    assert_eq!(expected.len(), 1, "{expected:?}");
    assert!(
        expected[0].starts_with("Patrick Ahmed Reserve"),
        "{expected:?}"
    );
    let page = app
        .get(&format!("/meetings/{meeting}/people?name=patrick"))
        .await;
    let rows = &page.table_rows()[0];
    let nb1 = rows
        .iter()
        .find(|r| r.contains("Ahmed NB1 "))
        .expect("the NB1 row");
    assert!(nb1.ends_with("Already expected"), "{nb1}");
    assert_eq!(
        rows.iter()
            .filter(|r| r.ends_with("Already expected"))
            .count(),
        1
    );
}
