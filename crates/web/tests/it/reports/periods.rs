//! The dates a report covers: a date that does not exist, or an end before the start, is said
//! in GOV.UK's words with what was typed kept, never put right silently.

use axum::http::StatusCode;
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::TestApp;

fn query(from: (&str, &str, &str), to: (&str, &str, &str)) -> String {
    format!(
        "from-day={}&from-month={}&from-year={}&to-day={}&to-month={}&to-year={}",
        from.0, from.1, from.2, to.0, to.1, to.2
    )
}

both_databases!(
    impossible_and_reversed_report_dates_are_errors_not_corrections,
    periods
);
async fn periods(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;

    let impossible = query(("31", "2", "2026"), ("1", "1", "2020"));
    for path in [
        "/reports",
        "/reports/annual",
        "/reports/presence",
        "/reports/participation",
        // The downloads too: no file for a period nobody asked for.
        "/reports/annual.pdf",
        "/reports/annual.xlsx",
    ] {
        let page = app.get(&format!("{path}?{impossible}")).await;
        // A form with something to fix answers 422, as every form in Withus does.
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        assert!(page.text_of("title").starts_with("Error:"), "{path}");
        let summary = page.text_of(".govuk-error-summary");
        assert!(
            summary.contains("The start date must be a real date"),
            "{path}: {summary}"
        );
        assert!(
            page.body.contains(r#"value="31""#),
            "{path}: what was typed is kept"
        );
        assert!(
            !page.body.contains("1 January 2020 to"),
            "{path}: no period made up from the reversed dates"
        );
    }

    let reversed = query(("1", "6", "2026"), ("1", "1", "2026"));
    let page = app.get(&format!("/reports?{reversed}")).await;
    assert!(
        page.text_of(".govuk-error-summary")
            .contains("The end date must be the same as or after the start date")
    );
    assert!(!page.body.contains("1 January 2026 to 1 June 2026"));

    // A half-typed date says what is missing, in the GOV.UK date input's words.
    let half = query(("", "4", ""), ("31", "", "2027"));
    let page = app.get(&format!("/reports?{half}")).await;
    let summary = page.text_of(".govuk-error-summary");
    assert!(
        summary.contains("The start date must include a day and year"),
        "{summary}"
    );
    assert!(
        summary.contains("The end date must include a month"),
        "{summary}"
    );

    let fine = query(("1", "1", "2026"), ("31", "3", "2026"));
    let page = app.get(&format!("/reports?{fine}")).await;
    assert_eq!(page.text_of(".govuk-error-summary"), "");
    assert!(!page.text_of("title").starts_with("Error:"));
    assert!(page.body.contains("1 January 2026 to 31 March 2026"));
}
