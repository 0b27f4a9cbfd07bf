//! The shape of the web crate, read from its source: the kit imports no feature, features
//! use only those below them and only through their mod.rs, and the top-level modules form
//! no circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What the kit may name besides itself: the app's state and configuration at the root.
const KIT_MAY_USE: [&str; 3] = ["kit", "AppState", "config"];

/// The features from the bottom up: each may use those before it, never one after it.
const FEATURES_UPWARDS: [&str; 9] = [
    "people",
    "groups",
    "equality",
    "support",
    "opportunities",
    "meetings",
    "payments",
    "impact",
    "reports",
];

pub(crate) fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

pub(crate) fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("read the source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level module a source file belongs to (`people/routes.rs` → `people`).
fn top_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_owned()
}

/// Every name `text` takes from the crate root: `crate::x::…` paths and `use crate::{x, y}`.
fn crate_names(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let word = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (i, _) in text.match_indices("crate::") {
        let after = &text[i + "crate::".len()..];
        if let Some(list) = after.strip_prefix('{') {
            let end = list.find('}').unwrap_or(list.len());
            for part in list[..end].split(',') {
                let name = word(part.trim());
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        } else {
            let name = word(after);
            if !name.is_empty() {
                names.insert(name);
            }
        }
    }
    names
}

fn modules() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let tops: BTreeSet<String> = files
        .iter()
        .map(|f| top_of(f))
        .filter(|t| t != "lib" && t != "main")
        .collect();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let top = top_of(file);
        if !tops.contains(&top) {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("read a source file");
        let entry = uses.entry(top.clone()).or_default();
        for name in crate_names(&text) {
            if name != top && tops.contains(&name) {
                entry.insert(name);
            }
        }
    }
    uses
}

