//! Our GOV.UK components against the official fixtures of the govuk-frontend npm package:
//! for each fixture we support, the fixture's options go into our component and the markup
//! that comes out must match the fixture's, element for element and attribute for attribute.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::Value;
use withus_web::kit::components::*;

fn fixtures_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../node_modules/govuk-frontend/dist/govuk/components");
    if dir.exists() {
        return Some(dir);
    }
    assert_ne!(
        std::env::var("CI").as_deref(),
        Ok("true"),
        "govuk-frontend fixtures are required when CI=true: run npm ci"
    );
    eprintln!("skipped: govuk-frontend is not installed (npm ci)");
    None
}

/// A canonical form of HTML: tags with sorted attributes (class tokens sorted), text with
/// whitespace folded, no comments, no whitespace-only text.
fn canonical(html: &str, root: Option<&str>) -> String {
    let document = scraper::Html::parse_fragment(html);
    let mut out = String::new();
    match root {
        Some(selector) => {
            let selector = scraper::Selector::parse(selector).unwrap();
            let element = document
                .select(&selector)
                .next()
                .unwrap_or_else(|| panic!("no {selector:?} in {html}"));
            walk(*element, &mut out);
        }
        None => {
            for child in document.root_element().children() {
                walk(child, &mut out);
            }
        }
    }
    out
}

fn walk(node: ego_tree::NodeRef<scraper::Node>, out: &mut String) {
    match node.value() {
        scraper::Node::Text(text) => {
            let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !folded.is_empty() {
                out.push_str(&folded);
                out.push('\n');
            }
        }
        scraper::Node::Element(element) => {
            let mut attrs: Vec<(String, String)> = element
                .attrs()
                .map(|(k, v)| {
                    let value = if k == "class" {
                        let mut tokens: Vec<&str> = v.split_whitespace().collect();
                        tokens.sort();
                        tokens.join(" ")
                    } else {
                        v.to_owned()
                    };
                    (k.to_owned(), value)
                })
                .collect();
            attrs.sort();
            out.push_str(&format!("<{}", element.name()));
            for (k, v) in attrs {
                out.push_str(&format!(" {k}={v:?}"));
            }
            out.push_str(">\n");
            for child in node.children() {
                walk(child, out);
            }
            out.push_str(&format!("</{}>\n", element.name()));
        }
        _ => {}
    }
}

fn load(dir: &Path, component: &str) -> Vec<Value> {
    let text =
        std::fs::read_to_string(dir.join(component).join("fixtures.json")).expect("fixtures.json");
    let parsed: Value = serde_json::from_str(&text).expect("json");
    parsed["fixtures"].as_array().expect("fixtures").clone()
}

fn check<T: DeserializeOwned>(
    failures: &mut Vec<String>,
    dir: &Path,
    component: &str,
    names: &[&str],
    root: Option<&str>,
    render_it: impl Fn(T) -> String,
) {
    let fixtures = load(dir, component);
    for name in names {
        let fixture = fixtures
            .iter()
            .find(|f| f["name"] == *name)
            .unwrap_or_else(|| panic!("{component} has no fixture {name:?}"));
        let options: T = serde_json::from_value(fixture["options"].clone())
            .unwrap_or_else(|e| panic!("{component} / {name}: options do not fit: {e}"));
        let ours = render_it(options);
        let expected = fixture["html"].as_str().expect("html");
        let (ours, theirs) = (canonical(&ours, root), canonical(expected, root));
        if let Some((a, b)) = ours.lines().zip(theirs.lines()).find(|(a, b)| a != b) {
            failures.push(format!(
                "{component} / {name}:\n  ours:     {a}\n  fixture:  {b}"
            ));
        } else if ours != theirs {
            failures.push(format!(
                "{component} / {name}: lengths differ\n{ours}\n{theirs}"
            ));
        }
    }
}

fn plain<T: askama::Template>(component: T) -> String {
    render(&component)
}

