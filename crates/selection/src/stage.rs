//! One LEXIMIN stage by column generation: the master over the panels found so far gives
//! dual weights, a pricing search looks for a panel they undervalue, and the stage ends when
//! none is left. Also the diverse panels the first stage starts from.

use crate::SelectionError;
use crate::clock::Clock;
use crate::instance::{Group, Instance};
use crate::leximin::group_chances;
use crate::local::improve;
use crate::master::{self, Master};
use crate::pricing::{Priced, QUICK, Rules, best_panel};
use crate::revised::{Pace, Revised};

/// How far a panel may beat the dual before it counts as an improvement.
const TOLERANCE: f64 = 1e-7;
/// How far toward the best dual found so far the pricing search looks (Wentges' smoothing).
/// 0.8 took the 600-person pool's full LEXIMIN from 13.5 s to 7.6 s (0.5: 8.5 s, 0.9: 8.2 s,
/// 0.95: 10.0 s) with the same chance at every stage.
const SMOOTHING: f64 = 0.8;

/// One stage: the best lowest chance for the groups not yet fixed over the panels found so
/// far and any the pricing search finds, how far above it the true optimum could still be
/// (zero when the search proved its panel best), and the master that certifies it.
///
/// The master is the revised simplex carried over from the stage before (`lp`); if its
/// arithmetic fails, the rest of the stage is solved afresh by the interior point, and the
/// next stage starts a new simplex.
pub fn stage(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    aim: &Aim,
    panels: &mut Panels,
    lp: &mut Option<Revised>,
    clock: &mut Clock,
) -> Result<(Master, f64), SelectionError> {
    let fixed = &aim.fixed;
    let lifted = aim.enough.is_some();
    if lp.is_none() {
        panels.set_aside(2 * (groups.len() + 1));
        *lp = Some(Revised::for_aim(groups, aim, &panels.list));
    }
    let pivots = aim.enough.and_then(|enough| enough.pivots);
    let pivots_before = clock.pivots;
    if let (Some(most), Some(lp)) = (pivots, lp.as_mut()) {
        lp.budget = lp.pivots + most;
        lp.pace = aim.enough.map(|enough| Pace::new(enough.t));
    }
    let mut center: Option<(Vec<f64>, f64)> = None;
    let mut solves = 0;
    loop {
        if aim
            .deadline
            .is_some_and(|deadline| std::time::Instant::now() > deadline)
        {
            return Err(SelectionError::Solver("out of time".into()));
        }
        if aim
            .enough
            .and_then(|enough| enough.solves)
            .is_some_and(|most| solves >= most)
        {
            return Err(SelectionError::Solver("out of solves".into()));
        }
        solves += 1;
        let started = std::time::Instant::now();
        let before = lp.as_ref().map_or(0, |lp| lp.pivots);
        let solved = lp.as_mut().map(Revised::solve);
        clock.pivots += lp.as_ref().map_or(0, |lp| lp.pivots) - before;
        let current = match solved {
            Some(Ok(())) => lp.as_ref().map(Revised::master),
            Some(Err(e)) if lp.as_ref().is_some_and(Revised::spent) => {
                // A search out of pivots, or as good as out (`Pace`), has given up.
                clock.note(&format!("{e}: the search gives up"));
                *lp = None;
                None
            }
            Some(Err(e)) => {
                // Rounding built up over thousands of pivots: a simplex started afresh over
                // the same panels costs one cold solve, the interior point a solve per panel
                // from here on (75 s for the last stage of 1,500 people).
                let mut fresh = Revised::for_aim(groups, aim, &panels.list);
                if let Some(most) = pivots {
                    fresh.budget = most.saturating_sub(clock.pivots - pivots_before);
                    fresh.pace = aim.enough.map(|enough| Pace::new(enough.t));
                }
                let solved = fresh.solve();
                clock.pivots += fresh.pivots;
                match solved {
                    Ok(()) => {
                        clock.note(&format!("{e}: started the simplex afresh"));
                        let master = fresh.master();
                        *lp = Some(fresh);
                        Some(master)
                    }
                    Err(again) => {
                        let next = if lifted {
                            "the search gives up"
                        } else {
                            "the interior point takes over"
                        };
                        clock.note(&format!("{e}, then {again}: {next}"));
                        *lp = None;
                        None
                    }
                }
            }
            None => None,
        };
        let mut current = match current {
            Some(m) => m,
            // The interior point knows only LEXIMIN's stages; a search for a lottery that
            // reaches targets reports the failure and its caller solves by stages instead.
            None if lifted => {
                return Err(SelectionError::Solver(
                    "the simplex failed while reaching the targets".into(),
                ));
            }
            None => master::solve(groups, fixed, &panels.list)?,
        };
        if clock.trace
            && let Some(lp) = lp.as_ref()
        {
            clock.note(&format!(
                "solve {}: t {:.7}, {} pivots, {} refactorisations so far, {} panels, {:.2?}, kinds so far {:?}",
                clock.solves,
                current.value,
                lp.pivots.saturating_sub(before),
                lp.refactors,
                panels.list.len(),
                started.elapsed(),
                lp.kinds
            ));
        }
        if aim.enough.is_some_and(|enough| {
            current.value >= enough.t
                && most_above(groups, &panels.list, &current.mix, &aim.scale) <= enough.above
        }) {
            clock.master += started.elapsed();
            clock.solves += 1;
            return Ok((current, 0.0));
        }
        clock.master += started.elapsed();
        clock.solves += 1;
        if lifted
            && let Some(lp) = lp.as_mut()
            && prune(groups, panels, lp, &current.weights)
        {
            // The same basis, its lottery now over the panels kept.
            current = lp.master();
        }
        let started = std::time::Instant::now();
        let cap = current.cap;
        let value = per_person(&current.weights, groups);
        let joining = panels.take(&value, cap + TOLERANCE);
        if !joining.is_empty() {
            if let Some(lp) = lp.as_mut() {
                for panel in &joining {
                    lp.add(groups, panel);
                }
            }
            continue;
        }
        // Price first at a point between the best dual found so far (the lowest bound) and
        // the master's own, which jumps from corner to corner: its panels are nearer the
        // ones the lottery ends with, so fewer rounds. A panel that does not help the master
        // as it is, is searched for again at the master's own weights.
        let smoothed = center.as_ref().map(|(best, _)| {
            best.iter()
                .zip(&current.weights)
                .map(|(b, w)| SMOOTHING * b + (1.0 - SMOOTHING) * w)
                .collect::<Vec<f64>>()
        });
        let mut next = None;
        if let Some(weights) = &smoothed
            && let Some(priced) = price(
                instance,
                groups,
                rules,
                &panels.list,
                weights,
                Search::quick(lifted),
            )?
        {
            let bound = priced.bound - held_worth(&aim.floors, weights);
            if bound.is_finite() && center.as_ref().is_none_or(|(_, b)| bound < *b) {
                center = Some((weights.clone(), bound));
            }
            if worth(&current.weights, groups, &priced.panel) > cap + TOLERANCE {
                clock.smoothed += 1;
                next = Some(priced.panel);
            }
        }
        let panel = match next {
            Some(panel) => panel,
            None => {
                let priced = price(
                    instance,
                    groups,
                    rules,
                    &panels.list,
                    &current.weights,
                    Search::exact(lifted),
                )?;
                let Some(priced) = priced else {
                    return Err(SelectionError::Solver(
                        "the quotas stopped being feasible".into(),
                    ));
                };
                let bound = priced.bound - held_worth(&aim.floors, &current.weights);
                if bound.is_finite() && center.as_ref().is_none_or(|(_, b)| bound < *b) {
                    center = Some((current.weights.clone(), bound));
                }
                if priced.worth <= cap + TOLERANCE || panels.seen.contains(&priced.panel) {
                    // No panel can beat the dual by more than this: the stage's certificate.
                    clock.pricing += started.elapsed();
                    clock.priced += 1;
                    return Ok((current, (priced.bound - cap).max(0.0)));
                }
                priced.panel
            }
        };
        clock.pricing += started.elapsed();
        clock.priced += 1;
        panels.add(panel.clone());
        if let Some(lp) = lp.as_mut() {
            lp.add(groups, &panel);
        }
        if lifted {
            more::more_panels(instance, groups, panels, lp, &current.weights, cap);
        }
        // In LEXIMIN's stages, one panel per master solve: with the simplex kept warm the solve
        // after one new panel is cheap, and more panels found by local search from the
        // lottery's panels, poorer than the pricing search's best, cost more pivots than the
        // solves they save (600 people, panel of 40: 30 s with none, 58 s with 5, 20 or 50 a
        // solve). With smoothing, adding the master's own best panel beside the smoothed one
        // too cut the solves by a third but not the pivots, and the second search cost more
        // (9.2 s to 10.6 s).
    }
}

