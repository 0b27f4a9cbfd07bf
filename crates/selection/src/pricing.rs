//! The pricing problem: of all panels that meet the quotas, the one with the greatest total
//! weight. An exact integer program over groups of interchangeable people.

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem, SolveOutcome};

use crate::SelectionError;
use crate::instance::{Group, Instance};

/// Which quotas a search must respect: all of them, or some categories only (used to find
/// which categories conflict).
pub struct Rules<'a> {
    pub categories: &'a [usize],
    pub households: bool,
}

/// The panel, as a number of people from each group, that maximises the sum of
/// `weights[g] * count[g]`; `None` when no panel meets the rules.
pub fn best_panel(
    instance: &Instance,
    groups: &[Group],
    weights: &[f64],
    rules: &Rules,
) -> Result<Option<Vec<usize>>, SelectionError> {
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    let vars: Vec<_> = groups
        .iter()
        .zip(weights)
        .map(|(g, &w)| problem.add_integer_var(w, (0, g.members.len() as i32)))
        .collect();
    let everyone: LinearExpr = vars.iter().map(|&v| (v, 1.0)).collect();
    problem.add_constraint(everyone, ComparisonOp::Eq, instance.size as f64);
    for &c in rules.categories {
        for (v, value) in instance.categories[c].values.iter().enumerate() {
            let having: Vec<_> = groups
                .iter()
                .zip(&vars)
                .filter(|(g, _)| g.values[c] == v)
                .map(|(_, &var)| (var, 1.0))
                .collect();
            if having.is_empty() {
                if value.min > 0 {
                    return Ok(None);
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
                .map(|&i| (vars[group_of[i]], 1.0))
                .collect();
            problem.add_constraint(expr, ComparisonOp::Le, 1.0);
        }
    }
    match problem.solve() {
        Ok(SolveOutcome::Solution(solution)) => Ok(Some(
            vars.iter()
                .map(|&v| solution.var_value(v).round().max(0.0) as usize)
                .collect(),
        )),
        Ok(SolveOutcome::Interrupted(_)) => Err(SelectionError::Solver("stopped early".into())),
        Err(microlp::Error::Infeasible) => Ok(None),
        Err(other) => Err(SelectionError::Solver(other.to_string())),
    }
}
