//! Presence tables checked cell by cell: where each answer goes, what each row shows, and
//! where the "under-represented" flag starts and stops.

use super::*;

fn person(sex: &str, ethnic: &str) -> Answers {
    Answers {
        sex: Some(sex.into()),
        ethnic_group: Some(ethnic.into()),
        age_band: Some("45_64".into()),
        ..Answers::default()
    }
}

fn population(category: &str) -> Vec<(String, f64)> {
    match category {
        "sex" => vec![("Female".into(), 51.0), ("Male".into(), 49.0)],
        "ethnic_group" => vec![
            ("Asian, Asian British or Asian Welsh".into(), 10.0),
            (
                "Black, Black British, Black Welsh, Caribbean or African".into(),
                4.0,
            ),
            ("Mixed or Multiple ethnic groups".into(), 3.0),
            ("White".into(), 81.0),
            ("Other ethnic group".into(), 2.0),
        ],
        _ => Vec::new(),
    }
}

#[test]
fn groups_with_too_few_people_are_flagged() {
    // 30 people: 24 women, 6 men; 29 White, 1 Asian.
    let mut people: Vec<Answers> = (0..24).map(|_| person("female", "white_british")).collect();
    people.extend((0..5).map(|_| person("male", "white_irish")));
    people.push(person("male", "asian_indian"));
    let tables = compare(&people, &population, 5);
    let sex = &tables[1];
    assert_eq!(sex.category, "sex");
    assert_eq!(sex.rows[0].count, Shown::Count(24));
    // Everyone answered: shown beside 24 and the total, 6 would say the two hidden
    // "none" exactly, so it is withheld with them.
    assert_eq!(sex.rows[1].count, Shown::Withheld);
    // 20% men against 49%: the flag bounds the withheld count (5 to 11), and beside the
    // two hidden "fewer than 5" of 6 it could still be 5 or 6.
    assert!(sex.rows[1].under, "20% men against 49%");
    assert_eq!(sex.rows[0].share, None, "24 at 80% would say 30 answered");
    assert!(!sex.rows[0].under);
    let ethnic = &tables[4];
    // Asian: 1 of 30 against 10% (3 expected): flagged, and its count hidden.
    assert!(ethnic.rows[0].under);
    assert_eq!(ethnic.rows[0].count, Shown::FewerThan);
    assert_eq!(
        ethnic.rows[0].share, None,
        "a hidden count has no share either"
    );
    // Black: 0 of 30 against 4% (1.2 expected) is under, but the flag would say "fewer
    // than 0.96", which is none: it is not shown. Other: 2% (0.6): too few to tell.
    assert!(!ethnic.rows[1].under);
    assert!(!ethnic.rows[4].under);
    assert_eq!(ethnic.total, Shown::Count(30));
    // 30 − 29 White leaves one person among six hidden groups: none can be worked out.
    assert_eq!(ethnic.rows[3].count, Shown::Count(29));
    let flagged = |t: &Table| t.under_represented().collect::<Vec<_>>();
    assert_eq!(flagged(sex), ["Male"]);
    assert_eq!(flagged(ethnic), ["Asian, Asian British or Asian Welsh"]);
}

#[test]
fn children_are_left_out_and_choices_not_to_say_are_counted_apart() {
    let people = vec![
        Answers {
            age_band: Some("0_15".into()),
            ..Answers::default()
        },
        Answers {
            age_band: Some(PREFER_NOT.into()),
            ..Answers::default()
        },
        Answers::default(),
    ];
    let age = &compare(&people, &population, 0)[0];
    let counts: Vec<Shown> = age.rows.iter().map(|r| r.count).collect();
    assert_eq!(counts[6], Shown::Count(1), "prefer not to say");
    assert_eq!(counts[7], Shown::Count(1), "not answered");
    assert_eq!(age.total, Shown::Count(2), "the child is not compared");
    assert_eq!(counts[..6], [Shown::Count(0); 6]);
    // Nobody answered, so there is no share to give, not even of nothing.
    assert!(age.rows.iter().all(|r| r.share.is_none()), "{age:?}");
}

#[test]
fn disability_follows_the_harmonised_standard() {
    let with = |ltc: &str, impact: Option<&str>| Answers {
        long_term_condition: Some(ltc.into()),
        condition_impact: impact.map(Into::into),
        ..Answers::default()
    };
    assert_eq!(disability(&with("yes", Some("a_little"))), Placed::Group(0));
    assert_eq!(
        disability(&with("yes", Some("not_at_all"))),
        Placed::Group(1)
    );
    assert_eq!(disability(&with("no", None)), Placed::Group(1));
    assert_eq!(disability(&with("yes", None)), Placed::NotAnswered);
    assert_eq!(disability(&with(PREFER_NOT, None)), Placed::PreferNot);
}

