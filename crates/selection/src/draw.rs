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
