//! The master LP of a LEXIMIN stage written as the lottery itself, one column per panel and
//! one row per group, solved by a revised primal simplex that keeps its basis from one panel
//! to the next and from one stage to the next:
//!
//! ```text
//! maximise t  subject to  Σ_p λ_p·share_pg − c_g·t − s_g = 0       for every free group g
//!                         Σ_p λ_p·share_pg       − s_g = fixed_g  for every fixed group g
//!                         Σ_p λ_p = 1,  λ ≥ 0,  s ≥ 0
//! ```
//!
//! where c_g is 1 in LEXIMIN's stages, and a group's target in the search for a lottery
//! that reaches targets (`stage::Aim`).
//!
//! Why not microlp's simplex on the dual (`master.rs` explains the history): there a panel is
//! a row, so every new panel grew the basis and refactorised it (90 ms a panel at 600 people),
//! and every stage started again from scratch. Here the basis has one row per group whatever
//! the number of panels, a new panel is a column that leaves the current basis feasible, and a
//! new stage only changes the column of t and a few right-hand sides. The multipliers of the
//! group rows are the dual weights pricing needs, and of the last row minus the cap.
//!
//! Numerical trouble (a pivot too small, an iteration limit, residuals that drift) is
//! reported as an error; the caller then solves the stage by the interior point instead.

use crate::SelectionError;
use crate::factor::Factor;
use crate::instance::Group;
use crate::master::SLACK;
use choose::Progress;
use members::Members;
pub use pace::Pace;

mod bounds;
mod choose;
mod columns;
mod members;
mod pace;
mod ratio;
#[cfg(test)]
mod tests;
mod values;

/// How far outside its bounds a value may stray and still count as within them.
const FEASIBLE: f64 = 1e-9;
/// Reduced costs closer to zero than this are zero (dual weights are around 1/groups).
const OPTIMAL: f64 = 1e-11;
/// Entries of a pivot column below this are not pivoted on.
const PIVOT: f64 = 1e-9;
/// Pivots in a row that do not move before the bounds are nudged apart.
const STALL: usize = 30;
/// How far below a bound a value may be left by rounding alone.
const ROUNDING: f64 = 1e-7;
/// The size of a nudge: far above the tolerances, far below any chance that matters.
const NUDGE: f64 = 1e-7;
/// The most a row may be off at an optimum: far below any chance that matters.
const DRIFT: f64 = 1e-9;
/// How often a solve may find its rows off by more than `DRIFT` and work them out again.
const DRIFTS: usize = 8;
/// Each time the rows drift, the updates between factorisations are halved, to no fewer.
const FEWEST_UPDATES: usize = 4;

pub struct Revised {
    groups: usize,
    /// Columns: surplus s_g of each group, the last row's artificial (held at 0), t, then
    /// one λ per panel; each as (row, value).
    cols: Vec<Vec<(usize, f64)>>,
    /// The panels' columns again, compactly, for the passes over all of them.
    members: Members,
    lower: Vec<f64>,
    upper: Vec<f64>,
    rhs: Vec<f64>,
    free: Vec<bool>,
    basis: Vec<usize>,
    position: Vec<Option<usize>>,
    x: Vec<f64>,
    factor: Factor,
    /// The simplex multipliers: at the last optimum once `solve` returns.
    pi: Vec<f64>,
    /// Devex reference weights of the columns: roughly how far a unit step along each moves
    /// the basic values, so the entering column is the steepest, not the largest cost.
    devex: Vec<f64>,
    /// Pivots and refactorisations so far, for WITHUS_SELECTION_TRACE.
    pub pivots: usize,
    pub refactors: usize,
    /// Pivots after which `solve` gives up, for a search its caller can do without.
    pub budget: usize,
    /// When a search with a budget gives up before spending it (`Pace`).
    pub pace: Option<Pace>,
    /// Of the pivots: in phase one, degenerate (no step), and after the nudges were taken
    /// back (the clean-up), for WITHUS_SELECTION_TRACE.
    pub kinds: [usize; 3],
}

impl Revised {
    /// The stage's LP over `panels`, started from the basis of surpluses (phase one finds
    /// a lottery that meets every fixed chance).
    #[cfg(test)]
    pub fn new(groups: &[Group], fixed: &[Option<f64>], panels: &[Vec<usize>]) -> Self {
        Self::for_aim(groups, &crate::stage::Aim::leximin(fixed), panels)
    }