/// Circles of two or more modules (Tarjan's strongly connected components).
pub(crate) fn circles(uses: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        uses: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        let i = w.index.len();
        w.index.insert(v, i);
        w.low.insert(v, i);
        w.stack.push(v);
        let uses = w.uses;
        for next in uses.get(v).into_iter().flatten() {
            let next = next.as_str();
            if !w.index.contains_key(next) {
                visit(w, next);
                let low = w.low[v].min(w.low[next]);
                w.low.insert(v, low);
            } else if w.stack.contains(&next) {
                let low = w.low[v].min(w.index[next]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut circle = Vec::new();
            while let Some(top) = w.stack.pop() {
                circle.push(top.to_owned());
                if top == v {
                    break;
                }
            }
            if circle.len() > 1 {
                circle.sort();
                w.found.push(circle);
            }
        }
    }
    let mut walk = Walk {
        uses,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in uses.keys() {
        if !walk.index.contains_key(v.as_str()) {
            visit(&mut walk, v);
        }
    }
    walk.found.sort();
    walk.found
}

#[test]
fn the_kit_imports_no_feature() {
    let mut files = Vec::new();
    rust_files(&src().join("kit"), &mut files);
    assert!(files.len() >= 15, "found only {} kit files", files.len());
    let mut wrong = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read a kit file");
        for name in crate_names(&text) {
            if !KIT_MAY_USE.contains(&name.as_str()) {
                wrong.push(format!("{} uses crate::{name}", file.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "the kit reaches into features: {wrong:#?}"
    );
}

#[test]
fn the_top_level_modules_form_no_circle() {
    let found = circles(&modules());
    assert!(
        found.is_empty(),
        "top-level modules import each other in a circle: {found:?}"
    );
}

#[test]
fn features_use_only_those_below_them() {
    let uses = modules();
    let mut upwards = Vec::new();
    for (i, feature) in FEATURES_UPWARDS.iter().enumerate() {
        let above = &FEATURES_UPWARDS[i + 1..];
        for name in uses.get(*feature).into_iter().flatten() {
            if above.contains(&name.as_str()) {
                upwards.push(format!("{feature} uses {name}"));
            }
        }
    }
    assert!(upwards.is_empty(), "features reaching up: {upwards:?}");
}

/// The files and folders inside a feature folder: the modules another feature must not name.
fn inner_modules(folder: &str) -> Vec<String> {
    std::fs::read_dir(src().join(folder))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .trim_end_matches(".rs")
                        .to_owned()
                })
                .filter(|name| name != "mod")
                .collect()
        })
        .unwrap_or_default()
}

/// Where `text` names `module` inside the feature `folder` (`people::views::…`,
/// `crate::people::views;`), as the paths that do it.
fn reaches(text: &str, folder: &str, module: &str) -> Vec<String> {
    let path = format!("{folder}::{module}");
    text.match_indices(&path)
        .filter(|(i, _)| {
            let head = &text[..*i];
            let before = head.chars().next_back();
            let after = text[i + path.len()..].chars().next();
            // `meetings::people::…` is a module of meetings, not the people feature.
            let inside_another = head.ends_with("::") && !head.ends_with("crate::");
            // `people::owed(…)` calls a function that shares a module's name.
            let as_module = text[i + path.len()..].starts_with("::") || after == Some(';');
            !inside_another
                && as_module
                && !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .map(|_| path.clone())
        .collect()
}

/// The tools at the top that assemble every feature (the demo, the generator, the command
/// line) may call a feature's demo data; so may another feature's demo data.
fn may_reach(file: &Path, module: &str) -> bool {
    let rel = file.strip_prefix(src()).expect("under src");
    let top = top_of(file);
    let at_top = ["demo", "generate", "cli"].contains(&top.as_str());
    let demo_file = rel
        .components()
        .any(|c| c.as_os_str() == "demo" || c.as_os_str() == "demo.rs");
    module == "demo" && (at_top || demo_file) || top == "cli" && module == "lottery"
}

#[test]
fn features_meet_only_through_each_others_mod_rs() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let folders: Vec<String> = std::fs::read_dir(src())
        .expect("read src")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(folders.len() >= 15, "found only {} folders", folders.len());
    let mut reaching = Vec::new();
    for file in &files {
        let top = top_of(file);
        let source = std::fs::read_to_string(file).expect("read a source file");
        // `use crate::meetings::{load, queries as q};` names `meetings::queries` too.
        let mut text = source.clone();
        for line in source
            .lines()
            .filter(|l| l.contains("crate::") && l.contains('{'))
        {
            for path in super::architecture_files::paths(line) {
                let path: Vec<&str> = path
                    .iter()
                    .filter_map(|s| s.split_whitespace().next())
                    .collect();
                text.push_str(&format!("\n{};", path.join("::")));
            }
        }
        for other in folders.iter().filter(|f| **f != top && **f != "kit") {
            for inner in inner_modules(other) {
                if may_reach(file, &inner) {
                    continue;
                }
                for path in reaches(&text, other, &inner) {
                    reaching.push(format!("{} reaches into {path}", file.display()));
                }
            }
        }
    }
    assert!(
        reaching.is_empty(),
        "use what the feature's mod.rs offers instead: {reaching:#?}"
    );
}

/// Files stay short enough to read in one sitting; a feature's file that grows past this
/// becomes a folder of parts.
const MOST_LINES: usize = 400;

#[test]
fn no_source_file_is_longer_than_most_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let lines = std::fs::read_to_string(file)
                .expect("read a source file")
                .lines()
                .count();
            (lines > MOST_LINES).then(|| format!("{} has {lines} lines", file.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by what they do: {long:#?}");
}

#[test]
fn the_reader_finds_a_path_into_a_feature_only_where_it_is_one() {
    let text = "use crate::people::views;\nlet a = people::views_of(x);\nmy_people::views::x();";
    assert_eq!(reaches(text, "people", "views"), ["people::views"]);
    assert!(reaches("meetings::people::section()", "people", "section").is_empty());
    assert!(reaches("crate::impact::owed(scope)", "impact", "owed").is_empty());
}

#[test]
fn the_reader_finds_circles_and_names() {
    let names = crate_names("use crate::{AppState, kit};\nlet x = crate::people::vocab::X;");
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        ["AppState", "kit", "people"]
    );
    let mut uses = BTreeMap::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        uses.entry(from.to_string())
            .or_insert_with(BTreeSet::new)
            .insert(to.to_string());
    }
    assert_eq!(circles(&uses), [["a", "b", "c"]]);
}
