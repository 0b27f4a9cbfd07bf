//! The fuzzer's eyes: a browser for each role, and a breadth-first walk of the pages each can
//! reach by following links, gathering the forms those pages hold.

use std::collections::{HashMap, HashSet, VecDeque};

use axum::http::{StatusCode, header};
use withus_web::kit::auth::Role;

use super::forms::{Form, read_page};
use super::world::World;
use crate::harness::{PASSWORD, Response, TestApp};

/// Pages of one path template visited at most: a few people's pages show the same forms.
const PER_TEMPLATE: usize = 4;

/// One browser and where it starts. Each has an address of its own, so that one browser's
/// refused sign-ins never make another wait.
pub struct Browser {
    pub label: String,
    pub app: TestApp,
    pub seeds: Vec<String>,
    pub pages: usize,
}

/// A visitor, one browser for each role, and the platform administrator, in the order they
/// are fuzzed: the member first, as staff forms change what the member's pages offer.
pub async fn browsers(app: &TestApp, world: &World, pages: usize) -> Vec<Browser> {
    let mut all = Vec::new();
    let mut visitor = app.new_browser();
    visitor.address = "198.51.100.1".into();
    let mut seeds = vec![
        "/".to_owned(),
        "/sign-in".to_owned(),
        "/sign-in/email".to_owned(),
    ];
    seeds.extend(world.visitor_seeds.iter().cloned());
    all.push(Browser {
        label: "visitor".into(),
        app: visitor,
        seeds,
        pages: 20,
    });
    let roles = [
        Role::InvolvedPerson,
        Role::Equality,
        Role::Finance,
        Role::Board,
        Role::Staff,
        Role::Coordinator,
        Role::Administrator,
    ];
    for (n, role) in roles.into_iter().enumerate() {
        let mut b = app.new_browser();
        b.address = format!("198.51.100.{}", n + 10);
        b.sign_in_as(&world.a, role).await;
        let mut seeds = world.seeds.clone();
        seeds.extend(index_pages());
        all.push(Browser {
            label: role.as_str().to_owned(),
            app: b,
            seeds,
            pages,
        });
    }
    let mut platform = app.new_browser();
    platform.address = "198.51.100.30".into();
    let email = format!("platform@{}.example", world.a.slug);
    let signed_in = platform.sign_in(&email, PASSWORD).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    all.push(Browser {
        label: "platform administrator".into(),
        app: platform,
        seeds: vec!["/platform/organisations".into()],
        pages: 3,
    });
    all
}

/// Where a person starts: "/home" and every page without an id in its address.
fn index_pages() -> Vec<String> {
    let mut pages = vec!["/home".to_owned()];
    pages.extend(
        withus_web::routes::routes()
            .into_iter()
            .filter(|r| r.method == "GET" && !r.path.contains('{'))
            .filter(|r| r.path != "/home" && !is_download(r.path))
            .map(|r| r.path.to_owned()),
    );
    pages
}

/// The route templates of one method.
pub fn templates(method: &str) -> Vec<&'static str> {
    withus_web::routes::routes()
        .into_iter()
        .filter(|r| r.method == method)
        .map(|r| r.path)
        .collect()
}

/// The template `path` matches, the most literal one when several do ("/people/new" rather
/// than "/people/{person_id}").
pub fn template_of(path: &str, templates: &[&'static str]) -> Option<&'static str> {
    let parts: Vec<&str> = path.split('/').collect();
    let is_param = |s: &str| s.starts_with('{') && s.ends_with('}');
    templates
        .iter()
        .copied()
        .filter(|t| {
            let pattern: Vec<&str> = t.split('/').collect();
            pattern.len() == parts.len()
                && pattern
                    .iter()
                    .zip(&parts)
                    .all(|(p, s)| (is_param(p) && !s.is_empty()) || p == s)
        })
        .max_by_key(|t| t.split('/').filter(|p| !is_param(p)).count())
}

/// Files rather than pages: not crawled, as they hold no links or forms.
pub fn is_download(template: &str) -> bool {
    let files = [
        "/health",
        "/my/data",
        "/payments/export",
        "/people/export/file",
        "/meetings/{meeting_id}/papers/{paper_id}",
        "/my/meetings/{meeting_id}/papers/{paper_id}",
    ];
    files.contains(&template)
        || template.ends_with("/receipts/{receipt_id}")
        || template.ends_with("/pdf")
        || [".csv", ".json", ".pdf", ".xlsx"]
            .iter()
            .any(|e| template.ends_with(e))
}

pub struct Crawl {
    pub pages: usize,
    pub forms: Vec<Form>,
    pub problems: Vec<String>,
}

/// Visits up to `cap` pages breadth-first from `seeds`, following same-site links and
/// redirects; a link with a query string is followed only for the first of its template.
pub async fn crawl(browser: &mut TestApp, who: &str, seeds: &[String], cap: usize) -> Crawl {
    let gets = templates("GET");
    let posts = templates("POST");
    let mut queue: VecDeque<String> = seeds.iter().cloned().collect();
    let mut queued: HashSet<String> = queue.iter().cloned().collect();
    let mut per_template: HashMap<&'static str, usize> = HashMap::new();
    let mut with_query: HashSet<&'static str> = HashSet::new();
    let mut out = Crawl {
        pages: 0,
        forms: Vec::new(),
        problems: Vec::new(),
    };
    while let Some(url) = queue.pop_front() {
        if out.pages >= cap {
            break;
        }
        let (path, query) = match url.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (url.as_str(), None),
        };
        let Some(template) = template_of(path, &gets) else {
            continue;
        };
        if is_download(template) {
            continue;
        }
        let seen = per_template.entry(template).or_insert(0);
        if *seen >= PER_TEMPLATE || (query.is_some() && !with_query.insert(template)) {
            continue;
        }
        *seen += 1;
        out.pages += 1;
        let response = browser.get(&url).await;
        let status = response.status.as_u16();
        let mut next = Vec::new();
        if status >= 500 {
            let main = response.text_of("main");
            out.problems
                .push(format!("{who} GET {url}: server error {status}: {main}"));
        } else if (300..400).contains(&status) {
            next.push(response.location().to_owned());
        } else if status == 200 && is_html(&response) {
            let page = read_page(&response.body, &url, &posts);
            out.forms.extend(page.forms);
            out.problems
                .extend(page.problems.into_iter().map(|p| format!("{who}: {p}")));
            next = page.links;
        }
        for link in next {
            if let Some(link) = ours(&link)
                && queued.insert(link.clone())
            {
                queue.push_back(link);
            }
        }
    }
    out
}

pub fn is_html(response: &Response) -> bool {
    response
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// A link to one of our pages, without its fragment; `None` for another site, an asset, or an
/// address no request could be made of.
pub fn ours(link: &str) -> Option<String> {
    let link = link.split('#').next().unwrap_or_default();
    let fine = link.starts_with('/')
        && !link.starts_with("//")
        && !link.starts_with("/assets/")
        && link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~:/?[]@!$&'()*+,;=%".contains(c));
    fine.then(|| link.to_owned())
}
