//! LEXIMIN over the relaxation: expected counts of each group that meet the quotas in
//! expectation, with no lottery behind them. Every lottery's expected counts are such a point,
//! so no lottery does better, in LEXIMIN's order, than the levels found here. On most pools of the
//! stress suite, and on the 600-, 1,500- and sf_e-sized pools of issue 22, the levels are the
//! same, and one search for a lottery that reaches them (`leximin` here) replaces every
//! stage of column generation. Where a lottery cannot reach them (quotas that panels of whole
//! people cannot average to), the stages run as before.
//!
//! Each stage is two small LPs over one variable per group: the best lowest chance `v` of the
//! groups not yet held, then the most each of them can rise above `v` together, capped at
//! `RISES`. A group that can rise at all can rise by the gap to the next level together with
//! all the others that can (the next stage is such a point), so with the cap below that gap,
//! every group that can rise does so by exactly the cap, and those left at `v` are held there.

use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOutcome, Variable};

use crate::SelectionError;
use crate::clock::Clock;
use crate::instance::{Group, Instance};
use crate::leximin::{Distribution, finish, reaches};
use crate::master::SLACK;
use crate::pricing::{Rules, keep_rules};
use crate::stage::{Aim, Enough, Panels, Toward, Until, most_above, spread, stage};

