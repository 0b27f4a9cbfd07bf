//! What a stage is asked: raise the lowest chance (LEXIMIN), or reach targets (the
//! relaxation's levels), and when a search for targets may stop.

use crate::master::SLACK;

/// What a stage asks: the groups held by earlier stages, the floor of each group's row (its
/// held chance, or zero for a free group), and what t counts for in each free group's row.
/// With `enough`, the stage stops as soon as the lottery is good enough, without proving its t
/// best.
pub struct Aim {
    pub fixed: Vec<Option<f64>>,
    pub floors: Vec<f64>,
    /// 1 for every group in LEXIMIN's stages: t is the lowest chance. A group's target when
    /// reaching targets: t is the share of its target the worst-off group has.
    pub scale: Vec<f64>,
    pub enough: Option<Enough>,
    /// When to give up, for a search its caller can do without.
    pub deadline: Option<std::time::Instant>,
}

/// When a search for a lottery that reaches targets may stop: t of at least `t`, and no group
/// given more than `above` over its target. The chances add up to the panel size whatever
/// the lottery, so a group given more than its target is paid for by others given less: with
/// t alone, a shortfall of 1e-7 a person, allowed everyone, added up to 1.2e-5 more for one
/// person of 130 (a stress shape), and 4e-5 for one of 1,000.
#[derive(Clone, Copy)]
pub struct Enough {
    pub t: f64,
    pub above: f64,
    /// Master solves, and simplex pivots, after which the search gives up, for a search its
    /// caller can do without.
    pub solves: Option<usize>,
    pub pivots: Option<usize>,
}

impl Aim {
    /// A LEXIMIN stage: raise the lowest chance of the groups not yet held.
    pub fn leximin(fixed: &[Option<f64>]) -> Aim {
        Aim {
            fixed: fixed.to_vec(),
            floors: fixed
                .iter()
                .map(|f| f.map_or(0.0, |f| (f - SLACK).max(0.0)))
                .collect(),
            scale: vec![1.0; fixed.len()],
            enough: None,
            deadline: None,
        }
    }

    /// A lottery that gives every group about its target: t times its target for every
    /// group, until `enough`. Measured as a share, every lottery is a feasible start at
    /// t = 0; measured from the targets (t above each), the simplex's first phase started
    /// with every group short of its target, and on an even 2,000-person pool with a panel of
    /// 200 hit its step limit twice before giving up (168 s).
    pub fn reach(targets: &[f64], enough: Enough, deadline: Option<std::time::Instant>) -> Aim {
        Aim {
            fixed: vec![None; targets.len()],
            floors: vec![0.0; targets.len()],
            scale: targets.to_vec(),
            enough: Some(enough),
            deadline,
        }
    }
}
