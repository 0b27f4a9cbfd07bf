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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instance::{Category, Person, Value};

    fn pool(people: usize, size: usize) -> Instance {
        let value = |name: &str| Value {
            name: name.into(),
            label: name.into(),
            min: 0,
            max: size,
        };
        Instance {
            categories: vec![Category {
                name: "role".into(),
                values: vec![value("carer"), value("user")],
            }],
            people: (0..people)
                .map(|i| Person {
                    id: i.to_string(),
                    values: vec![i % 2],
                })
                .collect(),
            households: Vec::new(),
            size,
        }
    }

    #[test]
    fn a_pool_exactly_the_panel_size_is_enough_and_one_fewer_is_not() {
        let exact = pool(4, 4);
        assert_eq!(conflicts(&exact, &exact.groups()).expect("checked"), []);
        let short = pool(3, 4);
        let found = conflicts(&short, &short.groups()).expect("checked");
        assert_eq!(found[0], Conflict::PoolTooSmall { pool: 3, size: 4 });
    }

    #[test]
    fn a_household_that_blocks_every_panel_is_not_blamed_on_two_categories() {
        // The only panel is the two of them, and they share a household.
        let mut two = pool(2, 2);
        for value in &mut two.categories[0].values {
            (value.min, value.max) = (1, 1);
        }
        two.categories.push(Category {
            name: "area".into(),
            values: vec![Value {
                name: "north".into(),
                label: "people in the north".into(),
                min: 0,
                max: 2,
            }],
        });
        for person in &mut two.people {
            person.values.push(0);
        }
        two.households = vec![vec![0, 1]];
        let found = conflicts(&two, &two.groups()).expect("checked");
        assert_eq!(found, [Conflict::NoPanel { size: 2 }]);
    }
}
