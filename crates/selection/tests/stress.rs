//! The stress suite (issue 22): a few hundred small pools of many shapes (`shapes.rs`), each
//! solved with full LEXIMIN and checked by `check/mod.rs`. Small means at most 150 people and
//! a panel of at most 20, with pool sizes spread on a log scale so most are far smaller: the
//! file is meant to take seconds in a debug build. Large shapes are the benchmark
//! (`cargo bench -p withus-selection --bench stress`); the two pools that failed in the issue
//! and the few small shapes the solver is slow on today (`check::SLOW`) are in `failures.rs`.

mod check;

use std::time::{Duration, Instant};

use check::{
    AGREE, LARGEST_PANEL, MOST_PEOPLE, Outcome, SHAPES, SLOW, against_stages, solve_and_check,
    suite,
};
use withus_selection::shapes::{Pool, Quotas, Spec, issue_600_40, sf_e_like};

/// The suite runs as this many tests, so cargo spreads it over the machine's threads.
const PARTS: usize = 4;
/// How many shapes of each part take the relaxation's way, as measured (December 2026): a
/// change that sends more of them to the stages is slower, not wrong, and shows only here.
const RELAXED: [usize; PARTS] = [58, 57, 56, 56];

fn run_part(part: usize) {
    let started = Instant::now();
    let (mut solved, mut infeasible, mut stages) = (0usize, 0usize, 0usize);
    let (mut relaxed, mut furthest) = (0usize, 0.0f64);
    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    for spec in suite().iter().skip(part).step_by(PARTS) {
        if SLOW.contains(&spec.name().as_str()) {
            continue;
        }
        let shape = spec.build();
        match solve_and_check(&shape) {
            Ok((outcome, took)) => {
                match outcome {
                    Outcome::Solved(result) => {
                        solved += 1;
                        stages += result.stages;
                        if result.relaxed {
                            // The one search must find the lottery the stages find.
                            relaxed += 1;
                            match against_stages(&shape.instance, &result) {
                                Ok(apart) if apart <= AGREE => furthest = furthest.max(apart),
                                Ok(apart) => failures.push(format!(
                                    "{}: a chance {apart:.1e} away from the one found by stages",
                                    shape.name
                                )),
                                Err(why) => failures.push(format!("{}: {why}", shape.name)),
                            }
                        }
                    }
                    Outcome::Infeasible(reasons) => {
                        assert!(reasons > 0);
                        infeasible += 1;
                    }
                }
                if took > slowest.0 {
                    slowest = (took, shape.name.clone());
                }
            }
            Err(failure) => failures.push(failure),
        }
    }
    eprintln!(
        "part {} of {PARTS}: {solved} solved ({stages} LEXIMIN stages; {relaxed} in one search, at most {furthest:.1e} from the stages), {infeasible} infeasible, {} failed, in {:.1?}; slowest {} ({:.2?})",
        part + 1,
        failures.len(),
        started.elapsed(),
        slowest.1,
        slowest.0
    );
    assert!(
        failures.is_empty(),
        "{} shapes failed (rebuild one with its name's fields in shapes::Spec):\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        relaxed >= RELAXED[part],
        "{relaxed} shapes took the relaxation's way, measured {}",
        RELAXED[part]
    );
    // A suite of mostly infeasible shapes would check little: loose and barely feasible quotas
    // (half of them) should almost always be met.
    assert!(
        solved * 2 >= solved + infeasible,
        "only {solved} of {} shapes were feasible",
        solved + infeasible
    );
}

#[test]
fn small_shapes_part_1() {
    run_part(0);
}

#[test]
fn small_shapes_part_2() {
    run_part(1);
}

#[test]
fn small_shapes_part_3() {
    run_part(2);
}

#[test]
fn small_shapes_part_4() {
    run_part(3);
}

#[test]
fn the_suite_covers_every_kind_of_shape_and_rebuilds_each_alike() {
    let specs = suite();
    assert_eq!(specs, suite(), "the same seed gives the same suite");
    let mut names: Vec<String> = specs.iter().map(Spec::name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), SHAPES, "every shape has its own name");
    for slow in SLOW {
        assert!(
            names.iter().any(|n| n == slow),
            "{slow} is not in the suite"
        );
    }
    for categories in 2..=8 {
        for pool in [Pool::Even, Pool::Volunteers] {
            for quotas in [
                Quotas::Loose,
                Quotas::Profile,
                Quotas::Tight,
                Quotas::Barely,
            ] {
                for households in [false, true] {
                    assert!(
                        specs.iter().any(|s| s.categories == categories
                            && s.pool == pool
                            && s.quotas == quotas
                            && s.households == households),
                        "no shape with {categories} categories, {pool:?}, {quotas:?}, households {households}"
                    );
                }
            }
        }
    }
    assert!(specs.iter().all(|s| (10..=MOST_PEOPLE).contains(&s.people)
        && (3..=LARGEST_PANEL).contains(&s.size)
        && s.size <= s.people));
    assert!(specs.iter().any(|s| s.people <= 15));
    assert!(specs.iter().any(|s| s.people >= 120));
    assert!(specs.iter().any(|s| s.size >= 15));
    for spec in specs.iter().take(60) {
        let (a, b) = (spec.build(), spec.build());
        assert_eq!(a.instance, b.instance, "{}", a.name);
        assert_eq!(a.witness, b.witness, "{}", a.name);
        assert_eq!(a.instance.people.len(), spec.people);
        assert_eq!(a.instance.categories.len(), spec.categories);
        assert_eq!(a.instance.size, spec.size);
        if spec.households {
            assert!(!a.instance.households.is_empty(), "{}", a.name);
            assert!(a.instance.households.iter().all(|h| h.len() == 2));
        }
        if let Some(panel) = &a.witness {
            assert_eq!(spec.quotas, Quotas::Barely);
            assert!(a.instance.satisfies(panel), "{}", a.name);
        }
    }
}

#[test]
fn the_named_shapes_have_the_issues_sizes_and_skew() {
    let shape = issue_600_40();
    let instance = &shape.instance;
    assert_eq!((instance.people.len(), instance.size), (600, 40));
    let names: Vec<&str> = instance
        .categories
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "role",
            "age band",
            "ethnic group",
            "disability",
            "area",
            "gender"
        ]
    );
    let everyone: Vec<usize> = (0..instance.people.len()).collect();
    let counts = instance.counts(&everyone);
    // Volunteers: more women than men, and fewer young people than their share (14%).
    assert!(counts[5][0] > counts[5][1], "{:?}", counts[5]);
    assert!((counts[1][0] as f64) < 0.14 * 600.0, "{:?}", counts[1]);
    let sf_e = sf_e_like().instance;
    assert_eq!(
        (sf_e.people.len(), sf_e.size, sf_e.categories.len()),
        (1727, 110, 7)
    );
}
