//! LEXIMIN by column generation (Flanigan et al., Nature 2021): raise the lowest chance of
//! selection as far as it goes, fix the people held at that level, then raise the next.
//!
//! Each stage solves the dual of "maximise the lowest chance of the people not yet fixed"
//! over the panels found so far; a pricing integer program then looks for a panel that the
//! dual undervalues. When none exists the stage's value is optimal, and every group with a
//! positive dual weight cannot rise above it.

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem, Solution, SolveOutcome};

use crate::clock::{Clock, Work};
use crate::master::{Master, SLACK};
use crate::relaxed;
use crate::revised::Revised;
use crate::stage::{Aim, Panels, stage, warm_start};

use crate::SelectionError;
use crate::feasibility::conflicts;
use crate::instance::{Group, Instance};
use crate::pricing::Rules;

/// Dual weights below this are treated as zero when deciding whom a stage fixes.
const POSITIVE: f64 = 1e-6;
/// A chance this close to one is one.
const CERTAIN: f64 = 1e-6;

/// A lottery over panels, fair to individuals in the LEXIMIN sense.
#[derive(Clone, Debug)]
pub struct Distribution {
    pub groups: Vec<Group>,
    /// Each panel in the support, as a number of people from each group, with its chance.
    pub panels: Vec<(Vec<usize>, f64)>,
    /// Each person's chance of selection, in pool order.
    pub probabilities: Vec<f64>,
    pub min_probability: f64,
    /// No distribution can give everyone more than this: the first stage's dual objective,
    /// the certificate that `min_probability` is optimal.
    pub dual_bound: f64,
    pub stages: usize,
    pub panels_considered: usize,
    /// The pivots, master solves and pricing searches it took.
    pub work: Work,
    /// False when a time budget stopped the stages before everyone was fixed.
    pub complete: bool,
    /// True when a lottery reached the relaxation's levels in one search, with no stages.
    pub relaxed: bool,
}

/// The LEXIMIN lottery, however long it takes.
pub fn leximin(instance: &Instance) -> Result<Distribution, SelectionError> {
    leximin_within(instance, None)
}

/// LEXIMIN within `budget`: first in one search for a lottery that reaches the relaxation's
/// levels (given up if the budget runs out), else by stages, stopping after the first stage
/// that ends past `budget`: the lowest chance is then still the best possible (and
/// certified), and everyone not yet fixed keeps at least the last stage's chance, but the
/// higher chances may be less even than they could be. `Distribution::complete` says which.
pub fn leximin_within(
    instance: &Instance,
    budget: Option<std::time::Duration>,
) -> Result<Distribution, SelectionError> {
    solve(instance, budget, true)
}

/// LEXIMIN by stages alone, never through the relaxation: for tests and benchmarks that
/// compare the two ways.
pub fn leximin_by_stages(
    instance: &Instance,
    budget: Option<std::time::Duration>,
) -> Result<Distribution, SelectionError> {
    solve(instance, budget, false)
}

