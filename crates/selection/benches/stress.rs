//! The stress benchmark (issue 22): large pools of many shapes (`shapes.rs`), up to 2,000
//! people, panels up to 200 and 8 categories, each solved twice. It prints a Markdown table, a
//! row as each shape finishes: the time to the lowest chance (the first LEXIMIN stage alone,
//! which is what a maximin tool computes, so the two compare at the same lowest chance), the
//! time to complete LEXIMIN, stages, panels in support, the lowest chance and its dual bound.
//!
//! ```sh
//! cargo bench -p withus-selection --bench stress
//! WITHUS_STRESS_SHAPES=sf_e,issue cargo bench -p withus-selection --bench stress  # names containing these
//! WITHUS_STRESS_BUDGET=60 cargo bench -p withus-selection --bench stress          # stop refining after 60 s
//! WITHUS_STRESS_COMPLETE_ONLY=1 cargo bench -p withus-selection --bench stress   # skip the lowest chance by stages
//! WITHUS_STRESS_BY_STAGES=1 cargo bench -p withus-selection --bench stress       # never through the relaxation
//! WITHUS_BENCH_POOLS=/tmp/pools cargo bench -p withus-selection --bench stress    # also write CSV files
//! WITHUS_STRESS_READ=/tmp/pools cargo bench -p withus-selection --bench stress     # also read them back
//! ```
//!
//! Reading the CSV files back solves exactly what the reference was given (no households), so
//! the two tools' times and lowest chances compare on the same pools.
//!
//! Without a budget every shape runs to complete LEXIMIN, however long that takes: the point is
//! to measure it. `example_large_200` is read from WITHUS_SORTITION_DATA, or the public pools
//! beside the repository, when they are there. The CSV files (for running the reference on the
//! same pools) leave out households, which the Sortition Foundation's format has no column for.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use withus_selection::files::{read_pool, read_quotas};
use withus_selection::generate::to_csv;
use withus_selection::shapes::{Pool, Quotas, Shape, Spec, named_again};
use withus_selection::{leximin_by_stages, leximin_within};

/// Generated shapes beside the named ones: (people, panel, categories, pool, quotas,
/// households), chosen to reach every corner of the issue's range at least once.
const SPECS: [(usize, usize, usize, Pool, Quotas, bool); 8] = [
    (300, 30, 4, Pool::Volunteers, Quotas::Barely, true),
    (500, 50, 6, Pool::Even, Quotas::Profile, false),
    (1000, 60, 5, Pool::Volunteers, Quotas::Tight, true),
    (1000, 100, 7, Pool::Volunteers, Quotas::Barely, false),
    (1500, 120, 3, Pool::Volunteers, Quotas::Tight, false),
    (2000, 150, 8, Pool::Volunteers, Quotas::Loose, true),
    (2000, 200, 7, Pool::Volunteers, Quotas::Profile, false),
    (2000, 200, 7, Pool::Even, Quotas::Tight, false),
];

