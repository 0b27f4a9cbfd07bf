//! The local search checked from outside: whatever it returns is a panel (group sizes, quotas
//! and households, by `Instance::satisfies`), no lighter than where it started, and no single
//! swap the rules allow would make it heavier.

use super::*;
use crate::draw::SeededStream;
use crate::pricing::{QUICK, best_panel};
use crate::shapes::{Pool, Quotas, Spec};
use crate::testing::Built;

/// The people a panel of group counts takes: the first members of each group.
fn people_of(groups: &[Group], panel: &[usize]) -> Vec<usize> {
    groups
        .iter()
        .zip(panel)
        .flat_map(|(g, &n)| g.members.iter().take(n).copied())
        .collect()
}

fn is_panel(instance: &Instance, groups: &[Group], panel: &[usize]) -> bool {
    panel.iter().zip(groups).all(|(&n, g)| n <= g.members.len())
        && instance.satisfies(&people_of(groups, panel))
}

fn weight(weights: &[f64], panel: &[usize]) -> f64 {
    weights.iter().zip(panel).map(|(w, &n)| w * n as f64).sum()
}

/// Improves `rounds` panels, each found by the exact search at random weights, at other
/// random weights; returns how many of them the search moved.
fn check(spec: &Spec, rounds: usize) -> usize {
    let pool = Built::from(spec.clone());
    let (instance, rules, shape) = (pool.instance(), pool.rules(), &pool.shape);
    let groups = pool.groups.clone();
    let mut stream = SeededStream::new(&shape.name);
    let mut random = || -> Vec<f64> { groups.iter().map(|_| stream.unit()).collect() };
    let mut moved = 0;
    for round in 0..rounds {
        let start = best_panel(instance, &groups, &random(), &rules, None, QUICK)
            .expect("the search runs")
            .expect("the shape is feasible")
            .panel;
        let weights = random();
        let better = improve(instance, &groups, &weights, &start);
        let at = format!("{}, round {round}", shape.name);
        assert!(is_panel(instance, &groups, &better), "{at}: {better:?}");
        assert!(
            weight(&weights, &better) >= weight(&weights, &start) - 1e-12,
            "{at}: lighter than the start"
        );
        for out in (0..groups.len()).filter(|&g| better[g] > 0) {
            for into in 0..groups.len() {
                if into == out || weights[into] - weights[out] <= 1e-9 {
                    continue;
                }
                let mut swapped = better.clone();
                swapped[out] -= 1;
                swapped[into] += 1;
                assert!(
                    !is_panel(instance, &groups, &swapped),
                    "{at}: one from group {out} to group {into} is allowed and gains"
                );
            }
        }
        moved += usize::from(better != start);
    }
    moved
}

fn spec(categories: usize, quotas: Quotas, households: bool, seed: u64) -> Spec {
    Spec {
        people: 60,
        size: 12,
        categories,
        pool: if seed.is_multiple_of(2) {
            Pool::Volunteers
        } else {
            Pool::Even
        },
        quotas,
        households,
        seed,
    }
}

#[test]
fn the_search_ends_at_a_panel_no_allowed_swap_improves() {
    let mut moved = 0;
    for (i, categories) in (2..=8).enumerate() {
        let quotas = [Quotas::Profile, Quotas::Loose, Quotas::Tight][i % 3];
        moved += check(&spec(categories, quotas, i % 2 == 1, i as u64), 6);
    }
    assert!(moved > 20, "the search moved only {moved} of 42 panels");
}

#[test]
fn more_categories_than_fit_in_a_word_take_the_plain_check() {
    for (seed, households) in [(1, false), (2, true)] {
        let spec = spec(9, Quotas::Loose, households, seed);
        let shape = spec.build();
        assert!(pack(&shape.instance, &shape.instance.groups()).is_none());
        assert!(
            check(&spec, 6) > 2,
            "{}: the search never moved",
            shape.name
        );
    }
}

