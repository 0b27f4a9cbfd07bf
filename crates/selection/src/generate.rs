//! Synthetic pools for benchmarks: categories of census-like, unequal shares, a pool that
//! over-represents some values (as volunteers do), and quotas around each value's share.

use crate::draw::SeededStream;
use crate::instance::{Category, Instance, Person, Value};

/// A pool of `people` with `categories` categories (2 to 7 values each) for a panel of
/// `size`, the same for the same `seed`.
pub fn pool(people: usize, categories: usize, size: usize, seed: &str) -> Instance {
    let mut stream = SeededStream::new(seed);
    let mut cats = Vec::new();
    let mut shares = Vec::new();
    for c in 0..categories {
        let count = 2 + (c * 3 + stream.below(3)) % 6;
        let weights: Vec<f64> = (0..count).map(|_| 0.2 + stream.unit()).collect();
        let total: f64 = weights.iter().sum();
        let target: Vec<f64> = weights.iter().map(|w| w / total).collect();
        let values = target
            .iter()
            .enumerate()
            .map(|(v, share)| {
                let ideal = share * size as f64;
                Value {
                    name: format!("v{v}"),
                    label: format!("people with c{c} v{v}"),
                    min: (ideal.floor() as usize).saturating_sub(1),
                    max: ideal.ceil() as usize + 1,
                }
            })
            .collect();
        cats.push(Category {
            name: format!("c{c}"),
            values,
        });
        // Volunteers: the first value answers twice as readily as the last.
        let bias: Vec<f64> = target
            .iter()
            .enumerate()
            .map(|(v, s)| s * (2.0 - v as f64 / count as f64))
            .collect();
        let sum: f64 = bias.iter().sum();
        shares.push(bias.into_iter().map(|b| b / sum).collect::<Vec<f64>>());
    }
    let people = (0..people)
        .map(|i| Person {
            id: format!("p{}", i + 1),
            values: shares
                .iter()
                .map(|share| {
                    let mut x = stream.unit();
                    share
                        .iter()
                        .position(|s| {
                            x -= s;
                            x < 0.0
                        })
                        .unwrap_or(share.len() - 1)
                })
                .collect(),
        })
        .collect();
    Instance {
        categories: cats,
        people,
        households: Vec::new(),
        size,
    }
}

/// The pool and quotas as the Sortition Foundation's CSV files, to run other tools on.
pub fn to_csv(instance: &Instance) -> (String, String) {
    let mut quotas = String::from("feature,value,min,max,min_flex,max_flex\n");
    for c in &instance.categories {
        for v in &c.values {
            quotas += &format!(
                "{},{},{},{},0,{}\n",
                c.name, v.name, v.min, v.max, instance.size
            );
        }
    }
    let names: Vec<&str> = instance
        .categories
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    let mut people = format!("id,{}\n", names.join(","));
    for p in &instance.people {
        let values: Vec<&str> = p
            .values
            .iter()
            .zip(&instance.categories)
            .map(|(&v, c)| c.values[v].name.as_str())
            .collect();
        people += &format!("{},{}\n", p.id, values.join(","));
    }
    (quotas, people)
}
