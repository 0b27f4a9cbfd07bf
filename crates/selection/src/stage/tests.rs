//! Pricing as a stage uses it: the quick search, and the exact search after it only where
//! the master's own weights need the proof.

use super::*;
use crate::draw::SeededStream;
use crate::shapes::{Pool, Quotas, Spec};
use crate::testing::Built;

#[test]
fn the_exact_search_goes_on_where_the_quick_one_stopped_short() {
    let (mut short, mut local) = (0, 0);
    for seed in 0..8 {
        let pool = Built::from(Spec {
            people: 120,
            size: 15,
            categories: 5,
            pool: Pool::Volunteers,
            quotas: Quotas::Tight,
            households: seed % 2 == 1,
            seed,
        });
        let (instance, rules, shape) = (pool.instance(), pool.rules(), &pool.shape);
        let groups = pool.groups.clone();
        let mut stream = SeededStream::new(&shape.name);
        let mut random = || -> Vec<f64> { groups.iter().map(|_| stream.unit()).collect() };
        let per_person = |w: &[f64]| -> Vec<f64> {
            w.iter()
                .zip(&groups)
                .map(|(w, g)| w / g.members.len() as f64)
                .collect()
        };
        // A panel found so far: the best at other weights.
        let found = best_panel(
            instance,
            &groups,
            &per_person(&random()),
            &rules,
            None,
            None,
        )
        .expect("searched")
        .expect("feasible")
        .panel;
        let weights = random();
        let hint = Some(found.as_slice());
        let search = |limit| {
            best_panel(
                instance,
                &groups,
                &per_person(&weights),
                &rules,
                hint,
                limit,
            )
            .expect("searched")
            .expect("feasible")
        };
        let (quick, best) = (search(Some(1)), search(None));
        let panels = [found.clone()];
        let priced = |exact| {
            let search = Search {
                local: false,
                exact,
                nodes: Some(1),
            };
            price(instance, &groups, &rules, &panels, &weights, search)
                .expect("searched")
                .expect("feasible")
        };
        let at = &shape.name;
        let cap = worth(&weights, &groups, &found);
        if quick.worth > cap + TOLERANCE {
            assert_eq!(
                priced(true).panel,
                quick.panel,
                "{at}: a panel that beats those found is enough"
            );
        } else {
            assert!(
                (priced(true).worth - best.worth).abs() < 1e-9,
                "{at}: the master's weights get the heaviest panel"
            );
            short += usize::from(best.worth > cap + 1e-9);
        }
        assert_eq!(
            priced(false).panel,
            quick.panel,
            "{at}: a smoothed point takes what the quick search found"
        );
        let local_first = |panels: &[Vec<usize>]| {
            let search = Search {
                local: true,
                exact: true,
                nodes: Some(1),
            };
            price(instance, &groups, &rules, panels, &weights, search)
                .expect("searched")
                .expect("feasible")
        };
        let first = local_first(&panels);
        assert!(
            first.bound.is_finite() || first.worth > cap + TOLERANCE,
            "{at}: only a panel that beats every one found is taken unproved"
        );
        let swapped = improve(instance, &groups, &per_person(&weights), &found);
        if worth(&weights, &groups, &swapped) > cap + TOLERANCE {
            assert_eq!(first.panel, swapped, "{at}: the local search's panel");
            assert_eq!(first.bound, f64::INFINITY, "{at}: it proves nothing");
            local += 1;
        } else {
            assert_eq!(
                first.panel,
                priced(true).panel,
                "{at}: then the exact search"
            );
        }
        // From the heaviest panel of all, the local search finds nothing better, and the
        // answer is the exact search's, with its bound.
        let again = local_first(std::slice::from_ref(&best.panel));
        assert!(again.bound.is_finite(), "{at}: proved from the best panel");
    }
    assert!(short >= 2, "the exact search was needed only {short} times");
    assert!(
        local >= 2,
        "the local search found a panel only {local} times"
    );
}

