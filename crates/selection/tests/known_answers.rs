//! The published answers for the public pools in shared/data/sortition (outside this
//! repository: set WITHUS_SORTITION_DATA to their folder). Without them these say so and pass
//! on a developer's machine, but fail with CI=true, so CI cannot go green without checking the
//! answers. An in-repository twin of example_small_20, built from its shape, always runs.

mod support;

use std::fs::File;
use std::path::PathBuf;

use support::{category, many, pool};
use withus_selection::files::{read_pool, read_quotas};
use withus_selection::{Instance, leximin};

fn data() -> Option<PathBuf> {
    // Beside the repository, wherever the repository was cloned: the nearest folder up from
    // here that has shared/data/sortition.
    let beside = || {
        let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        here.ancestors()
            .map(|a| a.join("shared/data/sortition"))
            .find(|d| d.is_dir())
            .unwrap_or_else(|| here.join("../../../shared/data/sortition"))
    };
    let dir = std::env::var_os("WITHUS_SORTITION_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(beside);
    if dir.is_dir() {
        Some(dir)
    } else if std::env::var("CI").is_ok_and(|ci| ci == "true") {
        // The same rule as scripts/test: with CI=true a missing input is a failure, not a skip.
        panic!(
            "CI=true but there are no public pools at {}: put shared/data/sortition beside the \
             repository or set WITHUS_SORTITION_DATA to its folder",
            dir.display()
        );
    } else {
        eprintln!("skipping: no public pools at {}", dir.display());
        None
    }
}

fn load(dir: &std::path::Path, quotas: &str, people: &str, size: usize) -> Instance {
    let categories = read_quotas(File::open(dir.join(quotas)).unwrap()).unwrap();
    read_pool(File::open(dir.join(people)).unwrap(), categories, size).unwrap()
}

#[test]
fn example_small_20_gives_everyone_one_in_ten() {
    let Some(dir) = data() else { return };
    let instance = load(
        &dir.join("example_small_20"),
        "categories.csv",
        "respondents.csv",
        20,
    );
    assert_eq!(instance.people.len(), 200);
    let result = leximin(&instance).unwrap();
    for p in &result.probabilities {
        assert!((p - 0.1).abs() < 1e-3, "{p}");
    }
}

#[test]
fn fixture_150_22_matches_the_reference() {
    let Some(dir) = data() else { return };
    let instance = load(
        &dir.join("fixture_150_22"),
        "features.csv",
        "candidates.csv",
        22,
    );
    let result = leximin(&instance).unwrap();
    let max = result.probabilities.iter().copied().fold(0.0, f64::max);
    assert!(
        (result.min_probability - 0.0909).abs() < 1e-3,
        "min {}",
        result.min_probability
    );
    assert!((max - 0.4709).abs() < 1e-3, "max {max}");
    assert!((result.dual_bound - result.min_probability).abs() < 1e-4);
}

#[test]
fn a_pool_shaped_like_example_small_gives_one_in_ten() {
    // Two categories of two values, 9 to 20 of each on a panel of 20, from 200 people.
    let rows = [
        many(50, &[0, 0]),
        many(60, &[0, 1]),
        many(40, &[1, 0]),
        many(50, &[1, 1]),
    ]
    .concat();
    let instance = pool(
        vec![
            category("gender", &[("female", 9, 20), ("male", 9, 20)]),
            category("leaning", &[("liberal", 9, 20), ("conservative", 9, 20)]),
        ],
        &rows,
        20,
    );
    let result = leximin(&instance).unwrap();
    for p in &result.probabilities {
        assert!((p - 0.1).abs() < 1e-6, "{p}");
    }
}
