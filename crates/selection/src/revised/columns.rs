//! Dropping panels from the master (the thousands the multiplicative weights find make every
//! pivot pass over them all, and most never enter the lottery), and what the caller reads of
//! it.

use super::Revised;
use crate::master::Master;

impl Revised {
    /// Drops the panels for which `keep` is false, but never one that is basic or away from
    /// zero: fewer columns make every later pivot cheaper. The rest keep their order. Returns
    /// which panels were kept.
    pub fn drop_panels(&mut self, keep: &[bool]) -> Vec<bool> {
        let first = self.groups + 2;
        let kept = |j: usize| {
            j < first || keep[j - first] || self.position[j].is_some() || self.x[j] != 0.0
        };
        let index: Vec<Option<usize>> = (0..self.cols.len())
            .scan(0, |next, j| {
                Some(kept(j).then(|| {
                    *next += 1;
                    *next - 1
                }))
            })
            .collect();
        keep_where(&mut self.cols, &index);
        self.members.keep(|p| index[first + p].is_some());
        keep_where(&mut self.lower, &index);
        keep_where(&mut self.upper, &index);
        keep_where(&mut self.x, &index);
        keep_where(&mut self.devex, &index);
        keep_where(&mut self.position, &index);
        for b in &mut self.basis {
            if let Some(i) = index[*b] {
                *b = i;
            }
        }
        index[first..].iter().map(Option::is_some).collect()
    }

    /// The stage as solved: its value, dual weights, cap and lottery.
    pub fn master(&self) -> Master {
        let n = self.groups;
        let weights: Vec<f64> = self.pi[..n].iter().map(|y| y.max(0.0)).collect();
        let cap = -self.pi[n];
        let value = cap - (0..n).map(|g| self.rhs[g] * weights[g]).sum::<f64>();
        Master {
            value,
            cap,
            weights,
            mix: self.x[n + 2..].iter().map(|v| v.max(0.0)).collect(),
        }
    }

    /// Whether a search with a budget has spent it, or given up as if it had (`Pace`).
    pub fn spent(&self) -> bool {
        self.pivots >= self.budget
    }

    /// Whether panel `p` is in the basis.
    pub fn is_basic(&self, p: usize) -> bool {
        self.position[self.groups + 2 + p].is_some()
    }
}

/// Keeps the values whose new index is known.
fn keep_where<T>(values: &mut Vec<T>, index: &[Option<usize>]) {
    let mut j = 0;
    values.retain(|_| {
        j += 1;
        index[j - 1].is_some()
    });
}
