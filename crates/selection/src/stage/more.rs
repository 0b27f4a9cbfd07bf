//! More panels a solve for the search for a lottery that reaches targets.

use super::{Panels, TOLERANCE, per_person, worth};
use crate::instance::{Group, Instance};
use crate::local::improve;
use crate::revised::Revised;

/// How many more panels the search for targets looks for beside each one priced.
const MORE: usize = 8;

/// In the search for a lottery that reaches targets, beside the panel priced: a local search
/// from each of `MORE` panels of the lottery (spread over it in the order of their worth), each
/// panel it finds that beats the cap joining the master. That search's last few hundred solves
/// each raised t by about 1e-7 with one panel; measured while another benchmark shared the
/// machine, on 2,000 people with panels of 200: 252 master solves and 100 s with none, 97 and
/// 71 s with 8, 54 and 67 s with 16; the second sf_e shape 36 s to 31 s with 8. Measured
/// again on another machine once the simplex refined its values, with none and with 8: the
/// second draw of 2,000 / 200 238 solves and 67 s to 38 and 44 s, but the first 272 solves
/// and 44 s to 259 and 55 s (its tail of solves one panel each came back, at t 0.9999962).
/// Kept for the second draw; on the first the local searches cost more than they saved.
pub(super) fn more_panels(
    instance: &Instance,
    groups: &[Group],
    panels: &mut Panels,
    lp: &mut Option<Revised>,
    weights: &[f64],
    cap: f64,
) {
    let per_person = per_person(weights, groups);
    let worths: Vec<f64> = panels
        .list
        .iter()
        .map(|p| worth(weights, groups, p))
        .collect();
    let mut order: Vec<usize> = (0..panels.list.len()).collect();
    order.sort_by(|&a, &b| worths[b].total_cmp(&worths[a]));
    let in_lottery = worths.iter().filter(|&&w| w >= cap - TOLERANCE).count();
    let step = (in_lottery / MORE).max(1);
    let starts: Vec<Vec<usize>> = order
        .iter()
        .step_by(step)
        .take(MORE)
        .map(|&p| panels.list[p].clone())
        .collect();
    for start in starts {
        let found = improve(instance, groups, &per_person, &start);
        if worth(weights, groups, &found) > cap + TOLERANCE
            && panels.add(found.clone())
            && let Some(lp) = lp.as_mut()
        {
            lp.add(groups, &found);
        }
    }
}