fn solve(
    instance: &Instance,
    budget: Option<std::time::Duration>,
    relax: bool,
) -> Result<Distribution, SelectionError> {
    let groups = instance.groups();
    let found = conflicts(instance, &groups)?;
    if !found.is_empty() {
        return Err(SelectionError::Infeasible(found));
    }
    let all: Vec<usize> = (0..instance.categories.len()).collect();
    let rules = Rules {
        categories: &all,
        households: true,
    };
    let trace = std::env::var_os("WITHUS_SELECTION_TRACE").is_some();
    let started = std::time::Instant::now();
    let mut panels = Panels::default();

    let mut clock = Clock {
        trace,
        ..Clock::default()
    };
    let deadline = budget.map(|b| started + b);
    let tried = if relax && budget.is_none_or(|b| !b.is_zero()) {
        relaxed::leximin(instance, &groups, &rules, deadline, &mut panels, &mut clock)?
    } else {
        None
    };
    if let Some(done) = tried {
        if trace {
            eprintln!(
                "{:?}: the relaxation's {} levels reached, {} panels; {:?}",
                started.elapsed(),
                done.stages,
                done.panels_considered,
                done.work
            );
        }
        return Ok(done);
    }
    warm_start(instance, &groups, &rules, &mut panels)?;
    if trace {
        eprintln!(
            "{:?}: {} panels to start",
            started.elapsed(),
            panels.list.len()
        );
    }
    let mut fixed: Vec<Option<f64>> = vec![None; groups.len()];
    let mut dual_bound = None;
    let mut stages = 0;
    let mut complete = true;
    let mut last: Option<Master> = None;
    let mut lp: Option<Revised> = None;
    while fixed.iter().any(Option::is_none) {
        stages += 1;
        let (master, slack) = stage(
            instance,
            &groups,
            &rules,
            &Aim::leximin(&fixed),
            &mut panels,
            &mut lp,
            &mut clock,
        )?;
        let (value, weights) = (master.value, master.weights.clone());
        last = Some(master);
        dual_bound.get_or_insert(value + slack);
        let mut held: Vec<usize> = (0..groups.len())
            .filter(|&g| fixed[g].is_none() && weights[g] > POSITIVE)
            .collect();
        if trace {
            eprintln!(
                "{:?}: stage {stages} at {value:.6} (+{slack:.1e}), {} panels, {} held; \
                 master {:?} in {} solves ({} pivots [phase one, degenerate, clean-up] {:?}, {} refactors), pricing {:?} in {} ({} smoothed)",
                started.elapsed(),
                panels.list.len(),
                held.len(),
                clock.master,
                clock.solves,
                lp.as_ref().map_or(0, |lp| lp.pivots),
                lp.as_ref().map_or([0; 3], |lp| lp.kinds),
                lp.as_ref().map_or(0, |lp| lp.refactors),
                clock.pricing,
                clock.priced,
                clock.smoothed,
            );
        }
        let out_of_time = budget.is_some_and(|b| started.elapsed() > b);
        complete = !out_of_time;
        if held.is_empty() || out_of_time || value > 1.0 - CERTAIN {
            // Numerically flat duals, or out of time: everything left is held at this level.
            // So when the lowest chance left is certain: no chance rises above one, and a
            // stage for each group at one was a quarter of the stages at 1,500 people.
            held = (0..groups.len()).filter(|&g| fixed[g].is_none()).collect();
        }
        let value = value.clamp(0.0, 1.0);
        for &g in &held {
            fixed[g] = Some(value);
        }
        if let Some(lp) = lp.as_mut() {
            lp.fix(&held, value);
        }
    }
    let targets: Vec<f64> = fixed.iter().map(|f| f.unwrap_or(0.0)).collect();
    // The last stage's lottery already gives every group its fixed chance; the mixing LP is
    // the way back if rounding left one short.
    let chances = match last {
        Some(m) if reaches(&groups, &panels.list, &m.mix, &targets) => m.mix,
        _ => mix(&groups, &panels.list, &targets)?,
    };
    Ok(finish(
        instance,
        &groups,
        &panels.list,
        &chances,
        dual_bound,
        stages,
        clock.work(),
        complete,
    ))
}

/// The distribution from each panel's chance: the panels kept in a canonical order and
/// everyone's chance of selection.
#[allow(clippy::too_many_arguments)]
pub(crate) fn finish(
    instance: &Instance,
    groups: &[Group],
    panels: &[Vec<usize>],
    chances: &[f64],
    dual_bound: Option<f64>,
    stages: usize,
    work: Work,
    complete: bool,
) -> Distribution {
    let mut support: Vec<(Vec<usize>, f64)> = panels
        .iter()
        .zip(chances)
        .filter(|(_, p)| **p > 1e-9)
        .map(|(panel, &p)| (panel.clone(), p))
        .collect();
    let total: f64 = support.iter().map(|(_, p)| p).sum();
    for (_, p) in &mut support {
        *p /= total;
    }
    // A canonical order, so a draw depends on the distribution and not on search order.
    support.sort_by(|a, b| a.0.cmp(&b.0));
    let mut group_chance = vec![0.0; groups.len()];
    for (panel, p) in &support {
        for (g, &c) in panel.iter().enumerate() {
            group_chance[g] += p * c as f64 / groups[g].members.len() as f64;
        }
    }
    let mut probabilities = vec![0.0; instance.people.len()];
    for (g, group) in groups.iter().enumerate() {
        for &i in &group.members {
            probabilities[i] = group_chance[g];
        }
    }
    let min_probability = probabilities.iter().copied().fold(f64::INFINITY, f64::min);
    Distribution {
        groups: groups.to_vec(),
        panels: support,
        probabilities,
        min_probability,
        dual_bound: dual_bound.unwrap_or(min_probability),
        stages,
        panels_considered: panels.len(),
        work,
        complete,
        relaxed: false,
    }
}