/// How far below the relaxation's levels a lottery may fall and still count as reaching them:
/// their rounding, far below any chance that matters.
const REACH: f64 = 1e-7;
/// How far above its level the lottery may put a group before the search goes on to bring it
/// closer (`Enough`), and for how many more master solves at most (and half a pivot a group):
/// a lottery within REACH of every level is LEXIMIN's to within REACH for the worst off, but
/// the shortfalls of many groups add up to more for a few (1.2e-5 for one person of a stress
/// shape of 130 people). The stress suite asks the same chances of this way and of the stages
/// to 5e-6, and all its shapes get there. On pools of 1,000 people or more the levels' own
/// rounding is as large, and the search mostly gives up: without the limit on pivots it cost
/// the 2,000-person pool with panels of 200 9 s and brought no group closer (5.4e-5 above).
const ABOVE: f64 = 2e-6;
const PATIENCE: usize = 20;
/// The pivots after which the search for a lottery that reaches the levels gives up and the
/// stages take over. The pools that reach them took at most 12 a group (2,000 people, panel
/// 200: 11,966 and 15,830 pivots for 1,086 and 1,392 groups; the sf_e shape 5,291 for 938);
/// on the even 2,000-person pool with tight quotas the first master solve alone ran past
/// 74,000 pivots, twice, for 950 s, before the stages found its levels.
const PIVOTS_A_GROUP: usize = 15;
const PIVOTS: usize = 5_000;
/// How much of its level each group must get from the panels found by multiplicative weights
/// before the exact search takes over: 98%, or 85% once most rounds needed the exact search.
/// Measured in release on a 2-core machine (complete LEXIMIN; the search priced by local search
/// first), stopping at 95%, 97%, 98% and 99% of every level:
///
/// | pool | 95% | 97% | 98% | 99% |
/// |---|---|---|---|---|
/// | sf_e shape | 54 s | 12 s | 15 s | 21 s |
/// | 2,000 people, panel 200, profile | 42 s | 49 s | 35 s | |
/// | 1,500 of issue 22 | 4.9 s | 7.1 s | 7.1 s | 7.2 s |
/// | 1,000, barely feasible (rounds by the exact search) | 15 s | 24 s | 35 s | 64 s |
///
/// Past 95% the rounds find panels the master would otherwise have searched for; where the
/// local search is stuck, each round is an exact search itself and costs more than it saves.
/// There, on a slower machine with the master sifting its panels (`Panels::reserve`), two
/// barely feasible pools of 1,000 people, panel 100, 7 categories (seeds 1 and 2):
///
/// | stuck share | 95% | 90% | 80% | 70% | 50% |
/// |---|---|---|---|---|---|
/// | seed 1 | 25.5 s | 12.9 s | 13.2 s | 24.3 s | 30.6 s |
/// | seed 2 | 46.2 s | 24.2 s | 17.6 s | 43.1 s | 52.1 s |
///
/// Below 80% the master's own searches, one panel a solve, take over more than the rounds
/// saved (490 solves at 70% against 30 at 90%).
const SPREAD: Until = Until {
    share: 0.98,
    stuck_share: 0.85,
};
/// How far each group is asked to rise in the second LP: below any gap between two levels
/// that matters, far above the LP's rounding; and if two levels are closer than that (some
/// groups rise part of the way), a tenth of it, then a hundredth. Levels 7e-8 apart, at 0.96,
/// left one pool of the benchmark in three dozen (1,000 people, households) with no clear
/// levels, and its stages from scratch took 113 s, against 4 s for its neighbours.
const RISES: [f64; 3] = [1e-7, 1e-8, 1e-9];
/// If the LP finds no point that keeps every free group at `v` (the first LP's rounding left
/// `v` a hair too high: a barely feasible 1,000-person pool, 7 categories, went by stages from
/// scratch for more than 10 minutes), it is asked again from `v` less each of these in turn.
/// Each is far below what counts as rising: lowering every group's floor lets a small group
/// rise by as much as the pool is larger than it (asked from 1e-10 below, one held group of
/// that pool rose by a third of the cap, and 23 more by all of it).
const SHAVES: [f64; 4] = [0.0, 1e-14, 1e-13, 1e-12];
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
        // At a value of one nobody can rise, and asking the LP so (every row at its bound)
        // was unclear on one of the stress suite's shapes, which then went by stages.
        let held = if value > 1.0 - CERTAIN {
            free
        } else {
            let rise = RISES
                .iter()
                .flat_map(|&cap| SHAVES.map(|shave| (cap, shave)))
                .find_map(|(cap, shave)| rises(instance, groups, &fixed, value - shave, cap))?;
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

/// LEXIMIN in one search, when a lottery reaches the levels of the relaxation
/// (`levels`): no lottery can do better than those levels, so one that reaches them is
/// the LEXIMIN lottery, and the relaxation's lowest level is the dual bound. `None` when the
/// relaxation gives no clear answer or no lottery reaches its levels: then solve by stages.
pub(crate) fn leximin(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    deadline: Option<std::time::Instant>,
    panels: &mut Panels,
    clock: &mut Clock,
) -> Result<Option<Distribution>, SelectionError> {
    let Some(relaxed) = levels(instance, groups) else {
        clock.note("the relaxation gave no clear levels");
        return Ok(None);
    };
    let floors: Vec<f64> = relaxed
        .levels
        .iter()
        .map(|level| (level - REACH).max(0.0))
        .collect();
    // Panels toward the levels by multiplicative weights, until an even lottery over them gives
    // every group 98% of its level (`SPREAD`): then a few panels more finish the search.
    let started = std::time::Instant::now();
    let toward = Toward {
        targets: &relaxed.levels,
        rounds: (20 * groups.len()).clamp(500, 40_000),
        until: Some(SPREAD),
        deadline,
    };
    let exact = spread(instance, groups, rules, panels, &toward)?;
    clock.note(&format!(
        "{:?}: {} panels toward the levels, the local search stuck in {exact}",
        started.elapsed(),
        panels.list.len()
    ));
    let mut lp = None;
    // First every group within REACH of its level, as soon as a lottery gets there.
    let near = Enough {
        t: 1.0,
        above: f64::INFINITY,
        solves: None,
        pivots: Some(PIVOTS_A_GROUP * groups.len() + PIVOTS),
    };
    let aim = Aim::reach(&floors, near, deadline);
    let master = match stage(instance, groups, rules, &aim, panels, &mut lp, clock) {
        Ok((master, _)) => {
            clock.note(&format!(
                "the master {:?} in {} solves, pricing {:?} in {} searches",
                clock.master, clock.solves, clock.pricing, clock.priced
            ));
            master
        }
        Err(e) => {
            clock.note(&format!("reaching the relaxation's levels: {e}"));
            return Ok(None);
        }
    };
    // The lottery itself is checked, not the master's t: t of one or more and `reaches` say
    // the same, and the check is the one that stands for what a person is given.
    if !reaches(groups, &panels.list, &master.mix, &floors) {
        clock.note(&format!(
            "no lottery reaches the relaxation's levels (a share {:.1e} short)",
            1.0 - master.value
        ));
        return Ok(None);
    }
    let mut over = most_above(groups, &panels.list, &master.mix, &relaxed.levels);
    let mut lottery = (panels.list.clone(), master.mix);
    if over > ABOVE {
        // Every group a little short of its level adds up to one group well above it: the
        // same search goes on a little, t now measured against the levels themselves.
        if let Some(lp) = lp.as_mut() {
            lp.retarget(&relaxed.levels);
        }
        let highest = relaxed.levels.iter().copied().fold(REACH, f64::max);
        let closer = Enough {
            t: 1.0 - REACH / highest,
            above: ABOVE,
            solves: Some(PATIENCE),
            pivots: Some(groups.len() / 2 + 100),
        };
        let aim = Aim::reach(&relaxed.levels, closer, deadline);
        match stage(instance, groups, rules, &aim, panels, &mut lp, clock) {
            Ok((master, _)) if reaches(groups, &panels.list, &master.mix, &floors) => {
                let closer = most_above(groups, &panels.list, &master.mix, &relaxed.levels);
                if closer < over {
                    over = closer;
                    lottery = (panels.list.clone(), master.mix);
                }
            }
            Ok(_) => {}
            Err(e) => clock.note(&format!("coming closer to the levels: {e}")),
        }
    }
    clock.note(&format!("the most a group got above its level: {over:.1e}"));
    let mut done = finish(
        instance,
        groups,
        &lottery.0,
        &lottery.1,
        Some(relaxed.lowest),
        relaxed.stages,
        clock.work(),
        true,
    );
    done.relaxed = true;
    Ok(Some(done))
}

/// The largest `v` such that every free group's expected chance is at least `v`.
fn best_lowest(instance: &Instance, groups: &[Group], fixed: &[Option<f64>]) -> Option<f64> {
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    let t = problem.add_var(1.0, (0.0, 1.0));
    let counts = expected_counts(&mut problem, instance, groups, fixed)?;
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
/// rise by up to `cap`, all together. `None` when a group rose part of the way, which a cap
/// below every gap between levels rules out (or when the LP fails).
fn rises(
    instance: &Instance,
    groups: &[Group],
    fixed: &[Option<f64>],
    value: f64,
    cap: f64,
) -> Option<Vec<bool>> {
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    let counts = expected_counts(&mut problem, instance, groups, fixed)?;
    let mut rise = vec![None; groups.len()];
    for (g, group) in groups.iter().enumerate() {
        if fixed[g].is_none() {
            let size = group.members.len() as f64;
            let u = problem.add_var(1.0, (0.0, cap));
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
        .map(|u| u.map_or(Some(false), |u| rose(solution.var_value(u), cap)))
        .collect()
}

/// Whether a group asked to rise by `cap` did: all the way, not at all, or (`None`) part of
/// the way, which only a gap between two levels smaller than `cap` could cause: a group that
/// rose by none of it might then have risen had another risen less, so which groups to hold
/// is not clear.
fn rose(by: f64, cap: f64) -> Option<bool> {
    if by > 0.9 * cap {
        Some(true)
    } else if by < 0.1 * cap {
        Some(false)
    } else {
        None
    }
}

/// One variable per group, its expected count on the panel, with the rules every panel
/// keeps (`pricing::keep_rules`) and the fixed groups' chances; `None` if a quota asks for
/// people no group has (ruled out before LEXIMIN starts).
fn expected_counts(
    problem: &mut Problem,
    instance: &Instance,
    groups: &[Group],
    fixed: &[Option<f64>],
) -> Option<Vec<Variable>> {
    let counts: Vec<Variable> = groups
        .iter()
        .zip(fixed)
        .map(|(g, f)| {
            let size = g.members.len() as f64;
            let floor = f.map_or(0.0, |f| size * (f - SLACK).max(0.0));
            problem.add_var(0.0, (floor.min(size), size))
        })
        .collect();
    let all: Vec<usize> = (0..instance.categories.len()).collect();
    let rules = Rules {
        categories: &all,
        households: true,
    };
    keep_rules(problem, instance, groups, &counts, &rules).then_some(counts)
}

#[cfg(test)]
mod tests {
    use super::{RISES, rose};

    #[test]
    fn a_group_that_rose_part_of_the_way_leaves_the_levels_unclear() {
        for cap in RISES {
            assert_eq!(rose(cap, cap), Some(true));
            assert_eq!(rose(0.95 * cap, cap), Some(true));
            assert_eq!(rose(0.0, cap), Some(false));
            assert_eq!(rose(0.05 * cap, cap), Some(false));
            assert_eq!(rose(0.5 * cap, cap), None);
            assert_eq!(rose(0.9 * cap, cap), None);
            assert_eq!(rose(0.1 * cap, cap), None);
        }
    }
}
