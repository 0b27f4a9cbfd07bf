use withus_selection::{Category, Instance, Person, Value};

/// A category whose values are named and labelled alike, each with a min and max.
pub fn category(name: &str, values: &[(&str, usize, usize)]) -> Category {
    Category {
        name: name.to_string(),
        values: values
            .iter()
            .map(|&(value, min, max)| Value {
                name: value.to_string(),
                label: format!("{value}s"),
                min,
                max,
            })
            .collect(),
    }
}

/// A pool from rows of value indices, one row per person, ids "p1", "p2", …
pub fn pool(categories: Vec<Category>, rows: &[Vec<usize>], size: usize) -> Instance {
    Instance {
        categories,
        people: rows
            .iter()
            .enumerate()
            .map(|(i, values)| Person {
                id: format!("p{}", i + 1),
                values: values.clone(),
            })
            .collect(),
        households: Vec::new(),
        size,
    }
}

/// `count` people with the same values.
pub fn many(count: usize, values: &[usize]) -> Vec<Vec<usize>> {
    vec![values.to_vec(); count]
}
