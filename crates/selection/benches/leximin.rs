//! Time to LEXIMIN chances on generated pools. `cargo bench -p withus-selection`; set
//! WITHUS_BENCH_POOLS=dir to also write each pool and its quotas as CSV for other tools, and
//! WITHUS_BENCH_SIZES=200,1000 to run only those pool sizes.
//!
//! "Lowest chance" times the first stage alone: the maximin answer, which is what other tools'
//! maximin mode computes, so the two can be compared at the same minimum probability.

use std::time::Instant;

use withus_selection::generate::{pool, to_csv};
use withus_selection::leximin_within;

fn main() {
    let only: Option<Vec<usize>> = std::env::var("WITHUS_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    let cases = [(200, 5, 12), (1000, 6, 40), (2000, 7, 110)]
        .into_iter()
        .filter(|(n, _, _)| only.as_ref().is_none_or(|o| o.contains(n)));
    let out = std::env::var_os("WITHUS_BENCH_POOLS").map(std::path::PathBuf::from);
    println!(
        "| n | k | categories | quota values | groups | lowest chance | in | time | LEXIMIN complete | min chance | dual bound | panels in support | stages |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (n, categories, k) in cases {
        let instance = pool(n, categories, k, &format!("bench {n} {k}"));
        if let Some(dir) = &out {
            let (quotas, people) = to_csv(&instance);
            let write = |name: String, text: String| {
                if let Err(e) = std::fs::write(dir.join(&name), text) {
                    eprintln!("could not write {name}: {e}");
                }
            };
            write(format!("quotas_{n}_{k}.csv"), quotas);
            write(format!("pool_{n}_{k}.csv"), people);
        }
        let values: usize = instance.categories.iter().map(|c| c.values.len()).sum();
        let started = Instant::now();
        let lowest = match leximin_within(&instance, Some(std::time::Duration::ZERO)) {
            Ok(first) => format!(
                "{:.4} | {:.2} s",
                first.min_probability,
                started.elapsed().as_secs_f64()
            ),
            Err(e) => format!("failed: {e} | -"),
        };
        let started = Instant::now();
        // Past a minute, finish the stage in hand and stop refining the higher chances.
        match leximin_within(&instance, Some(std::time::Duration::from_secs(60))) {
            Ok(result) => println!(
                "| {n} | {k} | {categories} | {values} | {} | {lowest} | {:.2} s | {} | {:.4} | {:.4} | {} | {} |",
                result.groups.len(),
                started.elapsed().as_secs_f64(),
                if result.complete {
                    "yes"
                } else {
                    "stopped after a minute"
                },
                result.min_probability,
                result.dual_bound,
                result.panels.len(),
                result.stages,
            ),
            Err(e) => println!("| {n} | {k} | {categories} | {values} | - | failed: {e} |"),
        }
    }
}
