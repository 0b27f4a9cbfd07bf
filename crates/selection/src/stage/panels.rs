//! The panels found so far: those in the master, and a reserve of panels found but kept out
//! of it until the master's weights say they would help.

use std::collections::HashSet;

/// How many panels of the reserve join the master at once, at most, as a share of the
/// groups (see `Panels::take`).
const BATCH: f64 = 0.25;

#[derive(Default)]
pub struct Panels {
    /// The master's columns, in its order.
    pub list: Vec<Vec<usize>>,
    /// The panels in `list`.
    pub seen: HashSet<Vec<usize>>,
    /// Panels found but not in the master. Each pivot of the master passes over every
    /// column, so thousands of panels from the multiplicative weights made one pivot cost as
    /// much as its factorisation; from the reserve only the panels the master's weights
    /// undervalue join it, a batch at a time (sifting).
    pub reserve: Vec<Vec<(usize, usize)>>,
}

impl Panels {
    /// Keeps the panels for which `keep` is true; the others go to the reserve.
    pub fn keep(&mut self, keep: &[bool]) {
        let mut p = 0;
        let seen = &mut self.seen;
        let reserve = &mut self.reserve;
        self.list.retain(|panel| {
            p += 1;
            if !keep[p - 1] {
                seen.remove(panel);
                reserve.push(sparse(panel));
            }
            keep[p - 1]
        });
    }

    pub fn add(&mut self, panel: Vec<usize>) -> bool {
        if self.seen.insert(panel.clone()) {
            self.list.push(panel);
            true
        } else {
            false
        }
    }

    /// Before a master is built over them: all but the last `most` panels go to the reserve
    /// (the last found by the multiplicative weights are the nearest their targets).
    pub fn set_aside(&mut self, most: usize) {
        if self.list.len() > most {
            let early = self.list.len() - most;
            for panel in self.list.drain(..early) {
                self.seen.remove(&panel);
                self.reserve.push(sparse(&panel));
            }
        }
    }

    /// Moves to the master the panels of the reserve worth more than `cap` at `value` (the
    /// master's weight of each group over its size), the heaviest first, at most a batch;
    /// returns them in the order added. Nothing means no panel of the reserve would help the
    /// master as it is.
    pub fn take(&mut self, value: &[f64], cap: f64) -> Vec<Vec<usize>> {
        let mut over: Vec<(usize, f64)> = self
            .reserve
            .iter()
            .enumerate()
            .map(|(i, panel)| (i, panel.iter().map(|&(g, c)| c as f64 * value[g]).sum()))
            .filter(|&(_, w)| w > cap)
            .collect();
        let most = ((value.len() as f64 * BATCH).ceil() as usize).max(1);
        over.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        over.truncate(most);
        let mut picked = vec![false; self.reserve.len()];
        for &(i, _) in &over {
            picked[i] = true;
        }
        let taken: Vec<Vec<usize>> = over
            .iter()
            .map(|&(i, _)| dense(&self.reserve[i], value.len()))
            .collect();
        let mut i = 0;
        self.reserve.retain(|_| {
            i += 1;
            !picked[i - 1]
        });
        // A panel found again since it went to the reserve is in the master already, and
        // joins once: the master's columns follow `list`.
        taken
            .into_iter()
            .filter(|panel| self.add(panel.clone()))
            .collect()
    }
}

/// A panel as (group, count) for each group it takes anyone from: panels take a few of many
/// groups, and the reserve is read whole at every master solve.
fn sparse(panel: &[usize]) -> Vec<(usize, usize)> {
    panel
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c > 0)
        .map(|(g, &c)| (g, c))
        .collect()
}

fn dense(panel: &[(usize, usize)], groups: usize) -> Vec<usize> {
    let mut counts = vec![0; groups];
    for &(g, c) in panel {
        counts[g] = c;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Eight groups, so a batch is two panels; panel `i` takes one from group `i`.
    fn one_each(count: usize) -> Panels {
        let mut panels = Panels::default();
        for i in 0..count {
            let mut panel = vec![0; 8];
            panel[i] = 1;
            panels.add(panel);
        }
        panels
    }

    #[test]
    fn setting_aside_keeps_the_last_panels_in_the_master() {
        let mut panels = one_each(5);
        panels.set_aside(2);
        assert_eq!(
            panels.list,
            vec![one_each(5).list[3].clone(), one_each(5).list[4].clone()]
        );
        assert_eq!(panels.seen.len(), 2);
        assert_eq!(panels.reserve.len(), 3);
        assert_eq!(panels.reserve[0], vec![(0, 1)]);
        panels.set_aside(2);
        assert_eq!(panels.reserve.len(), 3);
    }

    #[test]
    fn the_heaviest_panels_over_the_cap_join_a_batch_at_a_time() {
        let mut panels = one_each(6);
        panels.set_aside(1);
        // Reserve: groups 0 to 4. Worth 0.1, 0.5, 0.9, 0.7, 0.3 against a cap of 0.2.
        let value = [0.1, 0.5, 0.9, 0.7, 0.3, 0.0, 0.0, 0.0];
        let taken = panels.take(&value, 0.2);
        let single = |g: usize| one_each(6).list[g].clone();
        assert_eq!(taken, vec![single(2), single(3)]);
        assert_eq!(panels.list, vec![single(5), single(2), single(3)]);
        assert!(panels.seen.contains(&single(3)));
        assert_eq!(
            panels.reserve,
            vec![vec![(0, 1)], vec![(1, 1)], vec![(4, 1)]]
        );
        assert_eq!(panels.take(&value, 0.2), vec![single(1), single(4)]);
        assert!(panels.take(&value, 0.2).is_empty());
        assert_eq!(panels.reserve, vec![vec![(0, 1)]]);
    }

    #[test]
    fn a_panel_found_again_joins_the_master_once() {
        let mut panels = one_each(3);
        panels.set_aside(1);
        let first = one_each(3).list[0].clone();
        assert!(panels.add(first.clone()));
        let value = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
        assert!(panels.take(&value, 0.5).is_empty());
        assert_eq!(panels.list.iter().filter(|p| **p == first).count(), 1);
        assert_eq!(panels.reserve, vec![vec![(1, 1)]]);
    }

    #[test]
    fn panels_dropped_from_the_master_go_to_the_reserve() {
        let mut panels = one_each(3);
        panels.keep(&[true, false, true]);
        assert_eq!(panels.list.len(), 2);
        assert!(!panels.seen.contains(&one_each(3).list[1]));
        assert_eq!(panels.reserve, vec![vec![(1, 1)]]);
    }
}
