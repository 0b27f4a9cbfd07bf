//! The ratio test of the revised simplex: how far the entering column may move.

use super::{FEASIBLE, PIVOT, Revised};

impl Revised {
    /// The step length and the basis position that leaves (with the bound it leaves at), or
    /// none leaving when the entering column reaches its own other bound first. Harris's two
    /// passes: the largest step no value exceeds by more than the tolerance, then of the
    /// positions blocking within it, the largest pivot.
    pub(super) fn ratio(
        &self,
        q: usize,
        dir: f64,
        alpha: &[f64],
        bland: bool,
    ) -> Option<(Option<(usize, f64)>, f64)> {
        let limits = |i: usize, loose: f64| -> Option<(f64, f64)> {
            let rate = -dir * alpha[i];
            if rate.abs() < PIVOT {
                return None;
            }
            let j = self.basis[i];
            let (x, l, u) = (self.x[j], self.lower[j], self.upper[j]);
            if x < l - FEASIBLE {
                (rate > 0.0).then(|| ((l - x) / rate, l))
            } else if x > u + FEASIBLE {
                (rate < 0.0).then(|| ((x - u) / -rate, u))
            } else if rate < 0.0 && l.is_finite() {
                Some((((x - l + loose) / -rate).max(0.0), l))
            } else if rate > 0.0 && u.is_finite() {
                Some((((u - x + loose) / rate).max(0.0), u))
            } else {
                None
            }
        };
        let m = alpha.len();
        // How far the entering column may go before its own bound. Usually it sits at a
        // bound, but one the factorisation put out of the basis keeps its value in between.
        let room = if dir > 0.0 {
            self.upper[q] - self.x[q]
        } else {
            self.x[q] - self.lower[q]
        }
        .max(0.0);
        let mut most = room;
        // Bland's rule takes the exact smallest step, ties to the lowest column.
        let loose = if bland { 0.0 } else { FEASIBLE };
        for i in 0..m {
            if let Some((step, _)) = limits(i, loose) {
                most = most.min(step);
            }
        }
        if most.is_infinite() {
            return None;
        }
        let mut best: Option<(usize, f64, f64)> = None;
        for i in 0..m {
            if let Some((step, bound)) = limits(i, 0.0)
                && step <= most
                && best.is_none_or(|(b, _, _)| {
                    if bland {
                        self.basis[i] < self.basis[b]
                    } else {
                        alpha[i].abs() > alpha[b].abs()
                    }
                })
            {
                best = Some((i, step, bound));
            }
        }
        match best {
            Some((i, step, bound)) if step < room => Some((Some((i, bound)), step)),
            _ => Some((None, room)),
        }
    }
}
