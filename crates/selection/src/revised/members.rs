//! The panels' columns once more, for the two passes over every column that each pivot makes
//! (the pivot row, and the reduced costs when they are worked out afresh): only the group of
//! each member, four bytes an entry against the sixteen of (row, value), since a panel's
//! value in a group's row is its members from that group over the group's size. At 2,000
//! people with panels of 200 those passes stream 2,800 panels from memory at every pivot, and
//! waiting on that memory was a fifth of the master's time.

pub(super) struct Members {
    /// One over each group's size.
    share: Vec<f64>,
    /// Panel p's members are `group[start[p]..start[p + 1]]`, a group once for each member.
    start: Vec<usize>,
    group: Vec<u32>,
}

impl Members {
    pub fn new(sizes: impl Iterator<Item = usize>) -> Self {
        Members {
            share: sizes.map(|s| 1.0 / s as f64).collect(),
            start: vec![0],
            group: Vec::new(),
        }
    }

    /// A panel as the number of its members from each group.
    pub fn push(&mut self, panel: &[usize]) {
        for (g, &count) in panel.iter().enumerate() {
            let g = u32::try_from(g).expect("fewer than four billion groups");
            self.group.extend(std::iter::repeat_n(g, count));
        }
        self.start.push(self.group.len());
    }

    /// Keeps the panels for which `kept` is true, in their order.
    pub fn keep(&mut self, kept: impl Fn(usize) -> bool) {
        let (mut start, mut group) = (vec![0], Vec::with_capacity(self.group.len()));
        for p in 0..self.start.len() - 1 {
            if kept(p) {
                group.extend_from_slice(&self.group[self.start[p]..self.start[p + 1]]);
                start.push(group.len());
            }
        }
        (self.start, self.group) = (start, group);
    }

    /// `dense` over the group rows, each divided by its group's size: what one member of a
    /// group adds to a panel's product with `dense`.
    pub fn scaled(&self, dense: &[f64]) -> Vec<f64> {
        self.share.iter().zip(dense).map(|(s, d)| d * s).collect()
    }

    /// Panel p's product with the vector `scaled` came from, less that vector's entry on the
    /// last row (every panel has one there). In four sums, added in a fixed order: tried alone
    /// on the old columns, four sums in place of one gained nothing (the loads were the wait),
    /// so they stay only because the lotteries measured here were found with them.
    pub fn dot(&self, p: usize, scaled: &[f64]) -> f64 {
        let members = &self.group[self.start[p]..self.start[p + 1]];
        let mut sums = [0.0; 4];
        let quads = members.chunks_exact(4);
        let tail: f64 = quads.remainder().iter().map(|&g| scaled[g as usize]).sum();
        for quad in quads {
            for k in 0..4 {
                sums[k] += scaled[quad[k] as usize];
            }
        }
        (sums[0] + sums[1]) + (sums[2] + sums[3]) + tail
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panels_product_is_its_members_shares_and_survives_dropping_others() {
        let sizes = [2, 4, 1, 5, 3];
        let mut members = Members::new(sizes.into_iter());
        let panels = [
            vec![1, 0, 1, 2, 0],
            vec![0, 3, 0, 1, 2],
            vec![2, 2, 1, 0, 1],
        ];
        for panel in &panels {
            members.push(panel);
        }
        let dense = [0.3, -1.25, 2.0, 0.7, -0.1];
        let scaled = members.scaled(&dense);
        let product = |panel: &[usize]| -> f64 {
            (0..5)
                .map(|g| dense[g] * panel[g] as f64 / sizes[g] as f64)
                .sum()
        };
        for (p, panel) in panels.iter().enumerate() {
            assert!((members.dot(p, &scaled) - product(panel)).abs() < 1e-14);
        }
        members.keep(|p| p != 1);
        assert!((members.dot(0, &scaled) - product(&panels[0])).abs() < 1e-14);
        assert!((members.dot(1, &scaled) - product(&panels[2])).abs() < 1e-14);
    }
}
