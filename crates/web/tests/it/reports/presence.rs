//! The presence report: answers as they were when people took part, suppression that
//! cannot be undone by subtraction, and the reporting settings it uses.

use super::*;
use crate::both_databases;

/// Every value each count of a presence table could be, given what it shows: none hidden
/// may be left with only one (the recover-by-subtraction attack, and its cousins).
pub fn nothing_recoverable(rows: &[Vec<String>], threshold: u64) {
    let (groups, total) = rows.split_at(rows.len() - 1);
    let Ok(total) = total[0][1].parse::<u64>() else {
        return; // a hidden total pins nothing
    };
    enum Seen {
        Count(u64),
        Small,
        Withheld,
    }
    let seen: Vec<Seen> = groups
        .iter()
        .map(|r| match r[1].parse::<u64>() {
            Ok(n) => Seen::Count(n),
            Err(_) if r[1].starts_with("fewer than") => Seen::Small,
            Err(_) => Seen::Withheld,
        })
        .collect();
    let shown: u64 = seen
        .iter()
        .map(|s| if let Seen::Count(n) = s { *n } else { 0 })
        .sum();
    let hidden: Vec<(u64, u64)> = seen
        .iter()
        .filter_map(|s| match s {
            Seen::Count(_) => None,
            Seen::Small => Some((0, threshold - 1)),
            Seen::Withheld => Some((threshold, total)),
        })
        .collect();
    let rest = total - shown;
    for (i, (low, high)) in hidden.iter().enumerate() {
        let others_low: u64 = hidden
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, h)| h.0)
            .sum();
        let others_high: u64 = hidden
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, h)| h.1)
            .sum();
        let least = (*low).max(rest.saturating_sub(others_high));
        let most = (*high).min(rest.saturating_sub(others_low));
        assert!(
            most > least,
            "hidden count {i} can only be {least}: {rows:?}"
        );
    }
}

both_databases!(
    presence_uses_answers_as_they_were_and_hides_what_could_be_worked_out,
    presence
);
async fn presence(url: String) {
    let (mut app, org, _) = crate::impact::coordinator(&url).await;
    let f = fixture(&app, &org).await;
    // Three, so the fixture's 11 people show the second suppression at work.
    let saved = app
        .post(
            "/reports/settings",
            &[("suppress_below", "3"), ("area", "E08000037")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.get(&format!("/reports/presence?{}", f.query)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("against the population of Gateshead"));
    let age = table(&page.body, "Age");
    assert_eq!(
        cell(&age, "16-24", 1),
        "3",
        "P1 was 24 then, though older now"
    );
    assert_eq!(cell(&age, "45-64", 1), "6");
    let sex = table(&page.body, "Sex");
    assert_eq!(
        cell(&sex, "Female", 1),
        "9",
        "P2 said male when taking part"
    );
    assert_eq!(cell(&sex, "Male", 1), "fewer than 3");
    assert_eq!(cell(&sex, "Total", 1), "11");
    // 5 said yes, and 2 each no, prefer not and not answered: shown beside the total, 5 would
    // tell that every small count is 2. It is withheld with them.
    let gender = table(&page.body, "Gender identity");
    assert_eq!(
        cell(&gender, "Same as sex registered at birth", 1),
        "withheld"
    );
    assert_eq!(
        cell(&gender, "Different from sex registered at birth", 1),
        "fewer than 3"
    );
    assert_eq!(
        cell(&gender, "Same as sex registered at birth", 2),
        "–",
        "no share either"
    );
    for caption in [
        "Age",
        "Sex",
        "Gender identity",
        "Sexual orientation",
        "Ethnic group",
        "Religion",
        "Disability",
        "Unpaid care",
    ] {
        nothing_recoverable(&table(&page.body, caption), 3);
    }
    // Filtered to a step of the ladder nobody took part at: nobody.
    let none = app
        .get(&format!("/reports/presence?{}&level=informing", f.query))
        .await;
    assert!(none.body.contains("0 people took part"));
    // Aggregates only: no names on the page.
    assert!(!page.body.contains("P1 Meeting"));
    // The equality role sees it; an involved person does not.
    let mut member = app.new_browser();
    member.sign_in_as(&org, Role::InvolvedPerson).await;
    assert_eq!(
        member.get("/reports/presence").await.status,
        StatusCode::FORBIDDEN
    );
    let mut equality = app.new_browser();
    equality.sign_in_as(&org, Role::Equality).await;
    assert_eq!(
        equality.get("/reports/presence").await.status,
        StatusCode::OK
    );
}

both_databases!(reporting_settings_are_checked, settings);
async fn settings(url: String) {
    let (mut app, _, _) = crate::impact::coordinator(&url).await;
    let refused = app
        .post(
            "/reports/settings",
            &[
                ("suppress_below", "2"),
                ("area", "nowhere"),
                ("own-sex-female", "many"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Enter a whole number from 3 to 100"));
    assert!(refused.body.contains("Choose a population from the list"));
    assert!(
        refused.body.contains("value=\"many\""),
        "what was typed is kept"
    );
    let own = app
        .post(
            "/reports/settings",
            &[
                ("suppress_below", "10"),
                ("area", "own"),
                ("own-sex-female", "600"),
                ("own-sex-male", "400"),
            ],
        )
        .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.body);
    let page = app.get("/reports/presence").await;
    assert!(
        page.body
            .contains("against the population of Our own profile")
    );
    let sex = table(&page.body, "Sex");
    assert_eq!(cell(&sex, "Female", 3), "60%");
}
