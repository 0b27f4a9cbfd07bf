//! Every page a member reaches reads easily: a reading age of 9 or lower, no unexplained
//! acronym, no long sentence. The member walks from their home page through every link, in
//! the fuzzer's world (a record of their own, meetings with papers, an offer, a claim, a
//! questionnaire, support), so a new member page is checked without being listed here.
//!
//! What is read is the page's prose: headings, paragraphs, questions, hints, buttons and
//! lists. Not read: the cells of tables and summary lists, which hold records and the names of
//! fields (dates, amounts, what someone wrote), and the names of the choices a question offers
//! (a topic, a need, a day): names, not sentences, which a reading age cannot measure.

use std::collections::{HashMap, HashSet, VecDeque};

use axum::http::StatusCode;
use withus_plain::{Kind, Options, check};
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::fuzz::crawl::{is_download, is_html, ours, template_of, templates};
use crate::fuzz::forms::read_page;
use crate::fuzz::world;
use crate::harness::TestApp;
use scraper::{ElementRef, Html, Node, Selector};

/// Pages every visitor shares whose words are not ours to simplify: the accessibility
/// statement follows the model statement the accessibility regulations require.
const NOT_MEMBER_PAGES: [&str; 1] = ["/accessibility"];

/// Pages of one address template read at most: one meeting's page reads like the next.
const PER_TEMPLATE: usize = 2;
/// A reading age needs enough words to mean anything: a page with less prose than this (a
/// claim's reference, its status and the names of its receipts) is checked for acronyms and
/// long sentences only.
const ENOUGH_WORDS: usize = 40;
/// The member's pages today number about 25; fewer means the walk lost its way.
const AT_LEAST: usize = 20;

/// Records and names rather than sentences.
fn not_prose(e: &scraper::node::Element) -> bool {
    matches!(e.name(), "td" | "th" | "dt" | "dd")
        || e.classes()
            .any(|c| c == "govuk-checkboxes__label" || c == "govuk-radios__label")
}

/// The prose of a page's `main`, a blank line between blocks so each ends a sentence.
fn prose_on(body: &str) -> String {
    fn walk(element: ElementRef, text: &mut String) {
        let inline = [
            "a", "span", "strong", "em", "b", "i", "abbr", "code", "label",
        ];
        for child in element.children() {
            match child.value() {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) if not_prose(e) => {}
                Node::Element(e) => {
                    if !inline.contains(&e.name()) {
                        text.push_str("\n\n");
                    }
                    if let Some(inner) = ElementRef::wrap(child) {
                        walk(inner, text);
                    }
                }
                _ => {}
            }
        }
    }
    let html = Html::parse_document(body);
    let main = Selector::parse("main").expect("a selector");
    let mut text = String::new();
    if let Some(main) = html.select(&main).next() {
        walk(main, &mut text);
    }
    text
}

/// What the checker finds hard on one page, in words.
fn hard_words(path: &str, body: &str, options: &Options) -> Vec<String> {
    let text = prose_on(body);
    let report = check(&text, options);
    let mut found = Vec::new();
    let age = report.reading.reading_age();
    if text.split_whitespace().count() >= ENOUGH_WORDS && age > 9.0 {
        found.push(format!("{path}: reading age {age:.1} in {text}"));
    }
    for f in &report.findings {
        if matches!(f.kind, Kind::Acronym | Kind::LongSentence { .. }) {
            found.push(format!("{path}: {:?} \"{}\"", f.kind, f.text));
        }
    }
    found
}

both_databases!(every_page_a_member_reaches_reads_at_age_nine, member_body);
async fn member_body(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let world = world::build(&app).await;
    let options = withus_web::plain::options(&app.scope(&world.a))
        .await
        .expect("the glossary");
    let mut me = app.new_browser();
    me.sign_in_as(&world.a, Role::InvolvedPerson).await;
    let gets = templates("GET");
    let posts = templates("POST");
    let mut queue: VecDeque<String> = ["/home".to_owned()]
        .into_iter()
        .chain(
            world
                .seeds
                .iter()
                .filter(|s| s.starts_with("/my/"))
                .cloned(),
        )
        .collect();
    let mut queued: HashSet<String> = queue.iter().cloned().collect();
    let mut per_template: HashMap<&'static str, usize> = HashMap::new();
    let mut read = Vec::new();
    let mut problems = Vec::new();
    while let Some(url) = queue.pop_front() {
        let path = url.split('?').next().unwrap_or_default();
        let Some(template) = template_of(path, &gets) else {
            continue;
        };
        let seen = per_template.entry(template).or_insert(0);
        if is_download(template) || *seen >= PER_TEMPLATE {
            continue;
        }
        *seen += 1;
        let page = me.get(&url).await;
        let links = if page.status.is_redirection() {
            vec![page.location().to_owned()]
        } else if page.status == StatusCode::OK && is_html(&page) {
            read.push(url.clone());
            if !NOT_MEMBER_PAGES.contains(&path) {
                problems.extend(hard_words(&url, &page.body, &options));
            }
            read_page(&page.body, &url, &posts).links
        } else {
            Vec::new()
        };
        for link in links.iter().filter_map(|l| ours(l)) {
            if !link.starts_with("/sign-out") && queued.insert(link.clone()) {
                queue.push_back(link);
            }
        }
    }
    assert!(
        read.len() >= AT_LEAST,
        "the member reached only {} pages: {read:#?}",
        read.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems on the {} pages a member reaches:\n{}",
        problems.len(),
        read.len(),
        problems.join("\n\n")
    );
}
