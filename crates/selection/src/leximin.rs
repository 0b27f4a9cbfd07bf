//! LEXIMIN by column generation (Flanigan et al., Nature 2021): raise the lowest chance of
//! selection as far as it goes, fix the people held at that level, then raise the next.
//!
//! Each stage solves the dual of "maximise the lowest chance of the people not yet fixed"
//! over the panels found so far; a pricing integer program then looks for a panel that the
//! dual undervalues. When none exists the stage's value is optimal, and every group with a
//! positive dual weight cannot rise above it.

use std::collections::HashSet;

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem, Solution, SolveOutcome};

use crate::clock::Clock;
use crate::master::{self, Master, SLACK};
use crate::revised::Revised;

use crate::SelectionError;
use crate::feasibility::conflicts;
use crate::instance::{Group, Instance};
use crate::local::improve;
use crate::pricing::{Priced, QUICK, Rules, best_panel};

/// How far a panel may beat the dual before it counts as an improvement.
const TOLERANCE: f64 = 1e-7;
/// Dual weights below this are treated as zero when deciding whom a stage fixes.
const POSITIVE: f64 = 1e-6;

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
    /// False when a time budget stopped the stages before everyone was fixed.
    pub complete: bool,
}

/// The LEXIMIN lottery, however long it takes.
pub fn leximin(instance: &Instance) -> Result<Distribution, SelectionError> {
    leximin_within(instance, None)
}

