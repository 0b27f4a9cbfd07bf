//! A selection problem: the pool, its categories with their quotas, the panel size and any
//! households, and the grouping of people who are interchangeable.

use std::collections::HashMap;

/// One value of a category, with the least and most panel members who may have it.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub name: String,
    /// A plural noun phrase for messages: "carers", "people aged 16 to 24".
    pub label: String,
    pub min: usize,
    pub max: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    pub name: String,
    pub values: Vec<Value>,
}

/// One person in the pool: an id and, for each category, the index of their value.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub id: String,
    pub values: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    pub categories: Vec<Category>,
    pub people: Vec<Person>,
    /// Groups of which at most one person may be on the panel, as indices into `people`.
    pub households: Vec<Vec<usize>>,
    pub size: usize,
}

/// People with the same value in every category (and in no household) are interchangeable:
/// the fairest distribution gives them the same chance, so the solver works with one
/// variable per group rather than per person.
#[derive(Clone, Debug)]
pub struct Group {
    pub members: Vec<usize>,
    pub values: Vec<usize>,
}

impl Instance {
    pub fn groups(&self) -> Vec<Group> {
        let mut in_household = vec![false; self.people.len()];
        for household in &self.households {
            for &i in household {
                in_household[i] = true;
            }
        }
        let mut groups: Vec<Group> = Vec::new();
        let mut by_values: HashMap<&[usize], usize> = HashMap::new();
        for (i, person) in self.people.iter().enumerate() {
            let shared = (!in_household[i])
                .then(|| by_values.get(person.values.as_slice()).copied())
                .flatten();
            match shared {
                Some(g) => groups[g].members.push(i),
                None => {
                    if !in_household[i] {
                        by_values.insert(&person.values, groups.len());
                    }
                    groups.push(Group {
                        members: vec![i],
                        values: person.values.clone(),
                    });
                }
            }
        }
        groups
    }

    /// How many people in `panel` (indices into `people`) have each value, by category.
    pub fn counts(&self, panel: &[usize]) -> Vec<Vec<usize>> {
        let mut counts: Vec<Vec<usize>> = self
            .categories
            .iter()
            .map(|c| vec![0; c.values.len()])
            .collect();
        for &i in panel {
            for (c, &v) in self.people[i].values.iter().enumerate() {
                counts[c][v] += 1;
            }
        }
        counts
    }

    /// Whether `panel` has the right size, meets every quota and takes at most one person
    /// from each household.
    pub fn satisfies(&self, panel: &[usize]) -> bool {
        if panel.len() != self.size {
            return false;
        }
        let counts = self.counts(panel);
        let quotas_met = self
            .categories
            .iter()
            .zip(&counts)
            .all(|(category, counts)| {
                category
                    .values
                    .iter()
                    .zip(counts)
                    .all(|(value, &n)| value.min <= n && n <= value.max)
            });
        quotas_met
            && self
                .households
                .iter()
                .all(|h| h.iter().filter(|i| panel.contains(i)).count() <= 1)
    }
}
