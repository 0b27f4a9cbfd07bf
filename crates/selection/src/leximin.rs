//! LEXIMIN by column generation (Flanigan et al., Nature 2021): raise the lowest chance of
//! selection as far as it goes, fix the people held at that level, then raise the next.
//!
//! Each stage solves the dual of "maximise the lowest chance of the people not yet fixed"
//! over the panels found so far; a pricing integer program then looks for a panel that the
//! dual undervalues. When none exists the stage's value is optimal, and every group with a
//! positive dual weight cannot rise above it.

use std::collections::HashSet;

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem, Solution, SolveOutcome};

use crate::SelectionError;
use crate::feasibility::conflicts;
use crate::instance::{Group, Instance};
use crate::local::improve;
use crate::pricing::{Priced, QUICK, Rules, best_panel};

/// How far a panel may beat the dual before it counts as an improvement.
const TOLERANCE: f64 = 1e-7;
/// How far below its fixed chance a group may fall while later stages are solved.
const SLACK: f64 = 1e-8;
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
    while fixed.iter().any(Option::is_none) {
        stages += 1;
        let (value, slack, weights) = stage(instance, &groups, &rules, &fixed, &mut panels)?;
        dual_bound.get_or_insert(value + slack);
        if trace {
            let held = weights.iter().filter(|&&y| y > POSITIVE).count();
            eprintln!(
                "{:?}: stage {stages} at {value:.6} (+{slack:.1e}), {} panels, {held} groups held",
                started.elapsed(),
                panels.list.len()
            );
        }
        let mut any = false;
        for (g, &y) in weights.iter().enumerate() {
            if fixed[g].is_none() && y > POSITIVE {
                fixed[g] = Some(value.clamp(0.0, 1.0));
                any = true;
            }
        }
        let out_of_time = budget.is_some_and(|b| started.elapsed() > b);
        complete = !out_of_time;
        if !any || out_of_time {
            // Numerically flat duals, or out of time: everything left is held at this level.
            for f in fixed.iter_mut().filter(|f| f.is_none()) {
                *f = Some(value.clamp(0.0, 1.0));
            }
        }
    }
    let targets: Vec<f64> = fixed.iter().map(|f| f.unwrap_or(0.0)).collect();
    let chances = mix(&groups, &panels.list, &targets)?;
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

/// One stage: the best lowest chance for the groups not yet fixed, how far above it the
/// true optimum could still be (zero when the search proved its panel best), and the dual
/// weights that certify it.
fn stage(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    fixed: &[Option<f64>],
    panels: &mut Panels,
) -> Result<(f64, f64, Vec<f64>), SelectionError> {
    // Dual: minimise cap - sum(fixed_g * y_g) subject to, for every panel,
    // sum(y_g * share_g) <= cap, and the free groups' weights summing to one.
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    let y: Vec<_> = fixed
        .iter()
        // A fixed group need only reach its chance less a hair: asking for exactly the
        // previous stage's floating-point value can make the master infeasible.
        .map(|f| {
            problem.add_var(
                -f.map_or(0.0, |f| (f - SLACK).max(0.0)),
                (0.0, f64::INFINITY),
            )
        })
        .collect();
    let cap = problem.add_var(1.0, (f64::NEG_INFINITY, f64::INFINITY));
    let free: LinearExpr = y
        .iter()
        .zip(fixed)
        .filter(|(_, f)| f.is_none())
        .map(|(&v, _)| (v, 1.0))
        .collect();
    problem.add_constraint(free, ComparisonOp::Eq, 1.0);
    for panel in &panels.list {
        problem.add_constraint(panel_row(groups, &y, cap, panel), ComparisonOp::Le, 0.0);
    }
    let mut solution = solved("the stage", problem.solve())?;
    loop {
        let weights: Vec<f64> = y.iter().map(|&v| solution.var_value(v)).collect();
        let cap_value = solution.var_value(cap);
        let per_person: Vec<f64> = weights
            .iter()
            .zip(groups)
            .map(|(w, g)| w / g.members.len() as f64)
            .collect();
        let worth = |panel: &Vec<usize>| -> f64 {
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
            && quick.worth <= cap_value + TOLERANCE
            && quick.bound > cap_value + TOLERANCE
        {
            // The quick search neither improved nor proved there is nothing better: search on.
            found = best_panel(instance, groups, &per_person, rules, hint.as_deref(), None)?;
        }
        let Some(Priced {
            panel,
            worth,
            bound,
        }) = found
        else {
            return Err(SelectionError::Solver(
                "the quotas stopped being feasible".into(),
            ));
        };
        if worth <= cap_value + TOLERANCE || !panels.add(panel.clone()) {
            // No panel can beat the dual by more than this: the stage's certificate.
            let slack = (bound - cap_value).max(0.0);
            return Ok((solution.objective(), slack, weights));
        }
        let row = panel_row(groups, &y, cap, &panel);
        solution = solved(
            "a new panel",
            solution.add_constraint(row, ComparisonOp::Le, 0.0),
        )?;
    }
}

fn panel_row(
    groups: &[Group],
    y: &[microlp::Variable],
    cap: microlp::Variable,
    panel: &[usize],
) -> LinearExpr {
    let mut row = LinearExpr::empty();
    for (g, &c) in panel.iter().enumerate() {
        if c > 0 {
            row.add(y[g], c as f64 / groups[g].members.len() as f64);
        }
    }
    row.add(cap, -1.0);
    row
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
