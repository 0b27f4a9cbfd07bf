//! "You said, we did": the counts of changes by impact area and level on the page itself,
//! exact, on both databases. Only changes count; a contribution not taken up, or still open,
//! counts nowhere, whatever areas and level it carries.

use axum::http::StatusCode;

use crate::both_databases;
use crate::impact::{confirm, coordinator, opportunity_at, today_parts};
use crate::meetings::person;
use crate::reports::table;

const CAPTION: &str = "Changes made, by impact area and level";

both_databases!(
    changes_are_counted_by_impact_area_and_level_on_the_page,
    counts_body
);
async fn counts_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "active").await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    confirm(&scope, opp, priya).await;
    let pid = priya.to_string();
    let [d, m, y] = today_parts();
    let path = format!("/impact?opportunity={opp}");

    // (status, level, areas, what was said)
    let recorded: [(&str, &str, &[&str], &str); 5] = [
        (
            "changed",
            "strategic",
            &["delivery", "experience"],
            "Ring carers two days before discharge",
        ),
        (
            "changed",
            "individual",
            &["delivery"],
            "Tell me who my discharge nurse is",
        ),
        (
            "changed",
            "individual",
            &["delivery", "equality"],
            "Give me the letter in Polish",
        ),
        (
            "not_changed",
            "strategic",
            &["delivery", "policy"],
            "Open the discharge lounge at weekends",
        ),
        (
            "open",
            "individual",
            &["ethos"],
            "Say hello when you come in",
        ),
    ];
    for (status, level, areas, said) in recorded {
        let mut fields = vec![
            ("kind", "idea"),
            ("said", said),
            ("said_on-day", d.as_str()),
            ("said_on-month", m.as_str()),
            ("said_on-year", y.as_str()),
            ("people", pid.as_str()),
            ("status", status),
            ("level", level),
        ];
        if status != "open" {
            fields.extend([
                ("outcome", "Done as asked, or the reason why not"),
                ("outcome_on-day", d.as_str()),
                ("outcome_on-month", m.as_str()),
                ("outcome_on-year", y.as_str()),
            ]);
        }
        fields.extend(areas.iter().map(|a| ("areas", *a)));
        let saved = app.post(&path, &fields).await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{said}: {}",
            saved.body
        );
    }

    // Area, individual, strategic: the three changes only.
    let expected = [
        ["Ethos and culture", "0", "0"],
        ["Policy and planning", "0", "0"],
        ["Delivery of services", "2", "1"],
        ["Outcomes and outputs", "0", "0"],
        ["Diversity and equality of opportunity", "1", "0"],
        ["The experience of services", "0", "1"],
    ];
    let index = app.get("/impact").await;
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(table(&index.body, CAPTION), expected);
    // Looking at one area lists only its contributions, and the counts stay whole.
    let delivery = app.get("/impact?area=delivery").await;
    assert_eq!(table(&delivery.body, CAPTION), expected);
    let listed = delivery.text_of("main");
    assert!(listed.contains("Open the discharge lounge at weekends"));
    assert!(!listed.contains("Say hello when you come in"), "{listed}");
}