/// Once the master holds more than three panels a group, keeps the lottery's and as many
/// again of the rest, the heaviest under the master's weights: every pivot passes over every
/// panel, and most of them will never be in the lottery. The others go to the reserve, from
/// which they join again if the weights come to undervalue them. Says whether any went.
fn prune(groups: &[Group], panels: &mut Panels, lp: &mut Revised, weights: &[f64]) -> bool {
    let count = panels.list.len();
    let spare = groups.len() + 1;
    if count <= 3 * spare {
        return false;
    }
    let worths: Vec<f64> = panels
        .list
        .iter()
        .map(|p| worth(weights, groups, p))
        .collect();
    let mut rest: Vec<usize> = (0..count).filter(|&p| !lp.is_basic(p)).collect();
    rest.sort_by(|&a, &b| worths[b].total_cmp(&worths[a]));
    let mut keep = vec![true; count];
    for &p in rest.iter().skip(spare) {
        keep[p] = false;
    }
    let kept = lp.drop_panels(&keep);
    panels.keep(&kept);
    true
}

/// Each group's weight shared among its members: what one person of it is worth to a panel.
fn per_person(weights: &[f64], groups: &[Group]) -> Vec<f64> {
    weights
        .iter()
        .zip(groups)
        .map(|(w, g)| w / g.members.len() as f64)
        .collect()
}

