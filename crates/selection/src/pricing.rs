//! The pricing problem: of all panels that meet the quotas, the one with the greatest total
//! weight. An exact integer program over groups of interchangeable people.

use microlp::{
    ComparisonOp, LinearExpr, OptimizationDirection, Problem, SolveOptions, SolveOutcome, Variable,
};

use crate::SelectionError;
use crate::instance::{Group, Instance};

/// Which quotas a search must respect: all of them, or some categories only (used to find
/// which categories conflict).
pub struct Rules<'a> {
    pub categories: &'a [usize],
    pub households: bool,
}

/// Branch and bound nodes allowed in a quick search: near-equal weights make proving the
/// very best panel slow, so a quick search may stop with a good panel and an honest bound.
pub const QUICK: Option<u64> = Some(2_000);

/// A panel found by the search, its total weight, and the most any panel could weigh.
pub struct Priced {
    pub panel: Vec<usize>,
    pub worth: f64,
    pub bound: f64,
}

/// The panel, as a number of people from each group, that maximises the sum of
/// `weights[g] * count[g]` (starting from `hint`, a panel known to be feasible); `None` when
/// no panel meets the rules.
pub fn best_panel(
    instance: &Instance,
    groups: &[Group],
    weights: &[f64],
    rules: &Rules,
    hint: Option<&[usize]>,
    node_limit: Option<u64>,
) -> Result<Option<Priced>, SelectionError> {
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    let vars: Vec<_> = groups
        .iter()
        .zip(weights)
        .map(|(g, &w)| problem.add_integer_var(w, (0, g.members.len() as i32)))
        .collect();
    if !keep_rules(&mut problem, instance, groups, &vars, rules) {
        return Ok(None);
    }
    let mut options = SolveOptions::default();
    options.node_limit = node_limit;
    options.mip_gap = 1e-9;
    options.warm_start = hint.map(|h| vars.iter().zip(h).map(|(&v, &c)| (v, c as f64)).collect());
    let mut outcome = problem.solve_with(options.clone());
    if matches!(outcome, Ok(SolveOutcome::Interrupted(_))) {
        // No panel yet at all: search on without a limit rather than give up.
        options.node_limit = None;
        outcome = problem.solve_with(options);
    }
    match outcome {
        Ok(SolveOutcome::Solution(solution)) => {
            let panel: Vec<usize> = vars
                .iter()
                .map(|&v| solution.var_value(v).round().max(0.0) as usize)
                .collect();
            let worth = panel.iter().zip(weights).map(|(&c, w)| c as f64 * w).sum();
            let bound = solution.stats().best_bound.unwrap_or(worth).max(worth);
            Ok(Some(Priced {
                panel,
                worth,
                bound,
            }))
        }
        Ok(SolveOutcome::Interrupted(_)) => Err(SelectionError::Solver(
            "no panel found within the search limit".into(),
        )),
        Err(microlp::Error::Infeasible) => Ok(None),
        Err(other) => Err(SelectionError::Solver(format!("pricing: {other}"))),
    }
}

/// The rules every panel keeps, as constraints on `counts` (one variable per group: how many
/// of it the panel takes): its size, each category's quotas under `rules`, and at most one
/// person a household. Shared with the relaxation (`relaxed.rs`), so that every panel the
/// search may find is a point of the relaxation. False when a quota asks for people no group
/// has.
pub fn keep_rules(
    problem: &mut Problem,
    instance: &Instance,
    groups: &[Group],
    counts: &[Variable],
    rules: &Rules,
) -> bool {
    let everyone: LinearExpr = counts.iter().map(|&v| (v, 1.0)).collect();
    problem.add_constraint(everyone, ComparisonOp::Eq, instance.size as f64);
    for &c in rules.categories {
        for (v, value) in instance.categories[c].values.iter().enumerate() {
            let having: Vec<_> = groups
                .iter()
                .zip(counts)
                .filter(|(g, _)| g.values[c] == v)
                .map(|(_, &count)| (count, 1.0))
                .collect();
            if having.is_empty() {
                if value.min > 0 {
                    return false;
                }
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
    if rules.households && !instance.households.is_empty() {
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
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instance::{Category, Person, Value};

    fn instance(values: &[(usize, usize)], people: &[usize], size: usize) -> Instance {
        Instance {
            categories: vec![Category {
                name: "role".into(),
                values: values
                    .iter()
                    .enumerate()
                    .map(|(v, &(min, max))| Value {
                        name: v.to_string(),
                        label: v.to_string(),
                        min,
                        max,
                    })
                    .collect(),
            }],
            people: people
                .iter()
                .enumerate()
                .map(|(i, &v)| Person {
                    id: i.to_string(),
                    values: vec![v],
                })
                .collect(),
            households: Vec::new(),
            size,
        }
    }

    fn search(instance: &Instance, weights: &[f64]) -> Option<Vec<usize>> {
        let groups = instance.groups();
        let rules = Rules {
            categories: &[0],
            households: true,
        };
        best_panel(instance, &groups, weights, &rules, None, None)
            .expect("searched")
            .map(|p| p.panel)
    }

    #[test]
    fn a_value_nobody_has_cannot_meet_its_minimum() {
        let pool = instance(&[(0, 2), (1, 2)], &[0, 0, 0], 2);
        assert_eq!(search(&pool, &[1.0]), None);
    }

    #[test]
    fn the_heaviest_panel_within_the_quotas_is_found() {
        // Value 1 is heavier, but at most one of it may go.
        let pool = instance(&[(0, 2), (0, 1)], &[0, 0, 1, 1], 2);
        let groups = pool.groups();
        let heavy: Vec<f64> = groups.iter().map(|g| g.values[0] as f64 + 1.0).collect();
        let panel = search(&pool, &heavy).expect("a panel");
        let ones: usize = groups
            .iter()
            .zip(&panel)
            .filter(|(g, _)| g.values[0] == 1)
            .map(|(_, &c)| c)
            .sum();
        assert_eq!((ones, panel.iter().sum::<usize>()), (1, 2));
    }
}
