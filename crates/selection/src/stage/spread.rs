//! Panels to start from, found by multiplicative weights: diverse ones for LEXIMIN's first
//! stage, or ones toward given chances for the search that reaches the relaxation's levels.

use super::Panels;
use crate::SelectionError;
use crate::instance::{Group, Instance};
use crate::local::improve;
use crate::pricing::{QUICK, Rules, best_panel};

/// Diverse first panels: repeatedly take the heaviest panel, then lighten the people on it
/// (multiplicative weights), so the first stage starts close to its answer.
pub fn warm_start(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    panels: &mut Panels,
) -> Result<(), SelectionError> {
    // Each master re-solve after adding one panel refactorises the basis, so many panels up
    // front (one solve) beat finding them one at a time: a round per group, up to 500, cut
    // the first stage to a third at 2,000 people. More make the first solve the slow part.
    let rounds = groups.len().clamp(100, 500);
    // After a search for the relaxation's levels that gave up, the panels it and its weights
    // found (in the master or its reserve) take the rounds' place. Where the local search is
    // stuck every round is an integer program: on two barely feasible 1,000-person pools, 500
    // rounds more took 34 s and 83 s and saved the first stage less than that (complete
    // LEXIMIN 54 s to 28 to 31 s, 131 s to 85 s, with the drifting rows of `Revised::solve`
    // mended too).
    if panels.list.len() + panels.reserve.len() >= rounds {
        return Ok(());
    }
    let even = vec![1.0; groups.len()];
    let toward = Toward {
        targets: &even,
        rounds,
        until: None,
        deadline: None,
    };
    spread(instance, groups, rules, panels, &toward).map(|_| ())
}

/// Where `spread` heads and when it stops: the chance to aim at for each group, at most
/// `rounds` rounds, and (with `until`) once the rounds' panels, each equally likely, give
/// every group a share of its target (`Until`), or at `deadline`.
pub struct Toward<'a> {
    pub targets: &'a [f64],
    pub rounds: usize,
    pub until: Option<Until>,
    pub deadline: Option<std::time::Instant>,
}

/// The share of its target every group must get before the rounds stop: `share`, or
/// `stuck_share` once most rounds so far needed the exact search (the local search was stuck),
/// which makes a round cost as much as twenty.
#[derive(Clone, Copy)]
pub struct Until {
    pub share: f64,
    pub stuck_share: f64,
}

/// Multiplicative weights toward given chances (`Toward`): take the heaviest panel, lighten
/// each group by its share of it measured against its target (a group that needs less is
/// satisfied sooner), until panels repeat or `Toward` says stop. Returns in how many rounds
/// the local search was stuck and the exact search took over.
pub fn spread(
    instance: &Instance,
    groups: &[Group],
    rules: &Rules,
    panels: &mut Panels,
    toward: &Toward,
) -> Result<usize, SelectionError> {
    let Toward {
        targets,
        rounds,
        until,
        deadline,
    } = *toward;
    let lowest = targets
        .iter()
        .copied()
        .filter(|&t| t > 0.0)
        .fold(f64::INFINITY, f64::min);
    let mut weights: Vec<f64> = vec![1.0; groups.len()];
    let (mut repeats, mut exact) = (0, 0);
    // The lottery of every round's panel, each equally likely: what each group has got of it.
    let mut got = vec![0.0; groups.len()];
    for round in 0..rounds {
        if deadline.is_some_and(|deadline| std::time::Instant::now() > deadline) {
            break;
        }
        if let Some(until) = until
            && round > 0
        {
            let enough = if 2 * exact > round {
                until.stuck_share
            } else {
                until.share
            };
            if (0..groups.len())
                .filter(|&g| targets[g] > 0.0)
                .all(|g| got[g] / round as f64 >= enough * targets[g])
            {
                break;
            }
        }
        let per_person: Vec<f64> = weights
            .iter()
            .zip(groups)
            .map(|(w, g)| w / g.members.len() as f64)
            .collect();
        let mut panel = panels
            .list
            .last()
            .map(|last| improve(instance, groups, &per_person, last));
        if panel.as_ref().is_none_or(|p| panels.seen.contains(p)) {
            // The local search is stuck where quotas leave few moves: ask the exact search.
            exact += usize::from(panel.is_some());
            match best_panel(
                instance,
                groups,
                &per_person,
                rules,
                panel.as_deref(),
                QUICK,
            )? {
                Some(priced) => panel = Some(priced.panel),
                // No panel meets the quotas (a panel found before says they can be met).
                None => break,
            }
        }
        let Some(panel) = panel else { break };
        for (g, &c) in panel.iter().enumerate() {
            let share = c as f64 / groups[g].members.len() as f64;
            got[g] += share;
            if targets[g] > 0.0 {
                weights[g] *= 0.8f64.powf(share * lowest / targets[g]);
            }
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
    Ok(exact)
}