    /// The same for any stage: each group's row measured from its floor, and t counted in
    /// each free group's row by its scale (`Aim`).
    pub fn for_aim(groups: &[Group], aim: &crate::stage::Aim, panels: &[Vec<usize>]) -> Self {
        let fixed = &aim.fixed;
        let n = groups.len();
        let m = n + 1;
        let mut cols: Vec<Vec<(usize, f64)>> = (0..n).map(|g| vec![(g, -1.0)]).collect();
        cols.push(vec![(n, 1.0)]);
        cols.push(
            (0..n)
                .filter(|&g| fixed[g].is_none() && aim.scale[g] != 0.0)
                .map(|g| (g, -aim.scale[g]))
                .collect(),
        );
        let mut lower = vec![0.0; n + 2];
        let mut upper = vec![f64::INFINITY; n + 2];
        upper[n] = 0.0;
        lower[n + 1] = f64::NEG_INFINITY;
        let mut rhs = aim.floors.clone();
        rhs.push(1.0);
        let basis: Vec<usize> = (0..m).collect();
        let mut position: Vec<Option<usize>> = (0..m).map(Some).collect();
        position.push(None);
        let (factor, _) = Factor::new(m, |p| &cols[p], |_| 1.0);
        let mut lp = Revised {
            groups: n,
            x: vec![0.0; cols.len()],
            cols,
            members: Members::new(groups.iter().map(|g| g.members.len())),
            lower,
            upper,
            rhs,
            free: fixed.iter().map(Option::is_none).collect(),
            basis,
            position,
            factor,
            pi: vec![0.0; m],
            devex: vec![1.0; n + 2],
            pivots: 0,
            refactors: 0,
            budget: usize::MAX,
            pace: None,
            kinds: [0; 3],
        };
        for panel in panels {
            lp.add(groups, panel);
        }
        lp.recompute();
        lp
    }

