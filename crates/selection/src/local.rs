//! A quick search for a heavier panel: swap one person for another while every quota still
//! holds. It proves nothing, but it finds most of the panels column generation needs in a
//! fraction of the time the exact integer program takes, which is kept for the last word.

use crate::instance::{Group, Instance};

/// Starting from `panel` (a count per group, meeting every quota), swaps one person at a
/// time for the largest gain in total weight until no swap gains.
pub fn improve(
    instance: &Instance,
    groups: &[Group],
    weights: &[f64],
    panel: &[usize],
) -> Vec<usize> {
    let mut panel = panel.to_vec();
    let mut counts: Vec<Vec<usize>> = instance
        .categories
        .iter()
        .map(|c| vec![0; c.values.len()])
        .collect();
    for (g, &n) in panel.iter().enumerate() {
        for (c, &v) in groups[g].values.iter().enumerate() {
            counts[c][v] += n;
        }
    }
    let household_of = households(instance, groups);
    let packed = pack(instance, groups);
    // Heaviest first, so the search for a swap stops at the first one that is allowed.
    let mut heaviest: Vec<usize> = (0..groups.len()).collect();
    heaviest.sort_by(|&a, &b| weights[b].total_cmp(&weights[a]));
    let (mut leave, mut enter) = (vec![0u64; groups.len()], vec![0u64; groups.len()]);
    loop {
        if packed.is_some() {
            masks(instance, groups, &counts, &mut leave, &mut enter);
        }
        let allowed = |out: usize, into: usize| match &packed {
            Some(packed) => {
                nonzero_bytes(packed[out] ^ packed[into]) & !(leave[out] & enter[into]) == 0
            }
            None => swappable(instance, groups, &counts, out, into),
        };
        let mut best: Option<(usize, usize, f64)> = None;
        for out in (0..groups.len()).filter(|&g| panel[g] > 0) {
            for &into in &heaviest {
                let gain = weights[into] - weights[out];
                if gain <= best.map_or(1e-12, |b| b.2) {
                    break;
                }
                if into == out
                    || panel[into] >= groups[into].members.len()
                    || !allowed(out, into)
                    || clashes(&household_of, &panel, out, into)
                {
                    continue;
                }
                best = Some((out, into, gain));
                break;
            }
        }
        let Some((out, into, _)) = best else {
            return panel;
        };
        panel[out] -= 1;
        panel[into] += 1;
        for c in 0..counts.len() {
            counts[c][groups[out].values[c]] -= 1;
            counts[c][groups[into].values[c]] += 1;
        }
    }
}

/// Each group's values a byte a category, when they fit in a word (8 categories of at most
/// 256 values): a swap is then checked in a few instructions, not a loop over categories,
/// which made this search most of the time before the first stage on 2,000 people.
fn pack(instance: &Instance, groups: &[Group]) -> Option<Vec<u64>> {
    let fits =
        instance.categories.len() <= 8 && instance.categories.iter().all(|c| c.values.len() <= 256);
    fits.then(|| {
        groups
            .iter()
            .map(|g| {
                g.values
                    .iter()
                    .enumerate()
                    .fold(0, |word, (c, &v)| word | ((v as u64) << (8 * c)))
            })
            .collect()
    })
}

/// The high bit of each category's byte: in `leave` where one fewer with the group's value
/// still meets the minimum, in `enter` where one more still meets the maximum.
fn masks(
    instance: &Instance,
    groups: &[Group],
    counts: &[Vec<usize>],
    leave: &mut [u64],
    enter: &mut [u64],
) {
    for (g, group) in groups.iter().enumerate() {
        let (mut l, mut e) = (0, 0);
        for (c, &v) in group.values.iter().enumerate() {
            let value = &instance.categories[c].values[v];
            if counts[c][v] > value.min {
                l |= 0x80u64 << (8 * c);
            }
            if counts[c][v] < value.max {
                e |= 0x80u64 << (8 * c);
            }
        }
        (leave[g], enter[g]) = (l, e);
    }
}

/// The high bit of every byte of `x` that is not zero.
fn nonzero_bytes(x: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    (((x & LOW) + LOW) | x) & !LOW
}

fn swappable(
    instance: &Instance,
    groups: &[Group],
    counts: &[Vec<usize>],
    out: usize,
    into: usize,
) -> bool {
    instance.categories.iter().enumerate().all(|(c, category)| {
        let (a, b) = (groups[out].values[c], groups[into].values[c]);
        a == b || (counts[c][a] > category.values[a].min && counts[c][b] < category.values[b].max)
    })
}

/// For each group, the household it belongs to (groups in households hold one person).
fn households(instance: &Instance, groups: &[Group]) -> Vec<Option<usize>> {
    let mut of_person = vec![None; instance.people.len()];
    for (h, household) in instance.households.iter().enumerate() {
        for &i in household {
            of_person[i] = Some(h);
        }
    }
    groups.iter().map(|g| of_person[g.members[0]]).collect()
}

fn clashes(household_of: &[Option<usize>], panel: &[usize], out: usize, into: usize) -> bool {
    let Some(h) = household_of[into] else {
        return false;
    };
    panel
        .iter()
        .enumerate()
        .any(|(g, &n)| n > 0 && g != out && household_of[g] == Some(h))
}

#[cfg(test)]
mod tests;
