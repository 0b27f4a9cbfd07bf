//! Every sentence people read comes from a Fluent bundle, so Welsh can be added as a second
//! bundle without touching templates. A missing key shows the key itself, and a test checks
//! that every key the templates use exists.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// The English text: `common.ftl` for words more than one feature uses, and one file per
/// feature folder for the rest, all loaded into one bundle. A file added to `locales/en-GB`
/// must be listed here too; a test below checks that.
const ENGLISH: &[(&str, &str)] = &[
    ("common.ftl", include_str!("../../locales/en-GB/common.ftl")),
    (
        "account.ftl",
        include_str!("../../locales/en-GB/account.ftl"),
    ),
    ("admin.ftl", include_str!("../../locales/en-GB/admin.ftl")),
    (
        "assessment.ftl",
        include_str!("../../locales/en-GB/assessment.ftl"),
    ),
    (
        "equality.ftl",
        include_str!("../../locales/en-GB/equality.ftl"),
    ),
    (
        "glossary.ftl",
        include_str!("../../locales/en-GB/glossary.ftl"),
    ),
    ("groups.ftl", include_str!("../../locales/en-GB/groups.ftl")),
    ("home.ftl", include_str!("../../locales/en-GB/home.ftl")),
    ("impact.ftl", include_str!("../../locales/en-GB/impact.ftl")),
    ("me.ftl", include_str!("../../locales/en-GB/me.ftl")),
    (
        "meetings.ftl",
        include_str!("../../locales/en-GB/meetings.ftl"),
    ),
    (
        "opportunities.ftl",
        include_str!("../../locales/en-GB/opportunities.ftl"),
    ),
    ("pages.ftl", include_str!("../../locales/en-GB/pages.ftl")),
    (
        "payments.ftl",
        include_str!("../../locales/en-GB/payments.ftl"),
    ),
    ("people.ftl", include_str!("../../locales/en-GB/people.ftl")),
    (
        "platform.ftl",
        include_str!("../../locales/en-GB/platform.ftl"),
    ),
    (
        "reports.ftl",
        include_str!("../../locales/en-GB/reports.ftl"),
    ),
    (
        "sign_in.ftl",
        include_str!("../../locales/en-GB/sign_in.ftl"),
    ),
    (
        "support.ftl",
        include_str!("../../locales/en-GB/support.ftl"),
    ),
];

fn english() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("en-GB")]);
        bundle.set_use_isolating(false);
        for &(file, text) in ENGLISH {
            let resource =
                FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, errors)| {
                    tracing::error!("errors in the English bundle, {file}: {errors:?}");
                    res
                });
            if let Err(errors) = bundle.add_resource(resource) {
                tracing::error!("duplicate keys in the English bundle, {file}: {errors:?}");
            }
        }
        bundle
    })
}

/// The English text for `key`.
pub fn t(key: &str) -> String {
    t_args(key, &[])
}

/// The English text for `key`, with named arguments.
pub fn t_args(key: &str, args: &[(&str, &str)]) -> String {
    let bundle = english();
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        tracing::warn!("missing translation {key}");
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        // Numbers go in as numbers so plural forms ("1 person", "2 people") are chosen right.
        match value.parse::<i64>() {
            Ok(number) => fluent_args.set(*name, number),
            Err(_) => fluent_args.set(*name, value.to_string()),
        }
    }
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    text.into_owned()
}

/// Whether the bundle has `key`; used by the test that checks templates.
pub fn has(key: &str) -> bool {
    english().has_message(key)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use super::{ENGLISH, FluentBundle, FluentResource};

    const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en-GB");

    /// The ids of the messages and terms in `text`. `fluent-syntax` is not a dependency of this
    /// crate, so this looks for lines that start with `id =`, as every entry does.
    fn ids(text: &str) -> impl Iterator<Item = &str> {
        text.lines().filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let mut chars = id.strip_prefix('-').unwrap_or(id).chars();
            let first = chars.next()?;
            (first.is_ascii_alphabetic()
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then_some(id)
        })
    }

    #[test]
    fn every_english_file_is_loaded_and_nothing_else() {
        let on_disk: BTreeSet<String> = std::fs::read_dir(DIR)
            .expect("read locales/en-GB")
            .map(|entry| entry.expect("read locales/en-GB").file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        let listed: BTreeSet<String> = ENGLISH.iter().map(|&(file, _)| file.to_owned()).collect();
        assert_eq!(
            listed.len(),
            ENGLISH.len(),
            "a file is listed twice in ENGLISH"
        );
        assert_eq!(
            on_disk, listed,
            "ENGLISH in kit/i18n.rs must list every .ftl file in locales/en-GB, and only those"
        );
        for &(file, text) in ENGLISH {
            let read = std::fs::read_to_string(Path::new(DIR).join(file)).expect("read .ftl");
            assert_eq!(read, text, "{file} in ENGLISH includes a different file");
        }
    }

    #[test]
    fn every_english_file_parses_and_no_key_is_in_two_files() {
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("en-GB")]);
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        let mut twice = vec![];
        for &(file, text) in ENGLISH {
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(resource) => resource,
                Err((_, errors)) => panic!("{file} has Fluent syntax errors: {errors:?}"),
            };
            for id in ids(text) {
                if let Some(first) = seen.insert(id, file) {
                    twice.push(format!("{id} is in {first} and {file}"));
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                twice.push(format!("{file}: {errors:?}"));
            }
        }
        assert!(twice.is_empty(), "keys in more than one place: {twice:#?}");
        assert!(seen.len() > 1000, "found only {} keys", seen.len());
    }
}
