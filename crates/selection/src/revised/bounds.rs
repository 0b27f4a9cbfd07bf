//! Moving bounds apart: the nudges that break a stall at a degenerate vertex, and the shifts
//! that forgive rounding a hair below zero.

use super::{FEASIBLE, NUDGE, ROUNDING, Revised};

impl Revised {
    /// Moves the lower bound of every basic λ and surplus a little below zero, each by its own
    /// amount, so that no two of them meet a bound at the same step.
    pub(super) fn perturb(&mut self) {
        let t = self.groups + 1;
        for &j in &self.basis {
            if j != t && j != self.groups && self.lower[j] == 0.0 {
                let spread = (j.wrapping_mul(2_654_435_761) % 1_000) as f64 / 1_000.0;
                self.lower[j] = -NUDGE * (1.0 + spread);
            }
        }
    }

    /// Lowers the bound of each basic value below its bound by no more than rounding, to the
    /// value; the values moved, or none if any was further out.
    pub(super) fn shift_bounds(&mut self) -> Option<Vec<usize>> {
        let mut shifted = Vec::new();
        for &j in &self.basis {
            if self.x[j] > self.upper[j] + FEASIBLE || self.x[j] < self.lower[j] - ROUNDING {
                return None;
            }
            if self.x[j] < self.lower[j] - FEASIBLE {
                shifted.push(j);
            }
        }
        for &j in &shifted {
            self.lower[j] = self.x[j] - FEASIBLE;
        }
        Some(shifted)
    }

    /// Takes every nudge back: bounds at zero again, and the basic values recomputed.
    pub(super) fn unperturb(&mut self) {
        let t = self.groups + 1;
        for j in 0..self.cols.len() {
            if j != t && self.lower[j] < 0.0 {
                self.lower[j] = 0.0;
                if self.position[j].is_none() {
                    self.x[j] = 0.0;
                }
            }
        }
        self.recompute();
    }
}
