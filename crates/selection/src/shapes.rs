//! Pools of many shapes for the stress suite and its benchmark (issue 22): 2 to 8 categories,
//! pools skewed the way volunteers come forward or in the population's proportions, quotas from
//! a population profile (loose, one either side, tight, or barely feasible) and households of
//! two. Every shape has a name and is the same for the same name, so a failure seen once can be
//! rebuilt from the name in the message alone. Randomness is the draw's SHA-256 stream, so no
//! RNG crate can change the pools between versions.

use crate::draw::SeededStream;
use crate::instance::{Category, Instance, Person, Value};

mod profiles;
use profiles::{Profile, seven, six};

/// How the pool came forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pool {
    /// In the population's proportions.
    Even,
    /// As volunteers do: older, more women, fewer young people and minority groups.
    Volunteers,
}

/// Where each value's quota sits around its population share times the panel size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quotas {
    /// From 60% to 140% of the share (and one more).
    Loose,
    /// One either side of the share, as organisers often set them.
    Profile,
    /// The share rounded down to the share rounded up.
    Tight,
    /// Exactly the counts of one panel picked to follow the shares: feasible, only just.
    Barely,
}

/// The recipe for a shape; `build` makes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    pub people: usize,
    pub size: usize,
    pub categories: usize,
    pub pool: Pool,
    pub quotas: Quotas,
    /// Pair about three in ten people into households of two (at most one of each chosen).
    pub households: bool,
    pub seed: u64,
}

#[derive(Clone, Debug)]
pub struct Shape {
    pub name: String,
    pub instance: Instance,
    /// A panel (indices into the pool) that meets every quota, for shapes built around one:
    /// such a shape is feasible, so calling it infeasible is a bug.
    pub witness: Option<Vec<usize>>,
}

impl Spec {
    pub fn name(&self) -> String {
        let pool = match self.pool {
            Pool::Even => "even",
            Pool::Volunteers => "volunteers",
        };
        let quotas = match self.quotas {
            Quotas::Loose => "loose",
            Quotas::Profile => "profile",
            Quotas::Tight => "tight",
            Quotas::Barely => "barely",
        };
        let households = if self.households { "-households" } else { "" };
        format!(
            "{pool}-{quotas}-{}c-n{}-k{}{households}-s{}",
            self.categories, self.people, self.size, self.seed
        )
    }

    pub fn build(&self) -> Shape {
        let name = self.name();
        let mut stream = SeededStream::new(&name);
        let profiles: Vec<Profile> = (0..self.categories)
            .map(|c| invented(c, &mut stream))
            .collect();
        make(name, &profiles, self, &mut stream)
    }
}

const QUOTAS: [Quotas; 4] = [
    Quotas::Profile,
    Quotas::Tight,
    Quotas::Loose,
    Quotas::Barely,
];

/// `count` shapes cycling through every combination of categories (2 to 8), pool, quotas and
/// households (112 in all), with pools spread evenly on a log scale from 10 people to
/// `most_people` (so most are small and cheap) and panels from 3 up to `largest_panel`, never
/// more than two fifths of the pool.
pub fn many(count: usize, most_people: usize, largest_panel: usize, seed: &str) -> Vec<Spec> {
    let mut stream = SeededStream::new(seed);
    let most = most_people.max(10);
    (0..count)
        .map(|i| {
            let spread = 10.0 * (most as f64 / 10.0).powf(stream.unit());
            let people = (spread.round() as usize).clamp(10, most);
            let top = (people * 2 / 5).min(largest_panel).max(3);
            let size = 3 + stream.below(top - 2);
            Spec {
                people,
                size,
                categories: 2 + i % 7,
                pool: if (i / 7) % 2 == 0 {
                    Pool::Volunteers
                } else {
                    Pool::Even
                },
                quotas: QUOTAS[(i / 14) % 4],
                households: (i / 56) % 2 == 1,
                seed: i as u64,
            }
        })
        .collect()
}