#[test]
fn a_partner_of_someone_on_the_panel_can_only_come_in_their_place() {
    let shape = spec(3, Quotas::Loose, true, 4).build();
    let instance = &shape.instance;
    let groups = instance.groups();
    let household_of = households(instance, &groups);
    let [a, b] = instance.households[0][..] else {
        panic!("households of two")
    };
    let group_of = |i: usize| groups.iter().position(|g| g.members == [i]);
    let (Some(a), Some(b)) = (group_of(a), group_of(b)) else {
        panic!("people in households are groups of their own")
    };
    let mut panel = vec![0; groups.len()];
    panel[a] = 1;
    let other = (0..groups.len())
        .find(|&g| g != a && g != b)
        .expect("more groups");
    panel[other] = 1;
    assert!(clashes(&household_of, &panel, other, b));
    assert!(!clashes(&household_of, &panel, a, b));
    assert!(!clashes(&household_of, &panel, a, other));
}
#[test]
fn the_packed_check_agrees_with_the_plain_one() {
    let pool = Built::volunteers(200, 20, 6, Quotas::Tight, 3);
    let (instance, groups) = (pool.instance(), pool.groups.clone());
    let packed = pack(instance, &groups).expect("six categories fit");
    let panel: Vec<usize> = (0..groups.len())
        .map(|g| if g < instance.size { 1 + g % 2 } else { 0 })
        .collect();
    let order: Vec<usize> = (0..groups.len()).collect();
    let tally = Tally::new(instance, &groups, &panel, &order, true);
    let (leave, enter, counts) = (&tally.leave, &tally.enter, &tally.counts);
    let mut differ = 0;
    for out in 0..groups.len() {
        for into in 0..groups.len() {
            let quick =
                nonzero_bytes(packed[out] ^ packed[into]) & !(leave[out] & enter[into]) == 0;
            let plain = swappable(instance, &groups, counts, out, into);
            assert_eq!(quick, plain, "{out} -> {into}");
            differ += usize::from(quick);
        }
    }
    assert!(
        differ > groups.len(),
        "some swaps are allowed besides staying put"
    );
}

/// Random allowed swaps, on quotas far apart and close together: after each, the masks kept
/// up to date must be the masks worked out afresh. Both kinds of crossing must happen on their
/// own (a count leaving its minimum, a count reaching its maximum), or a test on quotas one
/// apart would let either check stand in for the other.
#[test]
fn masks_kept_up_swap_by_swap_are_the_masks_worked_out_afresh() {
    let (mut only_leave, mut only_enter) = (0, 0);
    for quotas in [Quotas::Tight, Quotas::Loose, Quotas::Profile] {
        let pool = Built::volunteers(300, 30, 5, quotas, 4);
        let (instance, rules, shape) = (pool.instance(), pool.rules(), &pool.shape);
        let groups = pool.groups.clone();
        let weights = vec![1.0; groups.len()];
        let mut panel = best_panel(instance, &groups, &weights, &rules, None, QUICK)
            .expect("the search runs")
            .expect("the shape is feasible")
            .panel;
        let order: Vec<usize> = (0..groups.len()).collect();
        let mut tally = Tally::new(instance, &groups, &panel, &order, true);
        let mut stream = SeededStream::new(&shape.name);
        let mut swaps = 0;
        for _ in 0..100_000 {
            if swaps == 200 {
                break;
            }
            let pick = |stream: &mut SeededStream| (stream.unit() * groups.len() as f64) as usize;
            let (out, into) = (pick(&mut stream), pick(&mut stream));
            if out == into
                || panel[out] == 0
                || panel[into] == groups[into].members.len()
                || !swappable(instance, &groups, &tally.counts, out, into)
            {
                continue;
            }
            let (leave, enter) = (tally.leave.clone(), tally.enter.clone());
            panel[out] -= 1;
            panel[into] += 1;
            tally.swap(instance, &groups, out, into);
            let fresh = Tally::new(instance, &groups, &panel, &order, true);
            let at = format!("{}, swap {swaps}", shape.name);
            assert_eq!(tally.counts, fresh.counts, "{at}");
            assert_eq!(tally.leave, fresh.leave, "{at}: leave");
            assert_eq!(tally.enter, fresh.enter, "{at}: enter");
            let (left, entered) = (leave != tally.leave, enter != tally.enter);
            only_leave += usize::from(left && !entered);
            only_enter += usize::from(entered && !left);
            swaps += 1;
        }
        assert_eq!(swaps, 200, "{}: too few swaps allowed", shape.name);
    }
    assert!(
        only_leave > 5 && only_enter > 5,
        "{only_leave} swaps crossed a minimum alone, {only_enter} a maximum alone"
    );
}

#[test]
fn every_byte_that_is_not_zero_is_marked_whatever_its_bits() {
    // Bytes with only the high bit, only low bits, and both (a value of 128 or more).
    let x = u64::from_le_bytes([0x00, 0x01, 0x7f, 0x80, 0x81, 0xff, 0x00, 0x40]);
    let marked = u64::from_le_bytes([0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x80]);
    assert_eq!(nonzero_bytes(x), marked);
    assert_eq!(nonzero_bytes(0), 0);
    assert_eq!(nonzero_bytes(u64::MAX), 0x8080_8080_8080_8080);
}
