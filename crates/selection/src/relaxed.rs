//! LEXIMIN over the relaxation: expected counts of each group that meet the quotas in
//! expectation, with no lottery behind them. Every lottery's expected counts are such a point,
//! so each level found here is at most the level a lottery can reach. On most pools of the
//! stress suite, and on the 600-, 1,500- and sf_e-sized pools of issue 22, the levels are the
//! same, and one search for a lottery that reaches them (`leximin.rs`) replaces every stage
//! of column generation. Where a lottery cannot reach them (quotas that panels of whole
//! people cannot average to), the stages run as before.
//!
//! Each stage is two small LPs over one variable per group: the best lowest chance `v` of the
//! groups not yet held, then the most each of them can rise above `v` together, capped at
//! `RISE`. A group that can rise at all can rise by the gap to the next level together with all
//! the others that can (the next stage is such a point), so with the cap below that gap, every
//! group that can rise does so by exactly the cap, and those left at `v` are held there.

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem, SolveOutcome, Variable};

use crate::instance::{Group, Instance};
use crate::master::SLACK;

/// How far each group is asked to rise in the second LP: below any gap between two levels
/// that matters, far above the LP's rounding.
const RISE: f64 = 1e-7;
/// A lowest chance this close to one is one.
const CERTAIN: f64 = 1e-6;

/// The level each group reaches under LEXIMIN over the relaxation, the stages it took, and
/// the lowest level: an upper bound on any lottery's lowest chance.
pub struct Relaxed {
    pub levels: Vec<f64>,
    pub stages: usize,
    pub lowest: f64,
}

/// `None` when an LP fails or its answer is not clear-cut: the caller then solves by stages.
pub fn levels(instance: &Instance, groups: &[Group]) -> Option<Relaxed> {
    let mut fixed: Vec<Option<f64>> = vec![None; groups.len()];
    let mut stages = 0;
    let mut lowest = None;
    while fixed.iter().any(Option::is_none) {
        stages += 1;
        let value = best_lowest(instance, groups, &fixed)?;
        lowest.get_or_insert(value);
        let free: Vec<usize> = (0..groups.len()).filter(|&g| fixed[g].is_none()).collect();
        let held = if value > 1.0 - CERTAIN {
            free
        } else {
            let rise = rises(instance, groups, &fixed, value)?;
            let held: Vec<usize> = free.into_iter().filter(|&g| !rise[g]).collect();
            if held.is_empty() {
                // Everyone rose: `value` was not the best lowest chance after all.
                return None;
            }
            held
        };
        for g in held {
            fixed[g] = Some(value.clamp(0.0, 1.0));
        }
    }
    Some(Relaxed {
        levels: fixed.iter().map(|f| f.unwrap_or(0.0)).collect(),
        stages,
        lowest: lowest.unwrap_or(0.0),
    })
}

/// The largest `v` such that every free group's expected chance is at least `v`.
fn best_lowest(instance: &Instance, groups: &[Group], fixed: &[Option<f64>]) -> Option<f64> {
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    let t = problem.add_var(1.0, (0.0, 1.0));
    let counts = expected_counts(&mut problem, instance, groups, fixed);
    for (g, group) in groups.iter().enumerate() {
        if fixed[g].is_none() {
            let size = group.members.len() as f64;
            problem.add_constraint([(counts[g], 1.0), (t, -size)], ComparisonOp::Ge, 0.0);
        }
    }
    match problem.solve() {
        Ok(SolveOutcome::Solution(solution)) => Some(solution.var_value(t)),
        _ => None,
    }
}

/// Which free groups can rise above `value` while every free group keeps it: each asked to
/// rise by up to `RISE`, all together. `None` when a group rose part of the way, which a cap
/// below every gap between levels rules out.
fn rises(
    instance: &Instance,
    groups: &[Group],
    fixed: &[Option<f64>],
    value: f64,
) -> Option<Vec<bool>> {
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    let counts = expected_counts(&mut problem, instance, groups, fixed);
    let mut rise = vec![None; groups.len()];
    for (g, group) in groups.iter().enumerate() {
        if fixed[g].is_none() {
            let size = group.members.len() as f64;
            let u = problem.add_var(1.0, (0.0, RISE));
            problem.add_constraint(
                [(counts[g], 1.0), (u, -size)],
                ComparisonOp::Ge,
                size * value,
            );
            rise[g] = Some(u);
        }
    }
    let Ok(SolveOutcome::Solution(solution)) = problem.solve() else {
        return None;
    };
    rise.iter()
        .map(|u| match u.map(|u| solution.var_value(u)) {
            None => Some(false),
            Some(r) if r > 0.9 * RISE => Some(true),
            Some(r) if r < 0.1 * RISE => Some(false),
            Some(_) => None,
        })
        .collect()
}

/// One variable per group, its expected count on the panel, with the rules every panel
/// keeps (size, quotas, one person a household) and the fixed groups' chances.
fn expected_counts(
    problem: &mut Problem,
    instance: &Instance,
    groups: &[Group],
    fixed: &[Option<f64>],
) -> Vec<Variable> {
    let counts: Vec<Variable> = groups
        .iter()
        .zip(fixed)
        .map(|(g, f)| {
            let size = g.members.len() as f64;
            let floor = f.map_or(0.0, |f| size * (f - SLACK).max(0.0));
            problem.add_var(0.0, (floor.min(size), size))
        })
        .collect();
    let everyone: LinearExpr = counts.iter().map(|&v| (v, 1.0)).collect();
    problem.add_constraint(everyone, ComparisonOp::Eq, instance.size as f64);
    for (c, category) in instance.categories.iter().enumerate() {
        for (v, value) in category.values.iter().enumerate() {
            let having: Vec<(Variable, f64)> = groups
                .iter()
                .zip(&counts)
                .filter(|(g, _)| g.values[c] == v)
                .map(|(_, &count)| (count, 1.0))
                .collect();
            if having.is_empty() {
                continue;
            }
            if value.min > 0 {
                let expr: LinearExpr = having.iter().copied().collect();
                problem.add_constraint(expr, ComparisonOp::Ge, value.min as f64);
            }
            if value.max < instance.size {
                let expr: LinearExpr = having.into_iter().collect();
                problem.add_constraint(expr, ComparisonOp::Le, value.max as f64);
            }
        }
    }
    if !instance.households.is_empty() {
        let mut group_of = vec![0; instance.people.len()];
        for (g, group) in groups.iter().enumerate() {
            for &i in &group.members {
                group_of[i] = g;
            }
        }
        for household in &instance.households {
            let expr: LinearExpr = household
                .iter()
                .map(|&i| (counts[group_of[i]], 1.0))
                .collect();
            problem.add_constraint(expr, ComparisonOp::Le, 1.0);
        }
    }
    counts
}