/// The first failure in issue 22: 600 volunteers, a panel of 40, six categories. Of seven
/// pools of this kind tried with the solver of the issue (quotas one either side of the
/// profile, or tight), six failed after 40 to 90 s: five with "problem is unbounded", this one
/// among them, and one with "Singular matrix".
pub fn issue_600_40() -> Shape {
    named("issue-22-600-40", "issue-600-40-c", 600, 40, &six())
}

/// The second failure in issue 22: 1,500 volunteers, a panel of 100, six categories.
pub fn issue_1500_100() -> Shape {
    named("issue-22-1500-100", "issue-22-1500-100", 1500, 100, &six())
}

/// A pool of the shape of the published sf_e (1,727 people, a panel of 110, 7 categories),
/// whose real pool is not public; the categories here are our own.
pub fn sf_e_like() -> Shape {
    named(
        "sf_e-like-1727-110",
        "sf_e-like-1727-110",
        1727,
        110,
        &seven(),
    )
}

/// The three pools above drawn again with other people: `seed` 1 gives the pools themselves.
pub fn named_again(seed: u64) -> Vec<Shape> {
    if seed == 1 {
        return vec![sf_e_like(), issue_600_40(), issue_1500_100()];
    }
    let again = |name: &str, people, size, profiles: &[Profile]| {
        let name = format!("{name}-s{seed}");
        named(&name, &name, people, size, profiles)
    };
    vec![
        again("sf_e-like-1727-110", 1727, 110, &seven()),
        again("issue-22-600-40", 600, 40, &six()),
        again("issue-22-1500-100", 1500, 100, &six()),
    ]
}

/// A volunteer pool with quotas one either side of the profile; `seed` picks the people.
fn named(name: &str, seed: &str, people: usize, size: usize, profiles: &[Profile]) -> Shape {
    let spec = Spec {
        people,
        size,
        categories: profiles.len(),
        pool: Pool::Volunteers,
        quotas: Quotas::Profile,
        households: false,
        seed: 0,
    };
    make(
        name.to_string(),
        profiles,
        &spec,
        &mut SeededStream::new(seed),
    )
}

/// A made-up category of 2 to 6 values. Shares fall along the values, so the last are the
/// small minorities real categories have, and (in a volunteer pool) the least ready to come.
fn invented(c: usize, stream: &mut SeededStream) -> Profile {
    let count = 2 + stream.below(5);
    let values = (0..count)
        .map(|v| {
            let share = (0.25 + stream.unit()) / (1.0 + 0.6 * v as f64);
            let readiness = 1.6 - 1.1 * v as f64 / (count - 1) as f64;
            (format!("v{v}"), share, readiness)
        })
        .collect();
    Profile {
        name: format!("c{c}"),
        values,
    }
}

fn make(name: String, profiles: &[Profile], spec: &Spec, stream: &mut SeededStream) -> Shape {
    let population: Vec<Vec<f64>> = profiles
        .iter()
        .map(|p| normalised(p.values.iter().map(|v| v.1).collect()))
        .collect();
    let came_forward: Vec<Vec<f64>> = profiles
        .iter()
        .map(|p| match spec.pool {
            Pool::Even => normalised(p.values.iter().map(|v| v.1).collect()),
            Pool::Volunteers => normalised(p.values.iter().map(|v| v.1 * v.2).collect()),
        })
        .collect();
    let mut people: Vec<Person> = (0..spec.people)
        .map(|i| Person {
            id: format!("p{}", i + 1),
            values: came_forward.iter().map(|s| pick(s, stream)).collect(),
        })
        .collect();
    let households = if spec.households {
        pair_up(&mut people, stream)
    } else {
        Vec::new()
    };
    let witness = (spec.quotas == Quotas::Barely)
        .then(|| following(&people, &households, &population, spec.size, stream));
    let categories = profiles
        .iter()
        .enumerate()
        .map(|(c, p)| Category {
            name: p.name.clone(),
            values: p
                .values
                .iter()
                .enumerate()
                .map(|(v, (value, _, _))| {
                    let (min, max) = match &witness {
                        Some(panel) => {
                            let n = panel.iter().filter(|&&i| people[i].values[c] == v).count();
                            (n, n)
                        }
                        None => bounds(population[c][v] * spec.size as f64, spec.quotas),
                    };
                    Value {
                        name: value.clone(),
                        label: format!("people with {} \"{value}\"", p.name),
                        min,
                        max: max.min(spec.size),
                    }
                })
                .collect(),
        })
        .collect();
    // A witness short of the panel size (a tiny pool full of households) proves nothing; the
    // quotas built from it then add up to too few seats and the shape is honestly infeasible.
    let witness = witness.filter(|panel| panel.len() == spec.size);
    Shape {
        name,
        instance: Instance {
            categories,
            people,
            households,
            size: spec.size,
        },
        witness,
    }
}