/// LEXIMIN, stopping after the first stage that ends past `budget`: the lowest chance is
/// then still the best possible (and certified), and everyone not yet fixed keeps at least
/// the last stage's chance, but the higher chances may be less even than they could be.
/// `Distribution::complete` says which.
pub fn leximin_within(
    instance: &Instance,
    budget: Option<std::time::Duration>,
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
    let mut clock = Clock {
        trace,
        ..Clock::default()
    };
    while fixed.iter().any(Option::is_none) {
        stages += 1;
        let (master, slack) = stage(
            instance,
            &groups,
            &rules,
            &fixed,
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
                 master {:?} in {} solves ({} pivots, {} refactors), pricing {:?} in {}",
                started.elapsed(),
                panels.list.len(),
                held.len(),
                clock.master,
                clock.solves,
                lp.as_ref().map_or(0, |lp| lp.pivots),
                lp.as_ref().map_or(0, |lp| lp.refactors),
                clock.pricing,
                clock.priced,
            );
        }
        let out_of_time = budget.is_some_and(|b| started.elapsed() > b);
        complete = !out_of_time;
        if held.is_empty() || out_of_time {
            // Numerically flat duals, or out of time: everything left is held at this level.
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
    let mut support: Vec<(Vec<usize>, f64)> = panels
        .list
        .iter()
        .zip(&chances)
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
    Ok(Distribution {
        groups,
        panels: support,
        probabilities,
        min_probability,
        dual_bound: dual_bound.unwrap_or(min_probability),
        stages,
        panels_considered: panels.list.len(),
        complete,
    })
}

#[derive(Default)]
struct Panels {
    list: Vec<Vec<usize>>,
    seen: HashSet<Vec<usize>>,
}

impl Panels {
    fn add(&mut self, panel: Vec<usize>) -> bool {
        if self.seen.insert(panel.clone()) {
            self.list.push(panel);
            true
        } else {
            false
        }
    }
}

/// Diverse first panels: repeatedly take the heaviest panel, then lighten the people on it
/// (multiplicative weights), so the first stage starts close to its answer.
fn warm_start(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    panels: &mut Panels,
) -> Result<(), SelectionError> {
    // Each master re-solve after adding one panel refactorises the basis, so many panels up
    // front (one solve) beat finding them one at a time: a round per group, up to 500, cut
    // the first stage to a third at 2,000 people. More make the first solve the slow part.
    let rounds = groups.len().clamp(100, 500);
    let mut weights: Vec<f64> = vec![1.0; groups.len()];
    let mut repeats = 0;
    for _ in 0..rounds {
        let per_person: Vec<f64> = weights
            .iter()
            .zip(groups)
            .map(|(w, g)| w / g.members.len() as f64)
            .collect();
        let panel = match panels.list.last() {
            Some(last) => improve(instance, groups, &per_person, last),
            None => match best_panel(instance, groups, &per_person, rules, None, QUICK)? {
                Some(priced) => priced.panel,
                None => break,
            },
        };
        for (g, &c) in panel.iter().enumerate() {
            weights[g] *= 0.8f64.powf(c as f64 / groups[g].members.len() as f64);
        }
        let total: f64 = weights.iter().sum();
        for w in &mut weights {
            *w *= groups.len() as f64 / total;
        }
        if panels.add(panel) {
            repeats = 0;
        } else {
            repeats += 1;
            if repeats >= 5 {
                break;
            }
        }
    }
    Ok(())
}

/// One stage: the best lowest chance for the groups not yet fixed over the panels found so
/// far and any the pricing search finds, how far above it the true optimum could still be
/// (zero when the search proved its panel best), and the master that certifies it.
///
/// The master is the revised simplex carried over from the stage before (`lp`); if its
/// arithmetic fails, the rest of the stage is solved afresh by the interior point, and the
/// next stage starts a new simplex.
fn stage(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    fixed: &[Option<f64>],
    panels: &mut Panels,
    lp: &mut Option<Revised>,
    clock: &mut Clock,
) -> Result<(Master, f64), SelectionError> {
    if lp.is_none() {
        *lp = Some(Revised::new(groups, fixed, &panels.list));
    }
    loop {
        let started = std::time::Instant::now();
        let current = match lp.as_mut().map(Revised::solve) {
            Some(Ok(())) => lp.as_ref().map(Revised::master),
            Some(Err(e)) => {
                clock.note(&format!("{e}: the interior point takes over"));
                *lp = None;
                None
            }
            None => None,
        };
        let current = match current {
            Some(m) => m,
            None => master::solve(groups, fixed, &panels.list)?,
        };
        clock.master += started.elapsed();
        clock.solves += 1;
        let started = std::time::Instant::now();
        let cap = current.cap;
        let per_person: Vec<f64> = current
            .weights
            .iter()
            .zip(groups)
            .map(|(w, g)| w / g.members.len() as f64)
            .collect();
        let worth = |panel: &[usize]| -> f64 {
            panel
                .iter()
                .zip(&per_person)
                .map(|(&c, w)| c as f64 * w)
                .sum()
        };
        let hint = panels
            .list
            .iter()
            .max_by(|a, b| worth(a).total_cmp(&worth(b)))
            .cloned();
        let mut found = best_panel(instance, groups, &per_person, rules, hint.as_deref(), QUICK)?;
        if let Some(quick) = &found
            && quick.worth <= cap + TOLERANCE
            && quick.bound > cap + TOLERANCE
        {
            // The quick search neither improved nor proved there is nothing better: search on.
            found = best_panel(instance, groups, &per_person, rules, hint.as_deref(), None)?;
        }
        clock.pricing += started.elapsed();
        clock.priced += 1;
        let Some(Priced {
            panel,
            worth: best,
            bound,
        }) = found
        else {
            return Err(SelectionError::Solver(
                "the quotas stopped being feasible".into(),
            ));
        };
        if best <= cap + TOLERANCE || !panels.add(panel.clone()) {
            // No panel can beat the dual by more than this: the stage's certificate.
            return Ok((current, (bound - cap).max(0.0)));
        }
        if let Some(lp) = lp.as_mut() {
            lp.add(groups, &panel);
        }
        // One panel per master solve: with the simplex kept warm the solve after one new
        // panel is cheap, and more panels found by local search from the lottery's panels,
        // poorer than the pricing search's best, cost more pivots than the solves they save
        // (600 people, panel of 40: 30 s with none, 58 s with 5, 20 or 50 a solve).
    }
}

/// Whether a lottery over `panels` gives every group at least its target, less rounding.
fn reaches(groups: &[Group], panels: &[Vec<usize>], chances: &[f64], targets: &[f64]) -> bool {
    let total: f64 = chances.iter().sum();
    total > 0.0
        && groups.iter().enumerate().all(|(g, group)| {
            let chance: f64 = panels
                .iter()
                .zip(chances)
                .map(|(panel, p)| p / total * panel[g] as f64 / group.members.len() as f64)
                .sum();
            chance >= targets[g] - 1e-7
        })
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
