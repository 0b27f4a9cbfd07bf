//! Every link a role is shown opens for that role. Signed in as each of the demo's accounts, the
//! test follows every same-site link from the home page (one page for each kind of address), and
//! no link may answer "You cannot see this page" or fail.

use std::collections::{HashSet, VecDeque};

use axum::http::StatusCode;

use crate::both_databases;
use crate::harness::TestApp;

const PASSWORD: &str = "demo-password-for-links-1";
/// Enough pages to reach every kind of page from the home page.
const MOST_PAGES: usize = 250;

/// `/people/3f2a…/edit` as `/people/{}/edit`, so each kind of page is opened once.
fn shape(path: &str) -> String {
    path.split('/')
        .map(|part| {
            let id_like =
                part.len() >= 16 && part.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
            if id_like { "{}" } else { part }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Same-site links of a page, without fragments; downloads and sign-out left alone.
fn links(body: &str) -> Vec<String> {
    let page = scraper::Html::parse_document(body);
    let anchors = scraper::Selector::parse("a[href]").expect("selector");
    page.select(&anchors)
        .filter_map(|a| a.value().attr("href"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .filter(|href| !href.is_empty() && !href.starts_with("/assets"))
        .collect()
}

both_databases!(every_link_a_role_sees_opens, links_open);
async fn links_open(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let accounts = withus_web::demo::seed(&app.state.db, PASSWORD)
        .await
        .expect("demo");
    let mut refused = Vec::new();
    for (email, _) in accounts
        .iter()
        .filter(|(e, _)| e.ends_with("@demo.example"))
    {
        let mut browser = app.new_browser();
        let signed_in = browser.sign_in(email, PASSWORD).await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{email} signs in");
        let mut seen = HashSet::new();
        let mut queue = VecDeque::from(["/home".to_owned()]);
        let mut opened = 0;
        while let Some(path) = queue.pop_front() {
            if opened >= MOST_PAGES || !seen.insert(shape(path.split('?').next().unwrap_or(""))) {
                continue;
            }
            opened += 1;
            let page = browser.get(&path).await;
            match page.status {
                StatusCode::FORBIDDEN => refused.push(format!("{email}: {path} answers 403")),
                s if s.is_server_error() => refused.push(format!("{email}: {path} answers {s}")),
                _ => {}
            }
            let html = page
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.starts_with("text/html"));
            if page.status == StatusCode::OK && html {
                queue.extend(links(&page.body));
            }
        }
        assert!(opened > 3, "{email} reached only {opened} pages");
    }
    assert!(
        refused.is_empty(),
        "links a role cannot open:\n{}",
        refused.join("\n")
    );
}
