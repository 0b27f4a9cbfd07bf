use withus_selection::files::{FileError, read_pool, read_pool_with_households, read_quotas};

#[test]
fn reads_both_quota_shapes_alike() {
    let new = "feature,value,min,max,min_flex,max_flex\nrole,carer,1,2,0,2\nrole,user,1,3,0,3\n";
    let old = "category,feature,min,max\nrole,carer,1,2\nrole,user,1,3\n";
    let a = read_quotas(new.as_bytes()).unwrap();
    let b = read_quotas(old.as_bytes()).unwrap();
    assert_eq!(a, b);
    assert_eq!(a[0].name, "role");
    assert_eq!(a[0].values[1].name, "user");
    assert_eq!((a[0].values[1].min, a[0].values[1].max), (1, 3));
}

#[test]
fn a_pool_without_ids_is_numbered_and_one_with_ids_keeps_them() {
    let quotas =
        read_quotas("category,feature,min,max\nrole,carer,1,2\nrole,user,1,3\n".as_bytes())
            .unwrap();
    let plain = read_pool("role\ncarer\nuser\n".as_bytes(), quotas.clone(), 2).unwrap();
    assert_eq!(plain.people[1].id, "2");
    let named = read_pool(
        "member_id,name,role\nm7,A,user\nm9,B,carer\n".as_bytes(),
        quotas,
        2,
    )
    .unwrap();
    assert_eq!(named.people[0].id, "m7");
    assert_eq!(named.people[1].values, vec![0]);
    // The id is the column ending in "id", not the first column that is not a quota.
    let later = read_pool(
        "name,member_id,role\nA,m7,user\nB,m9,carer\n".as_bytes(),
        read_quotas("category,feature,min,max\nrole,carer,1,2\nrole,user,1,3\n".as_bytes())
            .unwrap(),
        2,
    )
    .unwrap();
    assert_eq!(later.people[1].id, "m9");
}

#[test]
fn says_where_a_file_is_wrong() {
    let quotas = read_quotas("feature,value,min,max\nrole,carer,one,2\n".as_bytes());
    assert_eq!(
        quotas.unwrap_err().to_string(),
        "quotas file, line 2: min must be a whole number, not \"one\""
    );
    let quotas = read_quotas("feature,value,min,max\nrole,carer,1,2\n".as_bytes()).unwrap();
    let pool = read_pool("id,role\n1,carer\n2,pilot\n".as_bytes(), quotas.clone(), 1);
    assert!(matches!(pool, Err(FileError::UnknownValue { line: 3, .. })));
    let pool = read_pool("id,sex\n1,f\n".as_bytes(), quotas, 1);
    assert_eq!(
        pool.unwrap_err().to_string(),
        "the pool file has no column named \"role\", which the quotas use"
    );
}

#[test]
fn people_sharing_an_address_are_one_household() {
    let quotas = read_quotas("feature,value,min,max\nrole,carer,0,2\n".as_bytes()).unwrap();
    let pool = "id,role,address\na,carer,1 Mill Lane\nb,carer, 1 mill lane\nc,carer,\nd,carer,\n\
                e,carer,2 Mill Lane\n";
    let instance = read_pool_with_households(pool.as_bytes(), quotas, 2, Some("address")).unwrap();
    // Blank addresses share nothing; the same address written differently still matches;
    // someone alone at an address is not a household.
    assert_eq!(instance.households, vec![vec![0, 1]]);
    let result = withus_selection::leximin(&instance).unwrap();
    // At most one of a and b: c and d do better than a and b, and a and b split their chance.
    let p = &result.probabilities;
    assert!((p[0] - p[1]).abs() < 1e-6, "{p:?}");
    assert!(p[0] + p[1] <= 1.0 + 1e-6, "{p:?}");
    let group_of = |i: usize| {
        result
            .groups
            .iter()
            .position(|g| g.members.contains(&i))
            .unwrap()
    };
    let (ga, gb) = (group_of(0), group_of(1));
    for (panel, _) in &result.panels {
        assert!(panel[ga] == 0 || panel[gb] == 0, "{panel:?}");
    }
    for seed in ["one", "two", "three", "four"] {
        let drawn = withus_selection::draw(&instance, &result, seed, 0);
        assert!(!(drawn.panel.contains(&0) && drawn.panel.contains(&1)));
    }
    let quotas = read_quotas("feature,value,min,max\nrole,carer,0,2\n".as_bytes()).unwrap();
    let missing = read_pool_with_households(pool.as_bytes(), quotas, 2, Some("postcode"));
    assert!(missing.is_err());
}
