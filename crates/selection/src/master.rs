//! The master problem of a LEXIMIN stage, solved from scratch by an interior-point method
//! (clarabel) each time a panel is added: the way back when the revised simplex (`revised.rs`,
//! the usual master) fails and a fresh simplex fails too (`stage.rs`).
//!
//! Why not the simplex it replaced: re-solving a simplex from its last basis as panels are
//! added lost precision on ordinary pools of a few hundred people ("unbounded", "singular
//! matrix"), and its vertex duals fix few groups a stage. An interior point lands near the
//! centre of the optimal face, so its duals are positive for every group that cannot rise
//! (near strict complementarity) and one stage fixes them all, and each solve starts afresh,
//! so no error carries from one panel to the next.

use clarabel::algebra::CscMatrix;
use clarabel::solver::{
    DefaultSettings, DefaultSettingsBuilder, DefaultSolver, IPSolver, SolverStatus, SupportedConeT,
};

use crate::SelectionError;
use crate::instance::Group;

/// How far below its fixed chance a group may fall while later stages are solved: asking for
/// exactly the previous stage's floating-point value could make the master infeasible.
pub const SLACK: f64 = 1e-8;

/// A stage's master solved over the panels found so far.
#[derive(Clone, Debug)]
pub struct Master {
    /// The best lowest chance of the free groups over these panels (the dual objective).
    pub value: f64,
    /// The most any panel may be worth under `weights` (the dual's cap).
    pub cap: f64,
    /// The dual weight of each group: positive where the group cannot rise above `value`.
    pub weights: Vec<f64>,
    /// The chance of each panel in a lottery that reaches `value` (the primal).
    pub mix: Vec<f64>,
}

/// Minimise cap − Σ fixed_g·y_g subject to Σ_g share_pg·y_g ≤ cap for every panel p, the free
/// groups' weights summing to one and every weight at least zero. Its dual is the lottery:
/// the chance of each panel is the multiplier of its row.
pub fn solve(
    groups: &[Group],
    fixed: &[Option<f64>],
    panels: &[Vec<usize>],
) -> Result<Master, SelectionError> {
    // A fixed chance that rounding put a hair above what the panels can give makes the master
    // unbounded (no lottery reaches it): hold fixed groups a little lower and solve again.
    let mut last = SolverStatus::Unsolved;
    for slack in [SLACK, 1e-6, 1e-5] {
        match solve_with(groups, fixed, panels, slack)? {
            Ok(master) => return Ok(master),
            Err(status) => last = status,
        }
    }
    Err(SelectionError::Solver(format!(
        "the arithmetic of the lottery did not settle ({last:?}) after every way of solving it"
    )))
}

fn solve_with(
    groups: &[Group],
    fixed: &[Option<f64>],
    panels: &[Vec<usize>],
    slack: f64,
) -> Result<Result<Master, SolverStatus>, SelectionError> {
    let n = groups.len();
    let rows = 1 + panels.len() + n;
    let mut colptr = Vec::with_capacity(n + 2);
    let mut rowval = Vec::new();
    let mut nzval = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        colptr.push(rowval.len());
        if fixed[g].is_none() {
            rowval.push(0);
            nzval.push(1.0);
        }
        let size = group.members.len() as f64;
        for (p, panel) in panels.iter().enumerate() {
            if panel[g] > 0 {
                rowval.push(1 + p);
                nzval.push(panel[g] as f64 / size);
            }
        }
        rowval.push(1 + panels.len() + g);
        nzval.push(-1.0);
    }
    colptr.push(rowval.len());
    for p in 0..panels.len() {
        rowval.push(1 + p);
        nzval.push(-1.0);
    }
    colptr.push(rowval.len());
    let a = CscMatrix::new(rows, n + 1, colptr, rowval, nzval);
    let p = CscMatrix::zeros((n + 1, n + 1));
    let mut q: Vec<f64> = fixed
        .iter()
        .map(|f| -f.map_or(0.0, |f| (f - slack).max(0.0)))
        .collect();
    q.push(1.0);
    let mut b = vec![0.0; rows];
    b[0] = 1.0;
    let cones = [
        SupportedConeT::ZeroConeT(1),
        SupportedConeT::NonnegativeConeT(rows - 1),
    ];
    // A failed solve is tried again from scratch with the problem rescaled harder and more
    // regularised; only if every attempt fails is it reported, in words, not solver codes.
    let mut last = SolverStatus::Unsolved;
    for settings in attempts() {
        let mut solver = DefaultSolver::new(&p, &q, &a, &b, &cones, settings)
            .map_err(|e| SelectionError::Solver(format!("the lottery could not be set up: {e}")))?;
        solver.solve();
        let solution = &solver.solution;
        last = solution.status;
        if matches!(last, SolverStatus::Solved | SolverStatus::AlmostSolved) {
            let weights: Vec<f64> = solution.x[..n].iter().map(|y| y.max(0.0)).collect();
            let mix: Vec<f64> = solution.z[1..=panels.len()]
                .iter()
                .map(|c| c.max(0.0))
                .collect();
            return Ok(Ok(Master {
                value: solution.obj_val,
                cap: solution.x[n],
                weights,
                mix,
            }));
        }
    }
    Ok(Err(last))
}

fn attempts() -> Vec<DefaultSettings<f64>> {
    let base = || {
        let mut s = DefaultSettingsBuilder::default()
            .verbose(false)
            .build()
            .unwrap_or_default();
        s.max_iter = 200;
        s
    };
    let mut harder = base();
    harder.equilibrate_max_iter = 50;
    harder.static_regularization_constant = 1e-7;
    harder.max_iter = 500;
    let mut plain = base();
    plain.equilibrate_enable = false;
    plain.presolve_enable = false;
    plain.max_iter = 500;
    vec![base(), harder, plain]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(size: usize) -> Group {
        Group {
            members: (0..size).collect(),
            values: vec![0],
        }
    }

    #[test]
    fn two_groups_and_two_panels_share_the_chances() {
        // Panels take one of A (2 people) or one of B (2 people): each panel half the time
        // gives everyone 1/4.
        let groups = [group(2), group(2)];
        let panels = [vec![1, 0], vec![0, 1]];
        let m = solve(&groups, &[None, None], &panels).expect("solved");
        assert!((m.value - 0.25).abs() < 1e-7, "{m:?}");
        assert!((m.mix[0] - 0.5).abs() < 1e-6 && (m.mix[1] - 0.5).abs() < 1e-6);
        assert!(m.weights.iter().all(|&y| y > 1e-3), "both held: {m:?}");
    }

    #[test]
    fn a_fixed_group_is_kept_at_its_chance_and_the_rest_rise() {
        // A is held at 1/4; panels of one from A and one from B, or two from B.
        let groups = [group(2), group(4)];
        let panels = [vec![1, 1], vec![0, 2]];
        let m = solve(&groups, &[Some(0.25), None], &panels).expect("solved");
        // Mix x of the first: A gets x/2 ≥ 1/4, so x ≥ 1/2; B gets (x + 2(1−x))/4, best at x = 1/2.
        assert!((m.value - 0.375).abs() < 1e-6, "{m:?}");
        let sum: f64 = m.mix.iter().sum();
        assert!((sum - 1.0).abs() < 1e-6);
    }
}
