//! Every feature in one shape: the handlers its route rows name live in its `routes.rs` or
//! `routes/` (a sub-feature's in its own, as `people/retention/routes.rs`), beside `forms`,
//! `queries` and `views`. There are no exceptions: a new feature starts in this shape.

use std::path::Path;

use super::architecture::{rust_files, src};

/// The modules a `route_rows` body hands requests to: `get(routes::index)` gives `routes`,
/// `post(|t, p| parts::show(t, p))` gives `parts`, `get(retention::routes::list)` gives
/// `retention::routes`.
fn handler_modules(body: &str) -> Vec<String> {
    let mut found = Vec::new();
    for method in ["get(", "post("] {
        for (i, _) in body.match_indices(method) {
            let mut rest = &body[i + method.len()..];
            if let Some(closure) = rest.strip_prefix('|') {
                let end = closure.find('|').map_or(0, |e| e + 1);
                rest = closure[end..].trim_start();
            }
            let path: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if let Some((module, _handler)) = path.rsplit_once("::") {
                found.push(module.to_owned());
            }
        }
    }
    found
}

/// The body of a mod.rs's `route_rows`, up to the brace that closes it.
fn route_rows(source: &str) -> Option<&str> {
    let start = source.find("fn route_rows")?;
    let rest = &source[start..];
    Some(rest.find("\n}\n").map_or(rest, |end| &rest[..end]))
}

/// Whether a handler's module is a routes module: `routes`, `routes::x`, or a sub-feature's.
fn is_routes(module: &str) -> bool {
    module.split("::").any(|part| part == "routes")
}

#[test]
fn every_feature_keeps_its_handlers_in_routes() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut outside = Vec::new();
    let mut checked = 0;
    for file in files.iter().filter(|f| f.ends_with("mod.rs")) {
        let rel = file.strip_prefix(&root).expect("under src");
        let feature = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(file).expect("read a source file");
        let Some(rows) = route_rows(&source) else {
            continue;
        };
        if ["metrics", "kit"].contains(&feature.as_str()) || rel == Path::new("mod.rs") {
            continue;
        }
        checked += 1;
        for module in handler_modules(rows) {
            if !is_routes(&module) {
                outside.push(format!("{}: {module}", rel.display()));
            }
        }
    }
    assert!(checked >= 15, "read only {checked} features' route rows");
    outside.sort();
    outside.dedup();
    assert!(
        outside.is_empty(),
        "handlers outside routes.rs or routes/ (move them there): {outside:#?}"
    );
}

#[test]
fn the_reader_finds_handler_modules() {
    let body = "route(\"GET\", \"/a\", X, get(routes::index)),\n\
                route(\"POST\", \"/b\", X, post(|t, p, d| parts::update(t, p, Part::Contact, d))),\n\
                route(\"GET\", \"/c\", X, get(retention::routes::list)),";
    assert_eq!(
        handler_modules(body),
        ["routes", "retention::routes", "parts"]
    );
    assert!(is_routes("retention::routes") && !is_routes("parts"));
}