/// Whether a lottery over `panels` gives every group at least its target, less rounding.
pub(crate) fn reaches(
    groups: &[Group],
    panels: &[Vec<usize>],
    chances: &[f64],
    targets: &[f64],
) -> bool {
    let total: f64 = chances.iter().sum();
    total > 0.0
        && group_chances(groups, panels, chances)
            .iter()
            .zip(targets)
            .all(|(chance, target)| *chance >= target - 1e-7)
}

/// Each group's chance of selection under a lottery over `panels` (the chances scaled to add
/// to one).
pub(crate) fn group_chances(groups: &[Group], panels: &[Vec<usize>], chances: &[f64]) -> Vec<f64> {
    let total: f64 = chances.iter().sum();
    groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            panels
                .iter()
                .zip(chances)
                .map(|(panel, p)| p / total * panel[g] as f64 / group.members.len() as f64)
                .sum()
        })
        .collect()
}

/// The chance of each panel such that every group reaches its fixed chance, as nearly as
/// the arithmetic allows.
fn mix(
    groups: &[Group],
    panels: &[Vec<usize>],
    targets: &[f64],
) -> Result<Vec<f64>, SelectionError> {
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    let chance: Vec<_> = panels
        .iter()
        .map(|_| problem.add_var(0.0, (0.0, 1.0)))
        .collect();
    let slack = problem.add_var(1.0, (-1.0, 1.0));
    let one: LinearExpr = chance.iter().map(|&v| (v, 1.0)).collect();
    problem.add_constraint(one, ComparisonOp::Eq, 1.0);
    for (g, group) in groups.iter().enumerate() {
        let mut row = LinearExpr::empty();
        for (panel, &v) in panels.iter().zip(&chance) {
            if panel[g] > 0 {
                row.add(v, panel[g] as f64 / group.members.len() as f64);
            }
        }
        row.add(slack, -1.0);
        problem.add_constraint(row, ComparisonOp::Ge, targets[g] - SLACK);
    }
    let solution = solved("the mix", problem.solve())?;
    Ok(chance
        .iter()
        .map(|&v| solution.var_value(v).max(0.0))
        .collect())
}

fn solved(
    what: &str,
    outcome: Result<SolveOutcome, microlp::Error>,
) -> Result<Solution, SelectionError> {
    match outcome {
        Ok(SolveOutcome::Solution(solution)) => Ok(solution),
        Ok(SolveOutcome::Interrupted(_)) => {
            Err(SelectionError::Solver(format!("{what}: stopped early")))
        }
        Err(error) => Err(SelectionError::Solver(format!("{what}: {error}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two people who share a group and one alone; a panel takes one of the two or the one.
    fn two_groups() -> (Vec<Group>, Vec<Vec<usize>>) {
        let group = |members: Vec<usize>, value| Group {
            members,
            values: vec![value],
        };
        (
            vec![group(vec![0, 1], 0), group(vec![2], 1)],
            vec![vec![1, 0], vec![0, 1]],
        )
    }

    #[test]
    fn a_lottery_reaches_its_targets_only_when_every_group_gets_them() {
        let (groups, panels) = two_groups();
        // Half and half: 1/4 each for the first group's two, 1/2 for the third person.
        assert!(reaches(&groups, &panels, &[0.5, 0.5], &[0.25, 0.5]));
        // Chances not yet adding up to one are read as shares.
        assert!(reaches(&groups, &panels, &[1.0, 1.0], &[0.25, 0.5]));
        assert!(!reaches(&groups, &panels, &[1.0, 1.0], &[0.3, 0.5]));
        assert!(!reaches(&groups, &panels, &[0.5, 0.5], &[0.3, 0.5]));
        assert!(!reaches(&groups, &panels, &[0.5, 0.5], &[0.25, 0.6]));
        assert!(!reaches(&groups, &panels, &[0.0, 0.0], &[0.0, 0.0]));
    }

    #[test]
    fn the_mix_meets_every_target_with_the_most_to_spare() {
        let (groups, panels) = two_groups();
        let exact = mix(&groups, &panels, &[0.25, 0.5]).expect("mixed");
        assert!(
            (exact[0] - 0.5).abs() < 1e-6 && (exact[1] - 0.5).abs() < 1e-6,
            "{exact:?}"
        );
        // Targets 0.2 and 0.4 leave room: x/2 − 0.2 = (1 − x) − 0.4 at x = 8/15.
        let spare = mix(&groups, &panels, &[0.2, 0.4]).expect("mixed");
        assert!((spare[0] - 8.0 / 15.0).abs() < 1e-6, "{spare:?}");
        assert!((spare[1] - 7.0 / 15.0).abs() < 1e-6, "{spare:?}");
    }
}