fn bounds(ideal: f64, quotas: Quotas) -> (usize, usize) {
    match quotas {
        Quotas::Loose => (
            (ideal * 0.6).floor() as usize,
            (ideal * 1.4).ceil() as usize + 1,
        ),
        Quotas::Profile => (
            (ideal.floor() as usize).saturating_sub(1),
            ideal.ceil() as usize + 1,
        ),
        Quotas::Tight | Quotas::Barely => (ideal.floor() as usize, ideal.ceil() as usize),
    }
}

fn normalised(weights: Vec<f64>) -> Vec<f64> {
    let total: f64 = weights.iter().sum();
    weights.into_iter().map(|w| w / total).collect()
}

fn pick(shares: &[f64], stream: &mut SeededStream) -> usize {
    let mut x = stream.unit();
    for (v, &share) in shares.iter().enumerate() {
        if x < share {
            return v;
        }
        x -= share;
    }
    shares.len() - 1
}

/// Pairs about three in ten people into households of two. Partners share the even-numbered
/// categories (an area, say), as people living together often do; household members are
/// never grouped with others (instance.rs), so this also makes many one-person groups.
fn pair_up(people: &mut [Person], stream: &mut SeededStream) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..people.len()).collect();
    stream.shuffle(&mut order);
    let pairs = people.len() * 3 / 20;
    let mut households = Vec::with_capacity(pairs);
    for pair in order.chunks_exact(2).take(pairs) {
        let (a, b) = (pair[0].min(pair[1]), pair[0].max(pair[1]));
        for c in (0..people[a].values.len()).step_by(2) {
            people[b].values[c] = people[a].values[c];
        }
        households.push(vec![a, b]);
    }
    households.sort();
    households
}

/// A panel following the population shares as closely as a greedy choice can: each seat goes
/// to the person whose values are furthest behind their shares so far, never to the partner
/// of someone already chosen.
fn following(
    people: &[Person],
    households: &[Vec<usize>],
    population: &[Vec<f64>],
    size: usize,
    stream: &mut SeededStream,
) -> Vec<usize> {
    let mut partner: Vec<Option<usize>> = vec![None; people.len()];
    for household in households {
        for &i in household {
            for &j in household {
                if i != j {
                    partner[i] = Some(j);
                }
            }
        }
    }
    // A shuffled order breaks ties, so equal people are not always taken from the front.
    let mut order: Vec<usize> = (0..people.len()).collect();
    stream.shuffle(&mut order);
    let mut chosen = vec![false; people.len()];
    let mut counts: Vec<Vec<usize>> = population.iter().map(|s| vec![0; s.len()]).collect();
    let mut panel = Vec::with_capacity(size);
    for seat in 1..=size {
        let behind = |i: usize| -> f64 {
            people[i]
                .values
                .iter()
                .enumerate()
                .map(|(c, &v)| population[c][v] * seat as f64 - counts[c][v] as f64)
                .sum()
        };
        let best = order
            .iter()
            .copied()
            .filter(|&i| !chosen[i] && partner[i].is_none_or(|j| !chosen[j]))
            .max_by(|&a, &b| behind(a).total_cmp(&behind(b)));
        let Some(i) = best else { break };
        chosen[i] = true;
        for (c, &v) in people[i].values.iter().enumerate() {
            counts[c][v] += 1;
        }
        panel.push(i);
    }
    panel.sort_unstable();
    panel
}