#[test]
fn components_match_the_official_fixtures() {
    let Some(dir) = fixtures_dir() else { return };
    let d = &dir;
    let f = &mut Vec::new();
    check::<SkipLink>(
        f,
        d,
        "skip-link",
        &["default", "custom href", "custom text"],
        None,
        plain,
    );
    check::<GenericHeader>(
        f,
        d,
        "generic-header",
        &["default", "custom url"],
        None,
        plain,
    );
    check::<ServiceNavigation>(
        f,
        d,
        "service-navigation",
        &[
            "with navigation with a current item",
            "with navigation with an active item",
            "with service name",
            "with service link",
            "with service name and navigation",
        ],
        None,
        plain,
    );
    check::<PhaseBanner>(f, d, "phase-banner", &["default"], None, plain);
    // The fixture's footer always carries the crown and the Open Government Licence, which are
    // not ours to use; we match the meta links exactly.
    check::<Footer>(
        f,
        d,
        "footer",
        &["with meta"],
        Some(".govuk-footer__meta-item--grow ul"),
        plain,
    );
    check::<Button>(
        f,
        d,
        "button",
        &[
            "default",
            "link",
            "secondary",
            "warning",
            "start link",
            "name",
            "type",
            "value",
            "prevent double click",
        ],
        None,
        plain,
    );
    check::<Input>(
        f,
        d,
        "input",
        &[
            "default",
            "with hint text",
            "with error message",
            "with error and hint",
            "custom type",
            "value",
            "with autocomplete attribute",
            "id",
            "classes",
            "with label as page heading",
            "with spellcheck disabled",
            "inputmode",
        ],
        None,
        plain,
    );
    check::<Textarea>(
        f,
        d,
        "textarea",
        &[
            "default",
            "with hint",
            "with error message",
            "with default value",
            "with custom rows",
            "id",
            "with hint and error message",
        ],
        None,
        plain,
    );
    check::<Select>(
        f,
        d,
        "select",
        &[
            "default",
            "with hint text and error message",
            "with selected value",
            "id",
        ],
        None,
        plain,
    );
    check::<Fieldset>(
        f,
        d,
        "fieldset",
        &["default", "as page heading l", "styled as large text"],
        None,
        plain,
    );
    let radios = |mut c: Choices| {
        c.kind = ChoiceKind::Radios;
        render(&c)
    };
    check::<Choices>(
        f,
        d,
        "radios",
        &[
            "default",
            "with hint",
            "with hints on items",
            "with error message",
            "with hint and error message",
            "with idPrefix",
            "prechecked using value",
            "inline",
        ],
        None,
        radios,
    );
    let checkboxes = |mut c: Choices| {
        c.kind = ChoiceKind::Checkboxes;
        render(&c)
    };
    check::<Choices>(
        f,
        d,
        "checkboxes",
        &[
            "default",
            "with hint",
            "with error message and hint",
            "with checked item",
            "with idPrefix",
            "with hints on items",
        ],
        None,
        checkboxes,
    );
    check::<DateInput>(
        f,
        d,
        "date-input",
        &[
            "with values and name prefix",
            "with error message and hint",
            "with errors only",
        ],
        None,
        plain,
    );
    check::<ErrorSummary>(f, d, "error-summary", &["default"], None, plain);
    check::<ErrorMessage>(
        f,
        d,
        "error-message",
        &["default", "id", "with visually hidden text"],
        None,
        plain,
    );
    check::<SummaryList>(
        f,
        d,
        "summary-list",
        &["default", "with actions"],
        None,
        plain,
    );
    // Ours wraps the table in a box that scrolls on narrow screens; the table itself matches.
    check::<Table>(
        f,
        d,
        "table",
        &["default", "with head", "with head and caption"],
        Some("table"),
        plain,
    );
    check::<Tag>(f, d, "tag", &["default", "grey", "red"], None, plain);
    check::<TaskList>(
        f,
        d,
        "task-list",
        &[
            "default",
            "with hint text and additional states",
            "custom classes",
            "custom id prefix",
            "html passed as text",
            "html",
            "with empty values",
        ],
        None,
        plain,
    );
    check::<NotificationBanner>(
        f,
        d,
        "notification-banner",
        &["default", "with type as success", "custom title"],
        None,
        plain,
    );
    check::<Panel>(
        f,
        d,
        "panel",
        &["default", "title with no body text"],
        None,
        plain,
    );
    check::<Pagination>(
        f,
        d,
        "pagination",
        &["default", "first page", "last page"],
        None,
        plain,
    );
    check::<BackLink>(
        f,
        d,
        "back-link",
        &["default", "with custom text and link"],
        None,
        plain,
    );
    assert!(
        f.is_empty(),
        "{} fixtures differ:\n{}",
        f.len(),
        f.join("\n")
    );
}

#[test]
fn text_is_escaped_and_html_is_not() {
    let tag = render(&Tag::new("<script>alert(1)</script>", "grey"));
    assert!(tag.contains("&lt;script&gt;"), "{tag}");
    let input = render(&Input::new("name", "Name").value("\" onfocus=\"x"));
    assert!(
        input.contains("value=\"&#34; onfocus=&#34;x\"")
            || input.contains("value=\"&quot; onfocus=&quot;x\""),
        "{input}"
    );
}