    /// A new panel: a column at zero, so the current basis stays as it is.
    pub fn add(&mut self, groups: &[Group], panel: &[usize]) {
        let mut col: Vec<(usize, f64)> = panel
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(g, &c)| (g, c as f64 / groups[g].members.len() as f64))
            .collect();
        col.push((self.groups, 1.0));
        self.cols.push(col);
        self.members.push(panel);
        self.lower.push(0.0);
        self.upper.push(f64::INFINITY);
        self.x.push(0.0);
        self.devex.push(1.0);
        self.position.push(None);
    }

    /// Holds each group in `held` at `chance` from the next solve on.
    pub fn fix(&mut self, held: &[usize], chance: f64) {
        for &g in held {
            self.free[g] = false;
            self.rhs[g] = (chance - SLACK).max(0.0);
        }
        let t = self.groups + 1;
        let free = &self.free;
        self.cols[t].retain(|&(g, _)| free[g]);
        self.t_changed();
    }

    /// Counts t by `scale` in each free group's row from the next solve on: the search for a
    /// lottery that reaches targets, asked to come closer to them.
    pub fn retarget(&mut self, scale: &[f64]) {
        let t = self.groups + 1;
        let free = &self.free;
        self.cols[t] = (0..self.groups)
            .filter(|&g| free[g] && scale[g] != 0.0)
            .map(|g| (g, -scale[g]))
            .collect();
        self.t_changed();
    }

    /// After the column of t changed: the factorisation and the basic values to match.
    fn t_changed(&mut self) {
        let t = self.groups + 1;
        // With t out of the basis, the basis itself did not change.
        if let Some(p) = self.position[t] {
            let alpha = self.factor.solve(&self.cols[t]);
            if alpha[p].abs() > 1e-7 {
                self.factor.replace(p, alpha);
            } else {
                self.refactor();
            }
        }
        self.recompute();
    }

    /// Solves to optimality from the current basis.
    pub fn solve(&mut self) -> Result<(), SelectionError> {
        let m = self.groups + 1;
        let mut degenerate = 0usize;
        let mut drifted = 0;
        // The most updates between factorisations, once the rows have drifted.
        let mut most_updates: Option<usize> = None;
        let mut refreshed = false;
        let mut shifted = Vec::new();
        self.devex.fill(1.0);
        // Stalling at a degenerate vertex (many groups at exactly the same chance, the rule in
        // LEXIMIN) is broken by nudging the bounds of the basic values apart; once optimal the
        // nudges are taken back and the few pivots left are made by Bland's rule, which cannot
        // cycle.
        let mut perturbed = false;
        let mut cleaned = false;
        // Phase two's reduced costs, carried from pivot to pivot through the pivot row that
        // Devex needs anyway: a multiplier solve and a pass over the columns fewer per pivot.
        // They are computed afresh after every refactorisation and before optimality is
        // claimed, so rounding in the updates cannot decide the answer.
        let mut kept: Option<Vec<f64>> = None;
        let mut progress = Progress::default();
        for _ in 0..(30 * m + 20_000) {
            if self.pivots >= self.budget {
                return Err(trouble("its pivots ran out"));
            }
            if self.factor.stale() || most_updates.is_some_and(|most| self.factor.updates() >= most)
            {
                self.refactor();
                self.recompute();
                kept = None;
            }
            let cost = self.infeasibility_cost();
            let phase_one = cost.iter().any(|&c| c != 0.0);
            let fresh = phase_one || kept.is_none();
            let mut phase_one_costs = Vec::new();
            if fresh {
                let cost = if phase_one {
                    cost
                } else {
                    self.objective_cost()
                };
                self.pi = self.factor.solve_transposed(&cost);
                let d = self.reduced_costs(phase_one);
                if phase_one {
                    phase_one_costs = d;
                    kept = None;
                } else {
                    kept = Some(d);
                }
            }
            let bland = cleaned && degenerate > STALL;
            if !cleaned && degenerate > STALL {
                self.perturb();
                perturbed = true;
                degenerate = 0;
            }
            let choose_from = kept.as_deref().unwrap_or(&phase_one_costs);
            let optimal = if phase_one {
                choose::PHASE_ONE
            } else {
                progress.optimal()
            };
            let Some((q, d)) = self.entering(choose_from, bland, optimal) else {
                if !fresh {
                    kept = None;
                    continue;
                }
                if phase_one {
                    // Rounding can leave a value a hair below zero with no pivot to lift it:
                    // start again from a fresh factorisation, and if that is still all, move
                    // those bounds to the values (taken back with the nudges at the end).
                    if !refreshed {
                        refreshed = true;
                        self.refactor();
                        self.recompute();
                        continue;
                    }
                    if let Some(more) = self.shift_bounds() {
                        shifted.extend(more);
                        continue;
                    }
                    return Err(trouble("no lottery meets the chances already fixed"));
                }
                if perturbed {
                    self.unperturb();
                    (perturbed, cleaned, degenerate) = (false, true, 0);
                    kept = None;
                    continue;
                }
                if self.residual() > DRIFT {
                    // Updates carry rounding: factorise again and work the values out afresh
                    // (the cap is at most the updates so far, so the next pass does), then
                    // keep the cap at half the updates of each drift for the rest of this
                    // solve. A barely feasible 1,000-person pool's last stage (chances of one)
                    // drifted four times a solve, twice, and fell to the interior point (185
                    // s); now its rows drift twice in the whole lottery and it takes 0.7 s.
                    drifted += 1;
                    let halved = (self.factor.updates() / 2).max(FEWEST_UPDATES);
                    most_updates =
                        Some(most_updates.map_or(halved, |most: usize| most.min(halved)));
                    if drifted > DRIFTS {
                        return Err(trouble("the arithmetic drifted"));
                    }
                    if drifted > 1 {
                        self.refactor();
                    }
                    self.recompute();
                    kept = None;
                    continue;
                }
                for j in shifted {
                    self.lower[j] = 0.0;
                }
                return Ok(());
            };
            let dir = if d < 0.0 { 1.0 } else { -1.0 };
            self.pivots += 1;
            let alpha = self.factor.solve(&self.cols[q]);
            let Some((leave, theta)) = self.ratio(q, dir, &alpha, bland) else {
                if self.factor.updates() > 0 {
                    self.refactor();
                    self.recompute();
                    kept = None;
                    continue;
                }
                return Err(trouble("the problem looked unbounded"));
            };
            degenerate = if theta < 1e-12 { degenerate + 1 } else { 0 };
            self.kinds[0] += usize::from(phase_one);
            self.kinds[1] += usize::from(theta < 1e-12);
            self.kinds[2] += usize::from(cleaned);
            self.x[q] += dir * theta;
            for (i, &a) in alpha.iter().enumerate() {
                let j = self.basis[i];
                self.x[j] -= dir * theta * a;
            }
            let t = self.x[self.groups + 1];
            progress.pivoted(t, phase_one);
            if let Some((i, bound)) = leave {
                self.reweigh(q, i, &alpha, kept.as_mut());
                let j = self.basis[i];
                self.x[j] = bound;
                self.position[j] = None;
                self.basis[i] = q;
                self.position[q] = Some(i);
                self.factor.replace(i, alpha);
            }
            if let Some(pace) = self.pace.as_mut()
                && pace.hopeless(self.pivots, t, self.budget, phase_one)
            {
                // The budget is as good as spent: the caller gives up as if it were.
                self.budget = self.pivots;
                return Err(trouble("t rises too slowly to reach its goal"));
            }
        }
        Err(trouble("the simplex took too many steps"))
    }

    fn refactor(&mut self) {
        self.refactors += 1;
        let m = self.groups + 1;
        let last = self.groups;
        let (factor, replaced) = Factor::new(
            m,
            |p| &self.cols[self.basis[p]],
            |row| if row == last { 1.0 } else { -1.0 },
        );
        self.factor = factor;
        // A column that became dependent (the column of t after a stage, rarely) gives way to
        // the slack of a row no other column covers.
        for (p, row) in replaced {
            let old = self.basis[p];
            if self.position[old] == Some(p) {
                self.position[old] = None;
                self.x[old] = self.x[old].clamp(self.lower[old], self.upper[old]);
            }
            self.basis[p] = row;
            self.position[row] = Some(p);
        }
    }
}

fn trouble(what: &str) -> SelectionError {
    SelectionError::Solver(format!("the simplex: {what}"))
}