fn main() {
    let only: Option<Vec<String>> = std::env::var("WITHUS_STRESS_SHAPES").ok().map(|s| {
        s.split(',')
            .map(|part| part.trim().to_string())
            .filter(|part| !part.is_empty())
            .collect()
    });
    let budget = std::env::var("WITHUS_STRESS_BUDGET")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .map(Duration::from_secs_f64);
    let out = std::env::var_os("WITHUS_BENCH_POOLS").map(PathBuf::from);
    let only_complete = std::env::var_os("WITHUS_STRESS_COMPLETE_ONLY").is_some();
    let by_stages = std::env::var_os("WITHUS_STRESS_BY_STAGES").is_some();

    // Other seeds draw every shape again with other people, to find the pools a seed of one
    // happens to miss.
    let seeds: Vec<u64> = std::env::var("WITHUS_STRESS_SEEDS")
        .ok()
        .map(|s| s.split(',').filter_map(|p| p.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1]);
    let mut shapes = Vec::new();
    for &seed in &seeds {
        shapes.extend(named_again(seed));
        for (people, size, categories, pool, quotas, households) in SPECS {
            let spec = Spec {
                people,
                size,
                categories,
                pool,
                quotas,
                households,
                seed,
            };
            shapes.push(spec.build());
        }
    }
    if let Some(dir) = std::env::var_os("WITHUS_STRESS_READ") {
        match read_back(&PathBuf::from(dir)) {
            Ok(read) => shapes.extend(read),
            Err(why) => eprintln!("WITHUS_STRESS_READ left out: {why}"),
        }
    }
    match example_large_200() {
        Ok(shape) => shapes.push(shape),
        Err(why) => eprintln!("example_large_200 left out: {why}"),
    }
    let names: Vec<&str> = shapes.iter().map(|s| s.name.as_str()).collect();
    eprintln!(
        "shapes (WITHUS_STRESS_SHAPES picks by part of a name): {}",
        names.join(", ")
    );
    shapes.retain(|shape| {
        only.as_ref()
            .is_none_or(|parts| parts.iter().any(|p| shape.name.contains(p.as_str())))
    });
    if shapes.is_empty() {
        eprintln!("no shape's name contains any of {only:?}");
        return;
    }
    if let Some(budget) = budget {
        eprintln!("each LEXIMIN stops refining after the stage that ends past {budget:?}");
    }

    println!(
        "| shape | n | k | categories | groups | lowest chance in | complete LEXIMIN in | complete | stages | panels in support | min probability | dual bound |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for shape in &shapes {
        let instance = &shape.instance;
        if let Some(dir) = &out {
            write_csv(dir, shape);
        }
        let started = Instant::now();
        // A zero budget stops after the first stage: the lowest chance, certified.
        let lowest = if only_complete {
            "-".to_string()
        } else {
            match leximin_within(instance, Some(Duration::ZERO)) {
                Ok(_) => seconds(started.elapsed()),
                Err(e) => format!("failed: {e}"),
            }
        };
        let started = Instant::now();
        let solved = if by_stages {
            leximin_by_stages(instance, budget)
        } else {
            leximin_within(instance, budget)
        };
        let took = seconds(started.elapsed());
        let head = format!(
            "| {} | {} | {} | {} | {} | {lowest} |",
            shape.name,
            instance.people.len(),
            instance.size,
            instance.categories.len(),
            instance.groups().len()
        );
        match solved {
            Ok(result) => println!(
                "{head} {took} | {} | {} | {} | {:.6} | {:.6} |",
                if result.complete { "yes" } else { "no" },
                result.stages,
                result.panels.len(),
                result.min_probability,
                result.dual_bound
            ),
            Err(e) => println!("{head} failed after {took}: {e} | - | - | - | - | - |"),
        }
        // Rows appear as shapes finish, even when the output goes to a file.
        let _ = std::io::stdout().flush();
    }
}

fn seconds(elapsed: Duration) -> String {
    format!("{:.2} s", elapsed.as_secs_f64())
}

/// The public example_large_200 (2,000 people, panel of 200, 2 categories), when it is there.
fn example_large_200() -> Result<Shape, String> {
    let dir = std::env::var_os("WITHUS_SORTITION_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/sortition")
        })
        .join("example_large_200");
    let open = |file: &str| {
        std::fs::File::open(dir.join(file))
            .map_err(|e| format!("{}: {e}", dir.join(file).display()))
    };
    let categories = read_quotas(open("categories.csv")?).map_err(|e| e.to_string())?;
    let instance =
        read_pool(open("respondents.csv")?, categories, 200).map_err(|e| e.to_string())?;
    Ok(Shape {
        name: "example_large_200".into(),
        instance,
        witness: None,
    })
}

/// Every `<name>.quotas.csv` with its `<name>.people.csv` in `dir`, the panel size taken
/// from the `-k<size>` (or the last number) in the name, as written by `write_csv`.
fn read_back(dir: &std::path::Path) -> Result<Vec<Shape>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|file| file.strip_suffix(".quotas.csv").map(str::to_string))
        .collect();
    names.sort();
    let mut shapes = Vec::new();
    for name in names {
        let size = name
            .split('-')
            .rev()
            .find_map(|part| part.strip_prefix('k').unwrap_or(part).parse::<usize>().ok())
            .ok_or_else(|| format!("{name}: no panel size in the name"))?;
        let open =
            |file: String| std::fs::File::open(dir.join(&file)).map_err(|e| format!("{file}: {e}"));
        let categories =
            read_quotas(open(format!("{name}.quotas.csv"))?).map_err(|e| e.to_string())?;
        let instance = read_pool(open(format!("{name}.people.csv"))?, categories, size)
            .map_err(|e| e.to_string())?;
        shapes.push(Shape {
            name: format!("{name} (csv)"),
            instance,
            witness: None,
        });
    }
    Ok(shapes)
}

fn write_csv(dir: &std::path::Path, shape: &Shape) {
    let (quotas, people) = to_csv(&shape.instance);
    for (file, text) in [
        (format!("{}.quotas.csv", shape.name), quotas),
        (format!("{}.people.csv", shape.name), people),
    ] {
        if let Err(e) = std::fs::write(dir.join(&file), text) {
            eprintln!("could not write {file}: {e}");
        }
    }
}
