//! Every database call of a feature lives in its queries: `queries.rs`, or a `queries/`
//! folder once that passes 400 lines (a sub-feature such as `opportunities/lottery/` keeps its
//! own). Routes, forms, views and rules call those functions and never the database, so a
//! feature's reads and writes can be read, indexed and scoped to the organisation in one place.
//! A feature's `demo.rs` seeds its demo data and may write directly.

use std::path::Path;

use super::architecture::{rust_files, src};

/// Top-level modules that are not features: the kit (below them all) and what runs Withus.
const NOT_FEATURES: [&str; 6] = ["kit", "demo", "generate", "backup", "mail", "metrics"];

/// Parts of `withus_db` that hold no query: the entities as plain data, the map of personal
/// data, the states an import may move between, and the scope passed to the queries.
const PLAIN_DB_PARTS: [&str; 4] = ["entities", "personal", "import_state", "OrgScope"];

/// What only a database call needs: the query traits and values of SeaORM, the scope's own
/// queries and its connection, and entity queries.
const CALLS: [&str; 13] = [
    "sea_orm",
    ".db()",
    "scope.find",
    ".find::<",
    "scope.insert",
    ".insert_many",
    ".update_many",
    ".delete_many",
    ".select_column",
    ".transaction()",
    "Entity::find",
    "Entity::insert",
    "Entity::delete",
];

/// The code of a file without its comments and its test module at the end.
fn code(source: &str) -> Vec<(usize, String)> {
    let end = source.find("#[cfg(test)]\nmod ").unwrap_or(source.len());
    source[..end]
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let line = line.split("//").next().unwrap_or("");
            (i + 1, line.to_owned())
        })
        .collect()
}

/// Whether `rel` (a path under `src`) is a feature's file that must not call the database.
fn must_use_queries(rel: &Path) -> bool {
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.len() < 2 || NOT_FEATURES.contains(&parts[0].as_str()) {
        return false;
    }
    !parts.iter().any(|p| {
        matches!(
            p.as_str(),
            "queries.rs" | "queries" | "demo.rs" | "demo" | "templates"
        )
    })
}

/// The names a line takes from `withus_db` that are queries rather than plain data.
fn db_queries_named(line: &str) -> Vec<String> {
    let word = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    for (i, _) in line.match_indices("withus_db::") {
        let after = &line[i + "withus_db::".len()..];
        let names: Vec<String> = match after.strip_prefix('{') {
            Some(list) => list
                .split('}')
                .next()
                .unwrap_or("")
                .split(',')
                .map(word)
                .collect(),
            None => vec![word(after)],
        };
        for name in names {
            if !name.is_empty() && !PLAIN_DB_PARTS.contains(&name.as_str()) {
                found.push(format!("withus_db::{name}"));
            }
        }
    }
    found
}

/// Each database call in `source`, as "line: what".
fn calls_in(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in code(source) {
        let mut what: Vec<String> = CALLS
            .iter()
            .filter(|c| line.contains(*c))
            .map(|c| (*c).to_owned())
            .collect();
        what.extend(db_queries_named(&line));
        if !what.is_empty() {
            found.push(format!("{number}: {}", what.join(", ")));
        }
    }
    found
}

#[test]
fn every_feature_keeps_its_database_calls_in_its_queries() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut outside = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&root).expect("under src");
        if !must_use_queries(rel) {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("read a source file");
        for call in calls_in(&source) {
            outside.push(format!("{}:{call}", rel.display()));
        }
    }
    assert!(
        outside.is_empty(),
        "{} database calls outside a feature's queries (move each into its queries.rs):\n{}",
        outside.len(),
        outside.join("\n")
    );
}

#[test]
fn the_reader_finds_database_calls_and_lets_plain_data_pass() {
    let routes = "use withus_db::sea_orm::QueryFilter;\n\
                  use withus_db::{OrgScope, entities::person};\n\
                  // scope.find::<person::Entity>() in a comment\n\
                  let rows = scope.find::<person::Entity>().all(scope.db()).await?;\n\
                  withus_db::outbox::enqueue(&txn, mail).await?;\n\
                  let p: person::Model = queries::person(&scope, id).await?;\n\
                  #[cfg(test)]\nmod tests { fn t() { scope.db(); } }\n";
    assert_eq!(
        calls_in(routes),
        [
            "1: sea_orm, withus_db::sea_orm",
            "4: .db(), scope.find, .find::<",
            "5: withus_db::outbox",
        ]
    );
    assert!(must_use_queries(Path::new("people/routes.rs")));
    assert!(must_use_queries(Path::new(
        "opportunities/lottery/draw_jobs.rs"
    )));
    assert!(!must_use_queries(Path::new("people/queries/import.rs")));
    assert!(!must_use_queries(Path::new(
        "opportunities/lottery/queries.rs"
    )));
    assert!(!must_use_queries(Path::new("impact/demo/said.rs")));
    assert!(!must_use_queries(Path::new("kit/audit.rs")));
    assert!(!must_use_queries(Path::new("routes.rs")));
}