fn answer(key: &str, value: Option<&str>) -> Answers {
    let value = value.map(String::from);
    let mut a = Answers::default();
    match key {
        "age" => a.age_band = value,
        "sex" => a.sex = value,
        "gender_identity" => a.gender_same_as_birth = value,
        "sexual_orientation" => a.sexual_orientation = value,
        "ethnic_group" => a.ethnic_group = value,
        "religion" => a.religion = value,
        "unpaid_care" => a.unpaid_care = value,
        other => panic!("no question for {other}"),
    }
    a
}

fn category(key: &str) -> &'static Category {
    CATEGORIES.iter().find(|c| c.key == key).unwrap()
}

/// Each answer of the question behind `key` goes where `values` says; "prefer not to say",
/// no answer and an answer the census does not know go apart.
fn places(key: &str, values: &[(&str, Placed)]) {
    let place = category(key).place;
    for &(value, placed) in values {
        assert_eq!(place(&answer(key, Some(value))), placed, "{key} {value}");
    }
    assert_eq!(
        place(&answer(key, Some(PREFER_NOT))),
        Placed::PreferNot,
        "{key}"
    );
    assert_eq!(place(&answer(key, None)), Placed::NotAnswered, "{key}");
    let unknown = answer(key, Some("unheard_of"));
    assert_eq!(place(&unknown), Placed::NotAnswered, "{key}");
}

#[test]
fn each_answer_goes_to_its_census_group() {
    use Placed::{Group, Outside, PreferNot};
    places(
        "age",
        &[
            ("16_24", Group(0)),
            ("25_44", Group(1)),
            ("45_64", Group(2)),
            ("65_74", Group(3)),
            ("75_84", Group(4)),
            ("85_plus", Group(5)),
            ("0_15", Outside),
        ],
    );
    places("sex", &[("female", Group(0)), ("male", Group(1))]);
    places("gender_identity", &[("yes", Group(0)), ("no", Group(1))]);
    places(
        "sexual_orientation",
        &[
            ("straight", Group(0)),
            ("gay_lesbian", Group(1)),
            ("bisexual", Group(2)),
            ("other", Group(3)),
        ],
    );
    places(
        "ethnic_group",
        &[
            ("asian_indian", Group(0)),
            ("black_african", Group(1)),
            ("mixed_white_asian", Group(2)),
            ("white_british", Group(3)),
            ("other_arab", Group(4)),
        ],
    );
    places(
        "religion",
        &[
            ("none", Group(0)),
            ("christian", Group(1)),
            ("buddhist", Group(2)),
            ("hindu", Group(3)),
            ("jewish", Group(4)),
            ("muslim", Group(5)),
            ("sikh", Group(6)),
            ("other", Group(7)),
        ],
    );
    places(
        "unpaid_care",
        &[
            ("no", Group(0)),
            ("9_or_less", Group(1)),
            ("10_19", Group(1)),
            ("20_34", Group(2)),
            ("35_49", Group(2)),
            ("50_plus", Group(3)),
        ],
    );
    let with = |ltc: &str, impact: &str| Answers {
        long_term_condition: Some(ltc.into()),
        condition_impact: Some(impact.into()),
        ..Answers::default()
    };
    let disabled = (category("disability").place)(&with("yes", "a_lot"));
    assert_eq!(disabled, Group(0));
    assert_eq!(disability(&with("yes", PREFER_NOT)), PreferNot);
    assert_eq!(disability(&with("no", PREFER_NOT)), Group(1));
}

/// `female`, `male`, "prefer not to say" and unanswered, in that order.
fn sexes(counts: [usize; 4]) -> Vec<Answers> {
    let answers = [Some("female"), Some("male"), Some(PREFER_NOT), None];
    counts
        .iter()
        .zip(answers)
        .flat_map(|(&n, sex)| (0..n).map(move |_| answer("sex", sex)))
        .collect()
}

fn sex_table(counts: [usize; 4], weights: &[(&str, f64)], threshold: u64) -> Table {
    let weights: Vec<(String, f64)> = weights.iter().map(|&(g, w)| (g.into(), w)).collect();
    table(category("sex"), &sexes(counts), &weights, threshold)
}

fn row(label: &'static str, count: Shown, share: Option<f64>, population: Option<f64>) -> Row {
    Row {
        label,
        count,
        share,
        population,
        under: false,
    }
}

