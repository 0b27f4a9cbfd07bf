//! Every text key the code and templates ask for exists in the English bundle.

use std::path::Path;

fn keys_in(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            keys_in(&path, found);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for pattern in ["t(\"", "t1(\""] {
            let mut rest = text.as_str();
            while let Some(start) = rest.find(pattern) {
                let after = &rest[start + pattern.len()..];
                if let Some(end) = after.find('"') {
                    let key = &after[..end];
                    let preceded = rest[..start]
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_');
                    if !preceded
                        && !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        found.push(key.to_owned());
                    }
                }
                rest = &rest[start + pattern.len()..];
            }
        }
    }
}

#[test]
fn every_key_used_has_english_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut keys = vec![];
    keys_in(&root.join("src"), &mut keys);
    keys_in(&root.join("templates"), &mut keys);
    assert!(keys.len() > 100, "found only {} keys", keys.len());
    let missing: Vec<_> = keys
        .iter()
        .filter(|k| !withus_web::kit::i18n::has(k))
        .collect();
    assert!(
        missing.is_empty(),
        "missing from locales/en-GB/*.ftl: {missing:?}"
    );
    for role in withus_web::kit::auth::Role::ALL {
        assert!(!role.label().starts_with("role-"), "no label for {role:?}");
    }
}
