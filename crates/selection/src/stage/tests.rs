//! Pricing as a stage uses it: the quick search, and the exact search after it only where
//! the master's own weights need the proof.

use super::*;
use crate::draw::SeededStream;
use crate::shapes::{Pool, Quotas, Spec};

#[test]
fn the_exact_search_goes_on_where_the_quick_one_stopped_short() {
    let mut short = 0;
    for seed in 0..8 {
        let shape = Spec {
            people: 120,
            size: 15,
            categories: 5,
            pool: Pool::Volunteers,
            quotas: Quotas::Tight,
            households: seed % 2 == 1,
            seed,
        }
        .build();
        let instance = &shape.instance;
        let groups = instance.groups();
        let all: Vec<usize> = (0..instance.categories.len()).collect();
        let rules = Rules {
            categories: &all,
            households: true,
        };
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
            price(instance, &groups, &rules, &panels, &weights, exact, Some(1))
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
    }
    assert!(short >= 2, "the exact search was needed only {short} times");
}

/// The multiplicative weights stop at the deadline: a caller with a time budget is not
/// overrun by them (18 s of them on the sf_e-sized pool), and without one they run on.
#[test]
fn spreading_stops_at_the_deadline() {
    let shape = Spec {
        people: 120,
        size: 15,
        categories: 5,
        pool: Pool::Volunteers,
        quotas: Quotas::Tight,
        households: false,
        seed: 3,
    }
    .build();
    let instance = &shape.instance;
    let groups = instance.groups();
    let all: Vec<usize> = (0..instance.categories.len()).collect();
    let rules = Rules {
        categories: &all,
        households: true,
    };
    let even = vec![1.0; groups.len()];
    let mut toward = Toward {
        targets: &even,
        rounds: 50,
        until: None,
        deadline: Some(std::time::Instant::now()),
    };
    let mut panels = Panels::default();
    spread(instance, &groups, &rules, &mut panels, &toward).expect("spread");
    assert!(
        panels.list.is_empty(),
        "{} panels after the deadline",
        panels.list.len()
    );
    toward.deadline = None;
    spread(instance, &groups, &rules, &mut panels, &toward).expect("spread");
    assert!(panels.list.len() > 5, "{} panels", panels.list.len());
}
