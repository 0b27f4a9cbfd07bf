//! Every sentence people read comes from a Fluent bundle, so Welsh can be added as a second
//! bundle without touching templates. A missing key shows the key itself, and a test checks
//! that every key the templates use exists.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

const ENGLISH: &str = include_str!("../locales/en-GB/withus.ftl");

fn english() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let resource =
            FluentResource::try_new(ENGLISH.to_owned()).unwrap_or_else(|(res, errors)| {
                tracing::error!("errors in the English bundle: {errors:?}");
                res
            });
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("en-GB")]);
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!("duplicate keys in the English bundle: {errors:?}");
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
