//! No circle of files either: inside a feature, and across the crate, the files that name
//! each other through `crate::`, `super::` and `self::` paths never loop back. A module's
//! `mod` lines and the names it takes from its own children are not counted: a parent
//! declaring a child and the child using what the parent defines is how a folder is built.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::architecture::{circles, rust_files, src};

/// A file's module path: `people/queries/mod.rs` → `people::queries`, `lib.rs` → ``.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The paths a `use` item or an expression names, braces expanded: `a::{b, c::{d}}` gives
/// `a::b` and `a::c::d`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.trim().to_owned()];
    };
    let prefix = &path[..open];
    let mut depth = 0;
    let mut start = open + 1;
    let mut found = Vec::new();
    for (i, c) in path.char_indices().skip(open + 1) {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                found.extend(expand(&format!("{prefix}{}", &path[start..i])));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                found.extend(expand(&format!("{prefix}{}", &path[start..i])));
                start = i + 1;
            }
            _ => {}
        }
    }
    found
}

/// Every path in `code` that starts at `crate`, `super` or `self`, as segments.
pub(crate) fn paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in ["crate::", "super::", "self::"] {
        for (i, _) in code.match_indices(start) {
            if i > 0 {
                let before = code[..i].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' || before == ':' {
                    continue;
                }
            }
            let rest = &code[i..];
            let mut depth = 0;
            let end = rest
                .char_indices()
                .find(|&(_, c)| match c {
                    '{' => {
                        depth += 1;
                        false
                    }
                    '}' if depth > 0 => {
                        depth -= 1;
                        false
                    }
                    c => depth == 0 && !(c.is_alphanumeric() || c == '_' || c == ':'),
                })
                .map_or(rest.len(), |(j, _)| j);
            for path in expand(&rest[..end]) {
                let segments: Vec<String> = path
                    .split("::")
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect();
                found.push(segments);
            }
        }
    }
    found
}

/// The file a path from `module` names: the deepest module along it.
fn target(
    module: &[String],
    path: &[String],
    files: &BTreeMap<Vec<String>, String>,
) -> Option<String> {
    let mut at: Vec<String> = Vec::new();
    let mut rest = path;
    match path.first().map(String::as_str) {
        Some("crate") => rest = &path[1..],
        Some("self") | Some("super") => {
            at = module.to_vec();
            while let Some(first) = rest.first() {
                match first.as_str() {
                    "self" => {}
                    "super" => {
                        at.pop();
                    }
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    let mut best = files.get(&at).cloned();
    for segment in rest {
        at.push(segment.clone());
        match files.get(&at) {
            Some(file) => best = Some(file.clone()),
            None => break,
        }
    }
    best
}

/// Which file uses which, read from every source file's paths.
fn file_uses() -> BTreeMap<String, BTreeSet<String>> {
    let root = src();
    let mut all = Vec::new();
    rust_files(&root, &mut all);
    let mut files = BTreeMap::new();
    for file in &all {
        let rel = file.strip_prefix(&root).expect("under src");
        if rel != Path::new("main.rs") {
            files.insert(module_of(rel), rel.display().to_string());
        }
    }
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, name) in &files {
        let source = std::fs::read_to_string(root.join(name)).expect("read a source file");
        let end = source.find("#[cfg(test)]\nmod ").unwrap_or(source.len());
        let code: String = source[..end]
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let entry = uses.entry(name.clone()).or_default();
        for path in paths(&code) {
            let Some(to) = target(module, &path, &files) else {
                continue;
            };
            // A parent naming its own child's items is the folder's shape, not a loop.
            let child = files
                .iter()
                .find(|(_, f)| **f == to)
                .is_some_and(|(m, _)| m.len() > module.len() && m.starts_with(module));
            if to != *name && !child {
                entry.insert(to);
            }
        }
    }
    uses
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let uses = file_uses();
    assert!(uses.len() > 200, "read only {} files", uses.len());
    let found = circles(&uses);
    assert!(
        found.is_empty(),
        "files import each other in a circle: {found:#?}"
    );
}

#[test]
fn the_reader_resolves_paths_to_files() {
    let files: BTreeMap<Vec<String>, String> = [
        (vec![], "lib.rs"),
        (vec!["people"], "people/mod.rs"),
        (vec!["people", "queries"], "people/queries/mod.rs"),
        (vec!["people", "routes"], "people/routes.rs"),
        (vec!["kit"], "kit/mod.rs"),
        (vec!["kit", "dates"], "kit/dates.rs"),
    ]
    .into_iter()
    .map(|(m, f)| (m.into_iter().map(String::from).collect(), f.to_owned()))
    .collect();
    let routes = ["people".to_owned(), "routes".to_owned()];
    let code = "use super::{queries::{self, person}, views};\nlet d = crate::kit::dates::today();";
    let found: Vec<Option<String>> = paths(code)
        .iter()
        .map(|p| target(&routes, p, &files))
        .collect();
    assert_eq!(
        found,
        [
            Some("kit/dates.rs".to_owned()),
            Some("people/queries/mod.rs".to_owned()),
            Some("people/queries/mod.rs".to_owned()),
            Some("people/mod.rs".to_owned()),
        ]
    );
}
