//! Choosing the column to enter: the costs of each phase, the reduced costs, and Devex
//! weights with phase two's reduced costs carried over each pivot.

use super::{FEASIBLE, OPTIMAL, Revised};

impl Revised {
    /// Phase one's costs: −1 for a basic value below its lower bound, +1 above its upper.
    pub(super) fn infeasibility_cost(&self) -> Vec<f64> {
        self.basis
            .iter()
            .map(|&j| {
                if self.x[j] < self.lower[j] - FEASIBLE {
                    -1.0
                } else if self.x[j] > self.upper[j] + FEASIBLE {
                    1.0
                } else {
                    0.0
                }
            })
            .collect()
    }

    /// Phase two's costs on the basis: maximise t.
    pub(super) fn objective_cost(&self) -> Vec<f64> {
        let t = self.groups + 1;
        self.basis
            .iter()
            .map(|&j| if j == t { -1.0 } else { 0.0 })
            .collect()
    }

    /// Each column's reduced cost under the multipliers `self.pi` (zero for basic columns).
    pub(super) fn reduced_costs(&self, phase_one: bool) -> Vec<f64> {
        let t = self.groups + 1;
        (0..self.cols.len())
            .map(|j| {
                if self.position[j].is_some() {
                    return 0.0;
                }
                let c = if !phase_one && j == t { -1.0 } else { 0.0 };
                c - self.cols[j]
                    .iter()
                    .map(|&(i, a)| self.pi[i] * a)
                    .sum::<f64>()
            })
            .collect()
    }

    /// The column to enter and its reduced cost: the steepest by Devex, or under Bland's
    /// rule the first that improves.
    pub(super) fn entering(&self, reduced: &[f64], bland: bool) -> Option<(usize, f64)> {
        let mut entering: Option<(usize, f64, f64)> = None;
        for (j, &d) in reduced.iter().enumerate() {
            if self.position[j].is_some() {
                continue;
            }
            let up = d < -OPTIMAL && self.x[j] < self.upper[j] - FEASIBLE;
            let down = d > OPTIMAL && self.x[j] > self.lower[j] + FEASIBLE;
            let score = d * d / self.devex[j];
            if (up || down) && entering.is_none_or(|(_, _, best)| score > best) {
                entering = Some((j, d, score));
                if bland {
                    break;
                }
            }
        }
        entering.map(|(j, d, _)| (j, d))
    }

    /// Devex: after `q` enters at basis position `r` (its column's image `alpha`, before the
    /// basis changes), every other column's weight grows to what the pivot row says a step
    /// along it now moves, and the column leaving gets the entering one's weight. The same
    /// row carries phase two's reduced costs (`kept`) over the pivot.
    pub(super) fn reweigh(
        &mut self,
        q: usize,
        r: usize,
        alpha: &[f64],
        kept: Option<&mut Vec<f64>>,
    ) {
        let mut unit = vec![0.0; alpha.len()];
        unit[r] = 1.0;
        let row = self.factor.solve_transposed(&unit);
        let (weight, pivot) = (self.devex[q], alpha[r]);
        let leaving = self.basis[r];
        let mut kept = kept;
        let step = kept.as_ref().map_or(0.0, |d| d[q] / pivot);
        for j in 0..self.cols.len() {
            if self.position[j].is_some() || j == q {
                continue;
            }
            let a: f64 = self.cols[j].iter().map(|&(i, v)| row[i] * v).sum();
            if a != 0.0 {
                let grown = (a / pivot) * (a / pivot) * weight;
                if grown > self.devex[j] {
                    self.devex[j] = grown;
                }
                if let Some(d) = kept.as_deref_mut() {
                    d[j] -= step * a;
                }
            }
        }
        if let Some(d) = kept {
            d[q] = 0.0;
            d[leaving] = -step;
        }
        self.devex[leaving] = (weight / (pivot * pivot)).max(1.0);
    }
}
