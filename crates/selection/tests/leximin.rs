mod support;

use proptest::prelude::*;
use std::time::Duration;
use support::{category, many, pool};
use withus_selection::shapes::{Pool, Quotas, Spec};
use withus_selection::{
    Conflict, SelectionError, Work, draw, leximin, leximin_by_stages, leximin_within,
    replacement_for,
};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn a_symmetric_pool_gives_everyone_k_over_n() {
    let rows = [many(6, &[0]), many(6, &[1])].concat();
    let instance = pool(
        vec![category("role", &[("carer", 2, 3), ("user", 2, 3)])],
        &rows,
        5,
    );
    let result = leximin(&instance).unwrap();
    for p in &result.probabilities {
        assert!(close(*p, 5.0 / 12.0), "{p}");
    }
    assert!(close(result.dual_bound, 5.0 / 12.0));
    // One level: the first stage holds both groups.
    assert_eq!((result.stages, result.complete), (1, true));
}

#[test]
fn a_quota_can_force_someone_in() {
    // One carer and at least one carer on a panel of three: the carer always goes.
    let rows = [many(1, &[0]), many(5, &[1])].concat();
    let instance = pool(
        vec![category("role", &[("carer", 1, 1), ("user", 0, 3)])],
        &rows,
        3,
    );
    let result = leximin(&instance).unwrap();
    assert!(close(result.probabilities[0], 1.0));
    for p in &result.probabilities[1..] {
        assert!(close(*p, 2.0 / 5.0), "{p}");
    }
    assert!(close(result.min_probability, 0.4));
    // Two levels, so two stages: the users at 2/5, then the carer at 1.
    assert_eq!((result.stages, result.complete), (2, true));
}

/// Ten "a"s share one seat; the other seat goes to the one "b" in the north or one of the
/// three in the south. The "a"s are the lowest at 1/10 whatever happens; LEXIMIN then
/// raises the "b"s together, to 1/4 each, where a lottery that stopped at the lowest could
/// leave either side of them at 1/10.
fn two_levels_with_room_above_the_first() -> withus_selection::Instance {
    let rows = [many(10, &[0, 0]), many(1, &[1, 0]), many(3, &[1, 1])].concat();
    pool(
        vec![
            category("role", &[("a", 1, 1), ("b", 1, 1)]),
            category("area", &[("north", 0, 2), ("south", 0, 2)]),
        ],
        &rows,
        2,
    )
}

#[test]
fn the_groups_above_the_lowest_are_raised_together() {
    let result = leximin(&two_levels_with_room_above_the_first()).unwrap();
    let p = &result.probabilities;
    assert!(p[..10].iter().all(|&x| close(x, 0.1)), "{p:?}");
    assert!(p[10..].iter().all(|&x| close(x, 0.25)), "{p:?}");
    assert_eq!((result.stages, result.complete), (2, true));
}

#[test]
fn a_budget_spent_stops_after_the_lowest_chance_and_says_so() {
    let instance = two_levels_with_room_above_the_first();
    let stopped = leximin_within(&instance, Some(Duration::ZERO)).unwrap();
    assert_eq!((stopped.stages, stopped.complete), (1, false));
    assert!(close(stopped.min_probability, 0.1));
    assert!(close(stopped.dual_bound, 0.1));
    let ample = leximin_within(&instance, Some(Duration::from_secs(3_600))).unwrap();
    assert_eq!((ample.stages, ample.complete), (2, true));
}

#[test]
fn everyone_certain_of_a_place_is_settled_in_one_stage() {
    // A carer, an advocate and a trustee, each the only one and each needed: all three go
    // every time, and one stage settles them, not one stage each.
    let rows = [many(1, &[0]), many(1, &[1]), many(1, &[2]), many(5, &[3])].concat();
    let instance = pool(
        vec![category(
            "role",
            &[
                ("carer", 1, 1),
                ("advocate", 1, 1),
                ("trustee", 1, 1),
                ("user", 0, 3),
            ],
        )],
        &rows,
        5,
    );
    let result = leximin(&instance).unwrap();
    let p = &result.probabilities;
    assert!(p[..3].iter().all(|&x| close(x, 1.0)), "{p:?}");
    assert!(p[3..].iter().all(|&x| close(x, 0.4)), "{p:?}");
    assert_eq!((result.stages, result.complete), (2, true));
}

#[test]
fn each_group_shares_the_seats_its_quota_fixes() {
    // Two carers must share one seat (at most one), users fill the rest: carers 1/2 each;
    // the four users share two seats, 1/2 each, and the lone "other" gets a full seat.
    let rows = [many(2, &[0]), many(4, &[1]), many(1, &[2])].concat();
    let instance = pool(
        vec![category(
            "role",
            &[("carer", 1, 1), ("user", 2, 2), ("other", 1, 1)],
        )],
        &rows,
        4,
    );
    let result = leximin(&instance).unwrap();
    let expected = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1.0];
    for (p, e) in result.probabilities.iter().zip(expected) {
        assert!(close(*p, e), "{:?}", result.probabilities);
    }
}

