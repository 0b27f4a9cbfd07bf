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
mod revised;
pub mod shapes;
mod stage;

pub use draw::{Draw, draw, replacement_for};
pub use feasibility::Conflict;
pub use instance::{Category, Instance, Person, Value};
pub use leximin::{Distribution, leximin, leximin_within};

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
