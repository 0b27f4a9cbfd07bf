//! Exporting the register with the columns a coordinator picks, as CSV or a spreadsheet.
//! Cells that a spreadsheet would run as a formula are escaped with a leading apostrophe.
//!
//! The register is read a page at a time in name order (`queries::next_page`), keyed on family
//! name, given name and id, so nobody is skipped or repeated wherever a page ends, and each
//! page becomes rows here; `export_stream` writes them out. An export of any size holds one page.

use std::collections::HashMap;

use withus_db::entities::person;

use super::queries::Choices;
use super::views::display_name;
use crate::kit::i18n::t;
use crate::kit::vocab::{self, Vocab};

/// (column, heading key) in the order they appear in the file.
pub const COLUMNS: &[(&str, &str)] = &[
    ("given_name", "field-given-name"),
    ("family_name", "field-family-name"),
    ("preferred_name", "field-preferred-name"),
    ("pronouns", "field-pronouns"),
    ("email", "field-email"),
    ("phone", "field-phone"),
    ("postcode", "field-postcode"),
    ("involvement_role", "field-involvement-role"),
    ("status", "field-status"),
    ("ways", "field-ways"),
    ("topics", "field-topics"),
    ("access_needs", "field-access-needs"),
    ("access_notes", "field-access-notes"),
    ("paid_preference", "field-paid-preference"),
];

pub const DEFAULT_COLUMNS: &[&str] = &[
    "given_name",
    "family_name",
    "email",
    "involvement_role",
    "status",
];

/// A cell a spreadsheet would treat as a formula gets a leading apostrophe, so it stays text.
pub fn escape_formula(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The columns chosen, in the file's order, with every word their cells can hold translated
/// once for the whole export rather than once a cell.
pub struct Layout {
    wanted: Vec<(&'static str, &'static str)>,
    words: HashMap<&'static str, String>,
}

impl Layout {
    /// Unknown column names are ignored; with none known, the default columns.
    pub fn new(columns: &[String]) -> Self {
        let mut wanted: Vec<(&'static str, &'static str)> = COLUMNS
            .iter()
            .filter(|(c, _)| columns.iter().any(|w| w == c))
            .copied()
            .collect();
        if wanted.is_empty() {
            wanted = COLUMNS
                .iter()
                .filter(|(c, _)| DEFAULT_COLUMNS.contains(c))
                .copied()
                .collect();
        }
        let lists = [
            vocab::INVOLVEMENT_ROLES,
            vocab::STATUSES,
            vocab::WAYS,
            vocab::TOPICS,
            vocab::ACCESS_NEEDS,
            vocab::PAID_PREFERENCES,
        ];
        let words = lists
            .iter()
            .flat_map(|list| list.iter())
            .map(|(_, key)| (*key, t(key)))
            .collect();
        Self { wanted, words }
    }

    pub fn heading(&self) -> Vec<String> {
        self.wanted.iter().map(|(_, key)| t(key)).collect()
    }

    fn word(&self, key: &str) -> String {
        self.words.get(key).cloned().unwrap_or_else(|| t(key))
    }

    fn label(&self, list: Vocab, value: &str) -> String {
        list.iter()
            .find(|(v, _)| *v == value)
            .map(|(_, key)| self.word(key))
            .unwrap_or_else(|| value.to_owned())
    }

    /// The chosen values in the list's own order, whatever order the database gave them in.
    fn joined(&self, list: Vocab, values: Option<&Vec<String>>) -> String {
        let Some(values) = values else {
            return String::new();
        };
        list.iter()
            .filter(|(v, _)| values.iter().any(|c| c == v))
            .map(|(_, key)| self.word(key))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// One person's row, already escaped.
    pub fn row(&self, p: &person::Model, choices: &Choices) -> Vec<String> {
        let chosen = |list: &str| choices.get(&(p.id, list.to_owned()));
        self.wanted
            .iter()
            .map(|(column, _)| {
                let value = match *column {
                    "given_name" if p.erased_at.is_some() => display_name(p),
                    "given_name" => p.given_name.clone(),
                    "family_name" => p.family_name.clone(),
                    "preferred_name" => p.preferred_name.clone().unwrap_or_default(),
                    "pronouns" => p.pronouns.clone().unwrap_or_default(),
                    "email" => p.email.clone().unwrap_or_default(),
                    "phone" => p.phone.clone().unwrap_or_default(),
                    "postcode" => p.postcode.clone().unwrap_or_default(),
                    "involvement_role" => self.label(vocab::INVOLVEMENT_ROLES, &p.involvement_role),
                    "status" => self.label(vocab::STATUSES, &p.status),
                    "ways" => self.joined(vocab::WAYS, chosen("way")),
                    "topics" => self.joined(vocab::TOPICS, chosen("topic")),
                    "access_needs" => self.joined(vocab::ACCESS_NEEDS, chosen("access_need")),
                    "access_notes" => p.access_notes.clone().unwrap_or_default(),
                    _ => self.label(vocab::PAID_PREFERENCES, &p.paid_preference),
                };
                escape_formula(&value)
            })
            .collect()
    }
}

/// Rows as CSV; a page's worth at a time, so the file is these pieces one after another.
pub fn to_csv(rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(vec![]);
    for row in rows {
        writer.write_record(row).map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(
            escape_formula("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(escape_formula("+44 7700 900123"), "'+44 7700 900123");
        assert_eq!(escape_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(escape_formula("Jo"), "Jo");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let rows = vec![
            vec!["Name".to_owned()],
            vec!["Bennett, Jo \"JB\"".to_owned()],
        ];
        let csv = String::from_utf8(to_csv(&rows).unwrap()).unwrap();
        assert_eq!(csv, "Name\n\"Bennett, Jo \"\"JB\"\"\"\n");
    }

    #[test]
    fn columns_keep_the_file_order_and_unknown_ones_are_ignored() {
        let asked = ["email", "nonsense", "given_name"].map(String::from);
        let layout = Layout::new(&asked);
        assert_eq!(layout.heading().len(), 2);
        assert_eq!(
            layout.wanted[0].0, "given_name",
            "the file's order, not the asked"
        );
        let none = Layout::new(&["nonsense".to_owned()]);
        assert_eq!(none.wanted.len(), DEFAULT_COLUMNS.len());
    }
}