#[test]
fn too_few_in_the_pool_is_explained() {
    let rows = [many(3, &[0]), many(20, &[1])].concat();
    let instance = pool(
        vec![category("role", &[("carer", 4, 6), ("user", 0, 12)])],
        &rows,
        12,
    );
    let Err(SelectionError::Infeasible(conflicts)) = leximin(&instance) else {
        panic!("expected the quotas to be infeasible");
    };
    assert_eq!(
        conflicts[0].to_string(),
        "No panel of 12 can have at least 4 carers: only 3 carers are in the pool"
    );
}

#[test]
fn two_categories_that_cannot_be_met_together_are_named() {
    // Every woman is young and every man is old: three women means at most one old person.
    let rows = [many(4, &[0, 0]), many(4, &[1, 1])].concat();
    let instance = pool(
        vec![
            category("sex", &[("woman", 3, 4), ("man", 0, 4)]),
            category("age", &[("young", 0, 4), ("old", 3, 4)]),
        ],
        &rows,
        4,
    );
    let Err(SelectionError::Infeasible(conflicts)) = leximin(&instance) else {
        panic!("expected a conflict");
    };
    assert_eq!(
        conflicts,
        vec![Conflict::Together {
            first: "sex".into(),
            second: "age".into(),
            size: 4
        }]
    );
    assert!(conflicts[0].to_string().contains("sex and for age"));
}

#[test]
fn minimums_that_add_up_to_more_than_the_panel_are_explained() {
    let rows = [many(5, &[0]), many(5, &[1])].concat();
    let instance = pool(
        vec![category("role", &[("carer", 3, 5), ("user", 3, 5)])],
        &rows,
        5,
    );
    let Err(SelectionError::Infeasible(conflicts)) = leximin(&instance) else {
        panic!("expected a conflict");
    };
    assert!(matches!(
        conflicts[0],
        Conflict::MinimumsTooHigh {
            total: 6,
            size: 5,
            ..
        }
    ));
}

#[test]
fn at_most_one_from_a_household() {
    let rows = many(6, &[0]);
    let mut instance = pool(vec![category("role", &[("carer", 0, 3)])], &rows, 3);
    instance.households = vec![vec![0, 1, 2]];
    let result = leximin(&instance).unwrap();
    for seed in ["a", "b", "c", "d", "e"] {
        let drawn = draw(&instance, &result, seed, 0);
        assert!(drawn.panel.iter().filter(|&&i| i < 3).count() <= 1);
    }
    // The household fills one seat a time between them (1/3 each); the others share the
    // other two seats (2/3 each).
    for p in &result.probabilities[..3] {
        assert!(close(*p, 1.0 / 3.0), "{:?}", result.probabilities);
    }
    for p in &result.probabilities[3..] {
        assert!(close(*p, 2.0 / 3.0), "{:?}", result.probabilities);
    }
}

#[test]
fn the_same_seed_gives_the_same_panel_and_reserves() {
    let rows: Vec<Vec<usize>> = (0..30).map(|i| vec![i % 2, i % 3]).collect();
    let instance = pool(
        vec![
            category("role", &[("carer", 2, 4), ("user", 2, 4)]),
            category("age", &[("young", 1, 3), ("middle", 1, 3), ("old", 1, 3)]),
        ],
        &rows,
        6,
    );
    let result = leximin(&instance).unwrap();
    let first = draw(&instance, &result, "council meeting 3 March", 3);
    let again = draw(
        &instance,
        &leximin(&instance).unwrap(),
        "council meeting 3 March",
        3,
    );
    assert_eq!(first, again);
    let others: Vec<_> = (0..10)
        .map(|n| draw(&instance, &result, &format!("seed {n}"), 3).panel)
        .collect();
    assert!(
        others.iter().any(|p| p != &first.panel),
        "seeds make a difference"
    );
    assert!(first.reserves.len() >= 3);
    assert!(first.irreplaceable.is_empty());
}