#[test]
fn with_every_group_shown_each_has_its_share_against_the_census() {
    // 12 and 18 of the 30 who answered; 1 chose not to say and 2 were not asked. The
    // population's "Not answered" is not a census group and is not compared.
    let weights = [("Female", 51.0), ("Male", 49.0), ("Not answered", 10.0)];
    let t = sex_table([12, 18, 1, 2], &weights, 5);
    let female = Row {
        under: true, // 40% against 51%: under 80% of it (40.8%)
        ..row("Female", Shown::Count(12), Some(12.0 / 30.0), Some(0.51))
    };
    let expected = Table {
        category: "sex",
        rows: vec![
            female,
            row("Male", Shown::Count(18), Some(18.0 / 30.0), Some(0.49)),
            row(PREFER_NOT_LABEL, Shown::FewerThan, None, None),
            row(NOT_ANSWERED_LABEL, Shown::FewerThan, None, None),
        ],
        total: Shown::Count(33),
    };
    assert_eq!(t, expected);
    assert_eq!(t.under_represented().collect::<Vec<_>>(), ["Female"]);
}

#[test]
fn a_population_of_no_weight_gives_no_shares() {
    let t = sex_table([12, 18, 1, 2], &[("Female", 0.0), ("Male", 0.0)], 5);
    assert!(
        t.rows.iter().all(|r| r.population.is_none() && !r.under),
        "{t:?}"
    );
    assert_eq!(t.rows[0].share, Some(0.4));
}

#[test]
fn under_means_under_four_fifths_of_the_census_share_with_one_expected() {
    let flagged = |counts, weights: &[(&str, f64)]| {
        let t = sex_table(counts, weights, 0);
        t.under_represented().collect::<Vec<_>>()
    };
    let quarter = [("Female", 25.0), ("Male", 75.0)];
    let tenth = [("Female", 90.0), ("Male", 10.0)];
    // 20% against 25%: exactly four fifths, not under; 80% against 75% is over.
    assert!(flagged([2, 8, 0, 0], &quarter).is_empty());
    assert_eq!(flagged([1, 9, 0, 0], &quarter), ["Female"]);
    // No men of 10 against 10%: one man expected, so flagged; of 9, 0.9 expected: not.
    assert_eq!(flagged([10, 0, 0, 0], &tenth), ["Male"]);
    assert!(flagged([9, 0, 0, 0], &tenth).is_empty());
}

#[test]
fn a_flag_stays_on_a_hidden_count_only_while_it_leaves_doubt() {
    // No men of 30, all hidden with the 30 women ("withheld"). Against 10%, "fewer than 2.4"
    // still leaves them 0 to 2 of the 0 to 8 unaccounted for.
    let t = sex_table([30, 0, 0, 0], &[("Female", 90.0), ("Male", 10.0)], 5);
    let counts: Vec<Shown> = t.rows.iter().map(|r| r.count).collect();
    assert_eq!(
        counts,
        [
            Shown::Withheld,
            Shown::FewerThan,
            Shown::FewerThan,
            Shown::FewerThan
        ]
    );
    assert_eq!(t.total, Shown::Count(30));
    assert_eq!(t.under_represented().collect::<Vec<_>>(), ["Male"]);
    // Against 4%, the flag would say "fewer than 0.96": none. It goes.
    let t = sex_table([30, 0, 0, 0], &[("Female", 96.0), ("Male", 4.0)], 5);
    assert_eq!(t.rows[1].count, Shown::FewerThan);
    assert!(t.rows.iter().all(|r| !r.under), "{t:?}");
}

#[test]
fn two_hidden_counts_at_their_most_take_the_smallest_group_with_them() {
    // Beside the known total of 58, "fewer than 5" twice could only be 4 and 4 once the
    // groups are shown: Asian (6), the smallest group, is withheld with them.
    let mut people = Vec::new();
    for (n, ethnic) in [
        (6, Some("asian_indian")),
        (7, Some("black_african")),
        (8, Some("mixed_white_asian")),
        (20, Some("white_british")),
        (9, Some("other_arab")),
        (4, Some(PREFER_NOT)),
        (4, None),
    ] {
        people.extend((0..n).map(|_| answer("ethnic_group", ethnic)));
    }
    let t = table(category("ethnic_group"), &people, &[], 5);
    let counts: Vec<Shown> = t.rows.iter().map(|r| r.count).collect();
    assert_eq!(
        counts,
        [
            Shown::Withheld,
            Shown::Count(7),
            Shown::Count(8),
            Shown::Count(20),
            Shown::Count(9),
            Shown::FewerThan,
            Shown::FewerThan
        ]
    );
    assert_eq!(t.total, Shown::Count(58));
    let nothing_else = |r: &Row| r.share.is_none() && r.population.is_none() && !r.under;
    assert!(t.rows.iter().all(nothing_else), "{t:?}");
}
