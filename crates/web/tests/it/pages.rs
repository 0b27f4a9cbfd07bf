//! The public pages: the accessibility statement in the form the accessibility regulations
//! ask for.

use axum::http::StatusCode;

use crate::both_databases;
use crate::harness::TestApp;

both_databases!(
    the_accessibility_statement_has_every_section_the_regulations_ask_for,
    statement
);
async fn statement(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let page = app.get("/accessibility").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = scraper::Html::parse_document(&page.body);
    let selector = scraper::Selector::parse("main h2, main h3").expect("selector");
    let headings: Vec<String> = html
        .select(&selector)
        .map(|h| h.text().collect::<String>().trim().to_owned())
        .collect();
    for section in [
        "How accessible this service is",
        "Feedback and contact information",
        "Reporting accessibility problems with this service",
        "Enforcement procedure",
        "Technical information about this service's accessibility",
        "Compliance status",
        "Non-accessible content",
        "Disproportionate burden",
        "What we are doing to improve accessibility",
        "Preparation of this accessibility statement",
    ] {
        assert!(
            headings.iter().any(|h| h == section),
            "no {section:?} in {headings:?}"
        );
    }
    let body = page.text_of("main");
    assert!(body.contains(
        "partially compliant with the Web Content Accessibility Guidelines version 2.2 AA"
    ));
    assert!(body.contains("Equality Advisory and Support Service"));
    assert!(body.contains("This statement was prepared on"));

    // Typed papers, easy read ones among them, are read as pages: the statement must not say
    // again that they are Markdown files or downloads.
    assert!(
        !body.to_lowercase().contains("markdown"),
        "the statement mentions Markdown: {body}"
    );
    let blocks = scraper::Selector::parse("main p, main li").expect("selector");
    for block in html.select(&blocks) {
        let said = block.text().collect::<String>().to_lowercase();
        let easy_read = said.contains("easy read") || said.contains("easy-read");
        assert!(
            !(easy_read && said.contains("download")),
            "the statement says easy read papers are downloads: {said}"
        );
    }
    assert!(
        body.contains("such as easy read papers, are shown as web pages"),
        "{body}"
    );
}
