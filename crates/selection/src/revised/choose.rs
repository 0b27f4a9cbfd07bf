//! Choosing the column to enter: the costs of each phase, the reduced costs, and Devex
//! weights with phase two's reduced costs carried over each pivot.

use super::{FEASIBLE, OPTIMAL, Revised};

/// Once t has not risen by `RISEN` for `STILL` pivots, reduced costs below `NOISE` are taken
/// for rounding: on an even 2,000-person pool with tight quotas (a basis of 1,789 panels)
/// LEXIMIN's ninth stage went on for more than 10,000 pivots (ten minutes) with t the same to
/// seven places, every entering column's reduced cost 2e-10 to 4e-10 (those of the pivots
/// that moved t were 1e-4 to 1e-1).
const RISEN: f64 = 1e-12;
const STILL: usize = 100;
const NOISE: f64 = 1e-9;

/// The reduced cost a column must beat to enter in phase one, whose costs are ±1 on every
/// value out of its bounds, so its reduced costs carry the rounding of many: at a LEXIMIN stage
/// of a barely feasible 1,000-person pool (97 values out of bounds by rounding after a group
/// was held), a surplus entered at −1.8e-10 along which no value met a bound, and the simplex,
/// warm and then afresh, gave up ("too many steps", "unbounded") to the interior point.
pub(super) const PHASE_ONE: f64 = NOISE;

/// How t has moved over a solve's pivots: how many since it last rose, and from where.
pub(super) struct Progress {
    still: usize,
    risen: f64,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            still: 0,
            risen: f64::NEG_INFINITY,
        }
    }
}

impl Progress {
    /// After a pivot: t as it now is. Phase one does not count, as it does not raise t.
    pub(super) fn pivoted(&mut self, t: f64, phase_one: bool) {
        if phase_one || t > self.risen + RISEN {
            (self.still, self.risen) = (0, t);
        } else {
            self.still += 1;
        }
    }

    /// The reduced cost a column must beat to enter.
    pub(super) fn optimal(&self) -> f64 {
        if self.still > STILL { NOISE } else { OPTIMAL }
    }
}

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
        let scaled = self.members.scaled(&self.pi);
        (0..self.cols.len())
            .map(|j| {
                if self.position[j].is_some() {
                    return 0.0;
                }
                let c = if !phase_one && j == t { -1.0 } else { 0.0 };
                c - self.product(j, &self.pi, &scaled)
            })
            .collect()
    }

    /// Column j's product with `dense`, given `scaled`, which is `self.members.scaled(dense)`.
    fn product(&self, j: usize, dense: &[f64], scaled: &[f64]) -> f64 {
        let first = self.groups + 2;
        if j < first {
            self.cols[j].iter().map(|&(i, a)| dense[i] * a).sum()
        } else {
            self.members.dot(j - first, scaled) + dense[self.groups]
        }
    }

    /// The column to enter and its reduced cost: the steepest by Devex, or under Bland's
    /// rule the first that improves; reduced costs within `optimal` of zero do not.
    pub(super) fn entering(
        &self,
        reduced: &[f64],
        bland: bool,
        optimal: f64,
    ) -> Option<(usize, f64)> {
        let mut entering: Option<(usize, f64, f64)> = None;
        for (j, &d) in reduced.iter().enumerate() {
            if self.position[j].is_some() {
                continue;
            }
            let up = d < -optimal && self.x[j] < self.upper[j] - FEASIBLE;
            let down = d > optimal && self.x[j] > self.lower[j] + FEASIBLE;
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
        let scaled = self.members.scaled(&row);
        for j in 0..self.cols.len() {
            if self.position[j].is_some() || j == q {
                continue;
            }
            let a = self.product(j, &row, &scaled);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduced_costs_near_zero_stop_counting_once_t_stops_rising() {
        let mut progress = Progress::default();
        for pivot in 0..=STILL {
            progress.pivoted(0.5 + pivot as f64 * 1e-9, false);
        }
        assert_eq!(progress.optimal(), OPTIMAL, "t rose at every pivot");
        for _ in 0..STILL {
            progress.pivoted(0.5 + STILL as f64 * 1e-9, false);
        }
        assert_eq!(progress.optimal(), OPTIMAL, "still for only {STILL} pivots");
        progress.pivoted(0.5 + STILL as f64 * 1e-9 + RISEN / 2.0, false);
        assert_eq!(
            progress.optimal(),
            NOISE,
            "a rise below rounding is no rise"
        );
        progress.pivoted(0.6, false);
        assert_eq!(progress.optimal(), OPTIMAL, "t rose again");
        for _ in 0..=STILL {
            progress.pivoted(0.6, false);
        }
        assert_eq!(progress.optimal(), NOISE);
        progress.pivoted(0.0, true);
        assert_eq!(progress.optimal(), OPTIMAL, "phase one starts again");
    }
}
