//! A draw anyone can check: every random choice comes from SHA-256 of the published seed, so
//! the same pool, quotas and seed always give the same panel and reserves.

use sha2::{Digest, Sha256};

use crate::instance::Instance;
use crate::leximin::Distribution;

/// A stream of random numbers: SHA-256(seed, block number), read eight bytes at a time.
pub struct SeededStream {
    seed: Vec<u8>,
    block: u64,
    buffer: Vec<u64>,
}

impl SeededStream {
    pub fn new(seed: &str) -> Self {
        Self {
            seed: seed.as_bytes().to_vec(),
            block: 0,
            buffer: Vec::new(),
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        if self.buffer.is_empty() {
            let mut hash = Sha256::new();
            hash.update(&self.seed);
            hash.update(self.block.to_be_bytes());
            self.block += 1;
            self.buffer = hash
                .finalize()
                .chunks_exact(8)
                .rev()
                .map(|chunk| chunk.iter().fold(0u64, |n, &b| (n << 8) | u64::from(b)))
                .collect();
        }
        self.buffer.pop().unwrap_or_default()
    }

    /// A number in [0, 1) with 53 random bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A whole number below `n`, without bias (rejects the uneven top of the range).
    pub fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = self.next_u64();
            if x < zone {
                return (x % n) as usize;
            }
        }
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draw {
    /// Which panel of the distribution's support was drawn, counting from 1.
    pub panel_number: usize,
    /// The people drawn, as indices into the pool, in pool order.
    pub panel: Vec<usize>,
    /// In the order to ask them: the first reserve who can replace a withdrawn member.
    pub reserves: Vec<usize>,
    /// Panel members whom nobody left in the pool could replace without breaking a quota.
    pub irreplaceable: Vec<usize>,
}

/// Draws one panel from `distribution` using `seed`, then orders up to `reserves` reserves
/// (more when needed so that every replaceable member has one).
pub fn draw(instance: &Instance, distribution: &Distribution, seed: &str, reserves: usize) -> Draw {
    let mut stream = SeededStream::new(seed);
    let target = stream.unit();
    let mut running = 0.0;
    let last = distribution.panels.len().saturating_sub(1);
    let mut chosen = last;
    for (n, (_, p)) in distribution.panels.iter().enumerate() {
        running += p;
        if target < running {
            chosen = n;
            break;
        }
    }
    let mut panel = Vec::with_capacity(instance.size);
    if let Some((counts, _)) = distribution.panels.get(chosen) {
        for (group, &count) in distribution.groups.iter().zip(counts) {
            let mut members = group.members.clone();
            stream.shuffle(&mut members);
            panel.extend_from_slice(&members[..count.min(members.len())]);
        }
    }
    panel.sort_unstable();

    let mut rest: Vec<usize> = (0..instance.people.len())
        .filter(|i| panel.binary_search(i).is_err())
        .collect();
    stream.shuffle(&mut rest);
    let mut order: Vec<usize> = Vec::new();
    let mut irreplaceable = Vec::new();
    for &member in &panel {
        if replacement_for(instance, &panel, member, &order).is_some() {
            continue;
        }
        match rest
            .iter()
            .find(|r| !order.contains(r) && swaps(instance, &panel, member, **r))
        {
            Some(&r) => order.push(r),
            None => irreplaceable.push(member),
        }
    }
    for &r in &rest {
        if order.len() >= reserves {
            break;
        }
        if !order.contains(&r) {
            order.push(r);
        }
    }
    Draw {
        panel_number: chosen + 1,
        panel,
        reserves: order,
        irreplaceable,
    }
}

/// The first of `reserves` who can take `member`'s place with every quota still met.
pub fn replacement_for(
    instance: &Instance,
    panel: &[usize],
    member: usize,
    reserves: &[usize],
) -> Option<usize> {
    reserves
        .iter()
        .copied()
        .find(|&r| swaps(instance, panel, member, r))
}

fn swaps(instance: &Instance, panel: &[usize], member: usize, reserve: usize) -> bool {
    let changed: Vec<usize> = panel
        .iter()
        .map(|&i| if i == member { reserve } else { i })
        .collect();
    instance.satisfies(&changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The known answers below come from a separate implementation of the published rule
    // (Python's hashlib), so anyone re-running a draw by hand can check their own against them.

    use crate::instance::{Category, Group, Person, Value};

    /// Carers and users, with the quotas given, and the distribution over `panels` (a count of
    /// carers and of users, with its chance).
    fn lottery(
        roles: &[usize],
        quotas: [(usize, usize); 2],
        size: usize,
        panels: &[([usize; 2], f64)],
    ) -> (Instance, Distribution) {
        let value = |name: &str, (min, max): (usize, usize)| Value {
            name: name.into(),
            label: name.into(),
            min,
            max,
        };
        let instance = Instance {
            categories: vec![Category {
                name: "role".into(),
                values: vec![value("carer", quotas[0]), value("user", quotas[1])],
            }],
            people: roles
                .iter()
                .enumerate()
                .map(|(i, &r)| Person {
                    id: i.to_string(),
                    values: vec![r],
                })
                .collect(),
            households: Vec::new(),
            size,
        };
        let groups: Vec<Group> = (0..2)
            .map(|r| Group {
                members: (0..roles.len()).filter(|&i| roles[i] == r).collect(),
                values: vec![r],
            })
            .collect();
        let distribution = Distribution {
            groups,
            panels: panels.iter().map(|(c, p)| (c.to_vec(), *p)).collect(),
            probabilities: Vec::new(),
            min_probability: 0.0,
            dual_bound: 0.0,
            stages: 1,
            panels_considered: panels.len(),
            work: Default::default(),
            complete: true,
            relaxed: false,
        };
        (instance, distribution)
    }

    #[test]
    fn the_seed_picks_the_panel_whose_share_of_the_line_it_falls_in() {
        // "withus" reads 0.716 (below): past the first panel's 0.5, within the second's 0.3.
        let (instance, distribution) = lottery(
            &[0, 0, 1, 1],
            [(0, 2), (0, 2)],
            2,
            &[([2, 0], 0.5), ([1, 1], 0.3), ([0, 2], 0.2)],
        );
        let drawn = draw(&instance, &distribution, "withus", 0);
        assert_eq!(drawn.panel_number, 2);
        let carers = drawn.panel.iter().filter(|&&i| i < 2).count();
        assert_eq!((carers, drawn.panel.len()), (1, 2), "{drawn:?}");
    }

    #[test]
    fn a_member_nobody_can_replace_is_named_and_gets_no_reserve() {
        // One carer in the pool, and the panel needs one.
        let (instance, distribution) =
            lottery(&[0, 1, 1, 1], [(1, 1), (1, 1)], 2, &[([1, 1], 1.0)]);
        let drawn = draw(&instance, &distribution, "withus", 2);
        assert_eq!(drawn.irreplaceable, [0]);
        assert_eq!(drawn.reserves.len(), 2);
        let user = drawn.panel[1];
        assert_eq!(
            replacement_for(&instance, &drawn.panel, user, &drawn.reserves),
            Some(drawn.reserves[0])
        );
    }

    #[test]
    fn the_stream_reads_sha256_of_the_seed_and_block_eight_bytes_at_a_time() {
        let mut stream = SeededStream::new("withus");
        let first: Vec<u64> = (0..5).map(|_| stream.next_u64()).collect();
        assert_eq!(
            first,
            [
                0xb757_1829_19e0_b6e6,
                0xcb40_df66_e8aa_baec,
                0x4cbd_a340_df4f_cd1e,
                0x3ac7_83b3_1781_cb7b,
                // The fifth is the first of block 1.
                0xf182_7883_7777_d763,
            ]
        );
    }

    #[test]
    fn a_unit_number_is_the_top_53_bits() {
        let value = SeededStream::new("withus").unit();
        assert!((value - 0.716_172_704_729_504_1).abs() < 1e-15, "{value}");
    }

    #[test]
    fn whole_numbers_below_n_match_the_published_rule() {
        let mut stream = SeededStream::new("council meeting 3 March");
        let drawn: Vec<usize> = (0..8).map(|_| stream.below(7)).collect();
        assert_eq!(drawn, [5, 1, 5, 1, 0, 6, 2, 6]);
    }

    #[test]
    fn a_shuffle_matches_the_published_rule() {
        let mut items: Vec<usize> = (0..10).collect();
        SeededStream::new("withus").shuffle(&mut items);
        assert_eq!(items, [7, 4, 5, 2, 3, 1, 8, 9, 0, 6]);
    }

    #[test]
    fn every_order_of_three_is_equally_likely() {
        // 6,000 seeds: each of the six orders about 1,000 times. Six standard deviations
        // (about 170) either side, so a fair shuffle fails this about once in 10⁸ runs, and one
        // that never leaves an item in place (or never moves one) fails it every time.
        let mut seen = std::collections::HashMap::new();
        for n in 0..6_000 {
            let mut items = [0, 1, 2];
            SeededStream::new(&format!("seed {n}")).shuffle(&mut items);
            *seen.entry(items).or_insert(0usize) += 1;
        }
        assert_eq!(seen.len(), 6, "{seen:?}");
        assert!(
            seen.values().all(|&c| (830..=1_170).contains(&c)),
            "{seen:?}"
        );
    }

    #[test]
    fn whole_numbers_below_n_stay_below_it_and_cover_it() {
        let mut stream = SeededStream::new("range");
        let mut counts = [0usize; 5];
        for _ in 0..5_000 {
            let x = stream.below(5);
            assert!(x < 5);
            counts[x] += 1;
        }
        assert!(
            counts.iter().all(|&c| (850..=1_150).contains(&c)),
            "{counts:?}"
        );
    }
}