/// The weight of a panel: the chance it gives each group, weighed.
fn worth(weights: &[f64], groups: &[Group], panel: &[usize]) -> f64 {
    panel
        .iter()
        .zip(weights)
        .zip(groups)
        .map(|((&c, w), g)| c as f64 * w / g.members.len() as f64)
        .sum()
}

/// The most any group's chance under the lottery `mix` exceeds its target.
pub fn most_above(groups: &[Group], panels: &[Vec<usize>], mix: &[f64], targets: &[f64]) -> f64 {
    group_chances(groups, panels, mix)
        .iter()
        .zip(targets)
        .map(|(chance, target)| chance - target)
        .fold(f64::NEG_INFINITY, f64::max)
}

/// What the groups' floors weigh: the part of a dual bound they account for.
fn held_worth(floors: &[f64], weights: &[f64]) -> f64 {
    floors.iter().zip(weights).map(|(f, w)| f * w).sum()
}

/// How `price` searches: first by local search from the heaviest panel so far (`local`),
/// then quickly (`nodes`), and on to the end (`exact`) if the quick search neither beat the
/// panels found so far nor proved nothing could.
struct Search {
    local: bool,
    exact: bool,
    nodes: Option<u64>,
}

impl Search {
    /// At a smoothed point any panel that helps will do, and the quick search's bound is
    /// still a true bound, so only the master's own weights need the exact search.
    fn quick(local: bool) -> Search {
        Search {
            local,
            exact: false,
            nodes: QUICK,
        }
    }

    fn exact(local: bool) -> Search {
        Search {
            local,
            exact: true,
            nodes: QUICK,
        }
    }
}

/// The heaviest panel under `weights` (per group), as `search` says. A panel the local search
/// finds that beats every panel so far is taken without the integer program; its bound is
/// unknown (infinite), so it never certifies anything.
fn price(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    panels: &[Vec<usize>],
    weights: &[f64],
    search: Search,
) -> Result<Option<Priced>, SelectionError> {
    let per_person = per_person(weights, groups);
    let hint = panels
        .iter()
        .max_by(|a, b| worth(weights, groups, a).total_cmp(&worth(weights, groups, b)))
        .map(Vec::as_slice);
    let cap = hint.map_or(0.0, |h| worth(weights, groups, h));
    if search.local
        && let Some(hint) = hint
    {
        let panel = improve(instance, groups, &per_person, hint);
        let found = worth(weights, groups, &panel);
        if found > cap + TOLERANCE {
            return Ok(Some(Priced {
                panel,
                worth: found,
                bound: f64::INFINITY,
            }));
        }
    }
    let found = best_panel(instance, groups, &per_person, rules, hint, search.nodes)?;
    match found {
        Some(quick)
            if search.exact && quick.worth <= cap + TOLERANCE && quick.bound > cap + TOLERANCE =>
        {
            best_panel(instance, groups, &per_person, rules, hint, None)
        }
        found => Ok(found),
    }
}

mod aim;
mod more;
mod panels;
mod spread;
#[cfg(test)]
mod tests;

pub use aim::{Aim, Enough};
pub use panels::Panels;
pub use spread::{Toward, Until, spread, warm_start};
