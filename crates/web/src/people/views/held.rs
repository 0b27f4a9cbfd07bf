//! Everything we hold about one person as a page: a heading for each part of the map, a
//! summary list for each row.

use chrono::Utc;
use serde_json::Value;
use uuid::Uuid;
use withus_db::personal::Section;

use crate::kit::components::{SummaryList, render};
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::{Sections, heading_m, paragraph};

/// "access_needs" as "Access needs".
fn label(column: &str) -> String {
    let words = column.replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A stored value as a reader would want it: times in UK time, nothing for ids (links between
/// records, meaningless on a page) and empty boxes.
fn shown(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Bool(true) => Some(t("yes")),
        Value::Bool(false) => Some(t("no")),
        Value::String(text) if text.is_empty() || Uuid::parse_str(text).is_ok() => None,
        Value::String(text) => Some(
            chrono::DateTime::parse_from_rfc3339(text)
                .map(|at| crate::kit::dates::london(at.with_timezone(&Utc)))
                .unwrap_or_else(|_| text.clone()),
        ),
        other => Some(other.to_string()),
    }
}

/// The same rows as a page: a heading for each part, a summary list for each row, ids left
/// out because they mean nothing to a reader (the download keeps them).
pub fn page(mut sections_page: Sections, sections: &[Section], download: &str) -> Sections {
    sections_page = sections_page.block(crate::kit::sections::link(download, &t("held-download")));
    if sections.is_empty() {
        return sections_page.paragraph(&t("held-nothing"));
    }
    for section in sections {
        let count = section.rows.len().to_string();
        sections_page = sections_page
            .block(heading_m(&t(section.about), section.table))
            .block(paragraph(&t_args("held-count", &[("count", &count)])));
        for row in &section.rows {
            let list = row
                .iter()
                .filter(|(column, _)| *column != "id" && !column.ends_with("_id"))
                .filter_map(|(column, value)| shown(value).map(|v| (label(column), v)))
                .fold(SummaryList::default(), |list, (key, value)| {
                    list.row(key, value)
                });
            sections_page = sections_page.block(render(&list));
        }
    }
    sections_page
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn labels_read_as_words() {
        assert_eq!(label("access_needs"), "Access needs");
        assert_eq!(label("note"), "Note");
        assert_eq!(label(""), "");
    }

    #[test]
    fn empty_values_are_left_out() {
        assert_eq!(shown(&Value::Null), None);
        assert_eq!(shown(&json!("")), None);
        assert_eq!(shown(&json!("x")), Some("x".into()));
        assert_eq!(shown(&json!(3)), Some("3".into()));
    }
}
