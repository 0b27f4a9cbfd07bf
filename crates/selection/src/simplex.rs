//! The same master problem as `master`, by microlp's simplex, which re-solves from where it
//! was when a panel is added: far cheaper per panel than an interior point on dense pools.
//! Its weakness is arithmetic: after many panels the basis can lose precision ("unbounded",
//! "singular matrix"), so a failed re-solve is tried again from scratch, and the caller falls
//! back to the interior point if that fails too.

use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem, Solution, Variable};

use crate::SelectionError;
use crate::instance::Group;
use crate::master::SLACK;

pub struct Simplex {
    solution: Solution,
    y: Vec<Variable>,
    cap: Variable,
}

impl Simplex {
    /// Builds the master over `panels` and solves it from scratch.
    pub fn new(
        groups: &[Group],
        fixed: &[Option<f64>],
        panels: &[Vec<usize>],
    ) -> Result<Self, SelectionError> {
        let mut problem = Problem::new(OptimizationDirection::Minimize);
        let y: Vec<_> = fixed
            .iter()
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
        for panel in panels {
            problem.add_constraint(row(groups, &y, cap, panel), ComparisonOp::Le, 0.0);
        }
        let solution = solved(problem.solve())?;
        Ok(Simplex { solution, y, cap })
    }

    /// Adds a panel and re-solves from the last basis; if the arithmetic fails, from scratch
    /// over every panel (`panels`, the new one included).
    pub fn add(
        self,
        groups: &[Group],
        fixed: &[Option<f64>],
        panels: &[Vec<usize>],
    ) -> Result<Self, SelectionError> {
        let Some(panel) = panels.last() else {
            return Ok(self);
        };
        let added = row(groups, &self.y, self.cap, panel);
        match solved(self.solution.add_constraint(added, ComparisonOp::Le, 0.0)) {
            Ok(solution) => Ok(Simplex {
                solution,
                y: self.y,
                cap: self.cap,
            }),
            Err(_) => Simplex::new(groups, fixed, panels),
        }
    }

    pub fn weights(&self) -> Vec<f64> {
        self.y
            .iter()
            .map(|&v| self.solution.var_value(v).max(0.0))
            .collect()
    }

    pub fn cap(&self) -> f64 {
        self.solution.var_value(self.cap)
    }
}

fn row(groups: &[Group], y: &[Variable], cap: Variable, panel: &[usize]) -> LinearExpr {
    let mut row = LinearExpr::empty();
    for (g, &c) in panel.iter().enumerate() {
        if c > 0 {
            row.add(y[g], c as f64 / groups[g].members.len() as f64);
        }
    }
    row.add(cap, -1.0);
    row
}

fn solved(
    outcome: Result<microlp::SolveOutcome, microlp::Error>,
) -> Result<Solution, SelectionError> {
    match outcome {
        Ok(microlp::SolveOutcome::Solution(solution)) => Ok(solution),
        Ok(microlp::SolveOutcome::Interrupted(_)) => {
            Err(SelectionError::Solver("the simplex stopped early".into()))
        }
        Err(error) => Err(SelectionError::Solver(format!("the simplex: {error}"))),
    }
}