#[test]
fn a_reserve_keeps_the_quotas_when_a_member_withdraws() {
    let rows: Vec<Vec<usize>> = (0..20).map(|i| vec![i % 2]).collect();
    let instance = pool(
        vec![category("role", &[("carer", 2, 2), ("user", 2, 2)])],
        &rows,
        4,
    );
    let result = leximin(&instance).unwrap();
    let drawn = draw(&instance, &result, "42", 1);
    for &member in &drawn.panel {
        let reserve = replacement_for(&instance, &drawn.panel, member, &drawn.reserves)
            .expect("someone can step in");
        assert_eq!(
            instance.people[reserve].values,
            instance.people[member].values
        );
    }
    // One carer and one user at least: a single reserve cannot cover both kinds.
    assert!(drawn.reserves.len() >= 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn every_drawn_panel_meets_every_quota(
        kinds in prop::collection::vec((0usize..2, 0usize..3), 8..30),
        size in 2usize..6,
        slack in 0usize..2,
        seed in "[a-z0-9]{1,12}",
    ) {
        let rows: Vec<Vec<usize>> = kinds.iter().map(|&(a, b)| vec![a, b]).collect();
        let instance = pool(
            vec![
                category("role", &[("carer", 1, size - 1 + slack), ("user", 1, size)]),
                category("age", &[("young", 0, size / 2 + slack), ("middle", 0, size), ("old", 0, size)]),
            ],
            &rows,
            size,
        );
        match leximin(&instance) {
            Ok(result) => {
                let total: f64 = result.probabilities.iter().sum();
                prop_assert!((total - size as f64).abs() < 1e-5, "chances add up to the panel size");
                prop_assert!(result.min_probability <= result.dual_bound + 1e-6);
                let drawn = draw(&instance, &result, &seed, 2);
                prop_assert!(instance.satisfies(&drawn.panel));
                for &member in &drawn.panel {
                    if let Some(r) = replacement_for(&instance, &drawn.panel, member, &drawn.reserves) {
                        let swapped: Vec<usize> = drawn.panel.iter().map(|&i| if i == member { r } else { i }).collect();
                        prop_assert!(instance.satisfies(&swapped));
                    }
                }
            }
            Err(SelectionError::Infeasible(conflicts)) => prop_assert!(!conflicts.is_empty()),
            Err(other) => prop_assert!(false, "solver failed: {other}"),
        }
    }
}

/// The work a lottery takes, pinned: the same pool takes the same pivots, master solves and
/// pricing searches on every run, so a change that only makes the solver slower (fewer panels
/// to start from, a poorer pivot rule, a smoothing that no longer helps) fails here and not
/// only in the benchmark. Measured in December 2026; a tenth more fails, and less than half
/// means the figures should be measured again.
#[test]
fn a_mid_sized_lottery_takes_the_work_it_took_when_measured() {
    const MEASURED: Work = Work {
        pivots: 2_649,
        solves: 103,
        searches: 103,
    };
    let shape = Spec {
        people: 150,
        size: 15,
        categories: 5,
        pool: Pool::Volunteers,
        quotas: Quotas::Profile,
        households: false,
        seed: 7,
    }
    .build();
    let within = |now: usize, then: usize| now <= then + then / 10 && now >= then / 2;
    let staged = leximin_by_stages(&shape.instance, None).unwrap();
    let work = staged.work;
    assert!(
        within(work.pivots, MEASURED.pivots)
            && within(work.solves, MEASURED.solves)
            && within(work.searches, MEASURED.searches),
        "by stages: {work:?}, measured {MEASURED:?}"
    );
    // Through the relaxation the panels found by multiplicative weights toward its levels are
    // enough: no pricing search at all, one master solve over the last of them, and one more
    // with t measured against the levels themselves, to bring the group most above its level
    // closer.
    let relaxed = leximin(&shape.instance).unwrap();
    assert!(relaxed.relaxed);
    assert_eq!(
        (relaxed.work.solves, relaxed.work.searches),
        (2, 0),
        "{:?}",
        relaxed.work
    );
    assert!(within(relaxed.work.pivots, 220), "{:?}", relaxed.work);
}

#[test]
fn the_relaxation_holds_each_group_at_the_level_it_cannot_rise_above() {
    let instance = two_levels_with_room_above_the_first();
    let groups = instance.groups();
    let relaxed = withus_selection::relaxed::levels(&instance, &groups).expect("clear levels");
    assert_eq!(relaxed.stages, 2);
    assert!(close(relaxed.lowest, 0.1));
    for (group, level) in groups.iter().zip(&relaxed.levels) {
        let expected = if group.members.contains(&0) {
            0.1
        } else {
            0.25
        };
        assert!(close(*level, expected), "{level} for {:?}", group.members);
    }
    let result = leximin(&instance).unwrap();
    assert!(result.relaxed, "a lottery reaches these levels");
}

/// Three people, any two of whom share a mark that a panel may hold only once, and a fourth
/// with none: every panel of two is the fourth and one of the three. Expected counts alone
/// could give each of the four a half (each pair of the three adds up to one mark), but no
/// lottery can: the three share the fourth's partner's place, a third each.
fn marks_no_two_may_share() -> withus_selection::Instance {
    let marked = |name: &str| category(name, &[("marked", 0, 1), ("plain", 0, 2)]);
    let rows = vec![vec![0, 1, 0], vec![0, 0, 1], vec![1, 0, 0], vec![1, 1, 1]];
    pool(vec![marked("x"), marked("y"), marked("z")], &rows, 2)
}

#[test]
fn levels_no_lottery_reaches_are_left_to_the_stages() {
    let instance = marks_no_two_may_share();
    let groups = instance.groups();
    let relaxed = withus_selection::relaxed::levels(&instance, &groups).expect("clear levels");
    assert!(close(relaxed.lowest, 0.5), "{}", relaxed.lowest);
    let result = leximin(&instance).unwrap();
    assert!(!result.relaxed, "no lottery gives everyone a half");
    let p = &result.probabilities;
    assert!(p[..3].iter().all(|&x| close(x, 1.0 / 3.0)), "{p:?}");
    assert!(close(p[3], 1.0), "{p:?}");
    assert!(close(result.min_probability, result.dual_bound));
}
