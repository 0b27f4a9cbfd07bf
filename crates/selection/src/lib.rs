//! Fair selection for panels: the LEXIMIN lottery with quotas (Flanigan et al., 2021),
//! conflicts explained in plain words, and a draw anyone can re-run from a published seed.
//! Pure logic: no web or database.

mod clock;
pub mod draw;
mod factor;
pub mod feasibility;
pub mod files;
pub mod generate;
pub mod instance;
pub mod leximin;
mod local;
pub mod master;
pub mod pricing;
pub mod relaxed;
mod revised;
pub mod shapes;
mod stage;
#[cfg(test)]
mod testing;

pub use clock::Work;
pub use draw::{Draw, draw, replacement_for};
pub use feasibility::Conflict;
pub use instance::{Category, Instance, Person, Value};
pub use leximin::{Distribution, leximin, leximin_by_stages, leximin_within};

#[derive(Debug, thiserror::Error)]
pub enum SelectionError {
    #[error("no panel can meet the quotas: {}", list(.0))]
    Infeasible(Vec<Conflict>),
    #[error("the solver failed: {0}")]
    Solver(String),
}

fn list(conflicts: &[Conflict]) -> String {
    conflicts
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_infeasible_pool_lists_every_conflict_in_words() {
        let error = SelectionError::Infeasible(vec![
            Conflict::PoolTooSmall { pool: 3, size: 5 },
            Conflict::MinAboveMax {
                label: "Age: 16-24".into(),
                min: 4,
                max: 2,
            },
        ]);
        assert_eq!(
            error.to_string(),
            "no panel can meet the quotas: The pool has 3 people, fewer than the 5 places; \
             The quota for Age: 16-24 asks for at least 4 but at most 2"
        );
    }
}
