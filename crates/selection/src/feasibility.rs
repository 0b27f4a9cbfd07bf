//! Before any solving: can any panel meet the quotas at all? If not, say which quotas stand
//! in each other's way, in words a coordinator can act on.

use crate::SelectionError;
use crate::instance::{Group, Instance};
use crate::pricing::{Rules, best_panel};

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Conflict {
    #[error("The pool has {pool} people, fewer than the {size} places")]
    PoolTooSmall { pool: usize, size: usize },
    #[error("The quota for {label} asks for at least {min} but at most {max}")]
    MinAboveMax {
        label: String,
        min: usize,
        max: usize,
    },
    #[error(
        "No panel of {size} can have at least {min} {label}: only {count} {label} are in the pool"
    )]
    NotEnoughInPool {
        size: usize,
        min: usize,
        label: String,
        count: usize,
    },
    #[error(
        "The least numbers asked for by {category} add up to {total}, more than the {size} places"
    )]
    MinimumsTooHigh {
        category: String,
        total: usize,
        size: usize,
    },
    #[error(
        "Taking the most people allowed for each {category}, a panel can have only {total} people, fewer than the {size} places"
    )]
    MaximumsTooLow {
        category: String,
        total: usize,
        size: usize,
    },
    #[error("The quotas for {first} and for {second} cannot both be met on a panel of {size}")]
    Together {
        first: String,
        second: String,
        size: usize,
    },
    #[error(
        "No panel of {size} meets every quota at once, taking at most one person from each household"
    )]
    NoPanel { size: usize },
}

/// Every conflict found, simplest first; empty when some panel meets every quota.
pub fn conflicts(instance: &Instance, groups: &[Group]) -> Result<Vec<Conflict>, SelectionError> {
    let size = instance.size;
    let mut found = Vec::new();
    if instance.people.len() < size {
        found.push(Conflict::PoolTooSmall {
            pool: instance.people.len(),
            size,
        });
    }
    let everyone: Vec<usize> = (0..instance.people.len()).collect();
    let in_pool = instance.counts(&everyone);
    for (category, counts) in instance.categories.iter().zip(&in_pool) {
        for (value, &count) in category.values.iter().zip(counts) {
            if value.min > value.max {
                found.push(Conflict::MinAboveMax {
                    label: value.label.clone(),
                    min: value.min,
                    max: value.max,
                });
            } else if value.min > count {
                found.push(Conflict::NotEnoughInPool {
                    size,
                    min: value.min,
                    label: value.label.clone(),
                    count,
                });
            }
        }
        let least: usize = category.values.iter().map(|v| v.min).sum();
        if least > size {
            found.push(Conflict::MinimumsTooHigh {
                category: category.name.clone(),
                total: least,
                size,
            });
        }
        let most: usize = category
            .values
            .iter()
            .zip(counts)
            .map(|(v, &count)| v.max.min(count))
            .sum();
        if most < size {
            found.push(Conflict::MaximumsTooLow {
                category: category.name.clone(),
                total: most,
                size,
            });
        }
    }
    if !found.is_empty() {
        return Ok(found);
    }
    let all: Vec<usize> = (0..instance.categories.len()).collect();
    let zeros = vec![0.0; groups.len()];
    let whole = Rules {
        categories: &all,
        households: true,
    };
    if best_panel(instance, groups, &zeros, &whole, None, None)?.is_some() {
        return Ok(found);
    }
    for a in 0..all.len() {
        for b in a + 1..all.len() {
            let pair = Rules {
                categories: &[a, b],
                households: false,
            };
            if best_panel(instance, groups, &zeros, &pair, None, None)?.is_none() {
                found.push(Conflict::Together {
                    first: instance.categories[a].name.clone(),
                    second: instance.categories[b].name.clone(),
                    size,
                });
            }
        }
    }
    if found.is_empty() {
        found.push(Conflict::NoPanel { size });
    }
    Ok(found)
}