/// The multiplicative weights stop at the deadline: a caller with a time budget is not
/// overrun by them (18 s of them on the sf_e-sized pool), and without one they run on.
#[test]
fn spreading_stops_at_the_deadline() {
    let pool = Built::volunteers(120, 15, 5, Quotas::Tight, 3);
    let (instance, groups, rules) = (pool.instance(), &pool.groups, pool.rules());
    let even = vec![1.0; groups.len()];
    let mut toward = Toward {
        targets: &even,
        rounds: 50,
        until: None,
        deadline: Some(std::time::Instant::now()),
    };
    let mut panels = Panels::default();
    spread(instance, groups, &rules, &mut panels, &toward).expect("spread");
    assert!(
        panels.list.is_empty(),
        "{} panels after the deadline",
        panels.list.len()
    );
    toward.deadline = None;
    spread(instance, groups, &rules, &mut panels, &toward).expect("spread");
    assert!(panels.list.len() > 5, "{} panels", panels.list.len());
}

/// Once most rounds have needed the exact search (the local search is stuck, as under quotas
/// that leave no swap), the rounds stop at the lower share: each costs as much as twenty.
#[test]
fn stuck_rounds_stop_at_the_lower_share() {
    let rounds_until = |quotas: Quotas, stuck_share: f64| {
        let pool = Built::volunteers(200, 20, 6, quotas, 0);
        let (instance, groups, rules) = (pool.instance(), &pool.groups, pool.rules());
        let even = vec![1.0; groups.len()];
        let toward = Toward {
            targets: &even,
            rounds: 60,
            until: Some(Until {
                share: 2.0,
                stuck_share,
            }),
            deadline: None,
        };
        let mut panels = Panels::default();
        let exact = spread(instance, groups, &rules, &mut panels, &toward).expect("spread");
        (panels.list.len(), exact)
    };
    let (all, exact) = rounds_until(Quotas::Barely, 2.0);
    assert!(2 * exact > all && all > 20, "{exact} of {all} rounds exact");
    let (stopped, _) = rounds_until(Quotas::Barely, 0.0);
    assert!(stopped <= 3, "stuck, yet {stopped} rounds");
    let (free, exact) = rounds_until(Quotas::Loose, 0.0);
    assert!(
        2 * exact < free && free > 20,
        "{exact} of {free} rounds exact"
    );
}

/// Toward the relaxation's levels, the rounds stop once the even lottery over their panels
/// gives every group its share of its level, and not long after: long before the cap.
#[test]
fn spreading_stops_once_every_group_has_its_share() {
    let pool = Built::volunteers(200, 20, 5, Quotas::Profile, 1);
    let (instance, groups, rules) = (pool.instance(), &pool.groups, pool.rules());
    let levels = crate::relaxed::levels(instance, groups)
        .expect("clear levels")
        .levels;
    let share = 0.9;
    let toward = Toward {
        targets: &levels,
        rounds: 5_000,
        until: Some(Until {
            share,
            stuck_share: share,
        }),
        deadline: None,
    };
    let mut panels = Panels::default();
    spread(instance, groups, &rules, &mut panels, &toward).expect("spread");
    let rounds = panels.list.len();
    assert!(rounds < 2_000, "{rounds} rounds");
    for (g, group) in groups.iter().enumerate() {
        let got: f64 = panels.list.iter().map(|p| p[g] as f64).sum::<f64>()
            / (rounds as f64 * group.members.len() as f64);
        assert!(
            got >= share * levels[g] - 1e-9,
            "group {g}: {got} of {}",
            levels[g]
        );
    }
}

#[test]
fn the_warm_start_adds_diverse_panels_only_when_the_weights_have_not_found_as_many() {
    let pool = Built::volunteers(120, 15, 4, Quotas::Profile, 3);
    let (instance, rules) = (pool.instance(), pool.rules());
    let mut panels = Panels::default();
    warm_start(instance, &pool.groups, &rules, &mut panels).expect("warm start");
    let found = panels.list.len();
    assert!(
        found > 20,
        "only {found} diverse panels from an empty start"
    );
    // A reserve as large as the rounds it would take: nothing more.
    let rounds = pool.groups.len().clamp(100, 500);
    let mut plenty = Panels::default();
    plenty.add(panels.list[0].clone());
    plenty.reserve = vec![Vec::new(); rounds - 1];
    warm_start(instance, &pool.groups, &rules, &mut plenty).expect("warm start");
    assert_eq!(plenty.list.len(), 1);
    let mut fewer = Panels::default();
    fewer.add(panels.list[0].clone());
    fewer.reserve = vec![Vec::new(); rounds - 2];
    warm_start(instance, &pool.groups, &rules, &mut fewer).expect("warm start");
    assert!(fewer.list.len() > 1);
}
