//! Exporting the register with the columns a coordinator picks, as CSV or a spreadsheet.
//! Cells that a spreadsheet would run as a formula are escaped with a leading apostrophe.

use std::collections::HashMap;

use uuid::Uuid;
use withus_db::entities::person;

use super::views::display_name;
use super::vocab::{self, Vocab};
use crate::i18n::t;

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

fn joined(list: Vocab, values: Option<&Vec<String>>) -> String {
    let values = values.cloned().unwrap_or_default();
    list.iter()
        .filter(|(v, _)| values.iter().any(|c| c == v))
        .map(|(_, key)| t(key))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The heading row and one row per person, already escaped.
pub fn table(
    people: &[person::Model],
    choices: &HashMap<(Uuid, String), Vec<String>>,
    columns: &[String],
) -> Vec<Vec<String>> {
    let wanted: Vec<&(&str, &str)> = COLUMNS
        .iter()
        .filter(|(c, _)| columns.iter().any(|w| w == c))
        .collect();
    let mut rows = vec![wanted.iter().map(|(_, key)| t(key)).collect()];
    for p in people {
        let chosen = |list: &str| choices.get(&(p.id, list.to_owned()));
        let cells = wanted.iter().map(|(column, _)| {
            let value = match *column {
                "given_name" if p.erased_at.is_some() => display_name(p),
                "given_name" => p.given_name.clone(),
                "family_name" => p.family_name.clone(),
                "preferred_name" => p.preferred_name.clone().unwrap_or_default(),
                "pronouns" => p.pronouns.clone().unwrap_or_default(),
                "email" => p.email.clone().unwrap_or_default(),
                "phone" => p.phone.clone().unwrap_or_default(),
                "postcode" => p.postcode.clone().unwrap_or_default(),
                "involvement_role" => vocab::label(vocab::INVOLVEMENT_ROLES, &p.involvement_role),
                "status" => vocab::label(vocab::STATUSES, &p.status),
                "ways" => joined(vocab::WAYS, chosen("way")),
                "topics" => joined(vocab::TOPICS, chosen("topic")),
                "access_needs" => joined(vocab::ACCESS_NEEDS, chosen("access_need")),
                "access_notes" => p.access_notes.clone().unwrap_or_default(),
                _ => vocab::label(vocab::PAID_PREFERENCES, &p.paid_preference),
            };
            escape_formula(&value)
        });
        rows.push(cells.collect());
    }
    rows
}

pub fn to_csv(rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(vec![]);
    for row in rows {
        writer.write_record(row).map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

pub fn to_xlsx(rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            // Written as text, never as a formula, whatever the cell starts with.
            let written = if r == 0 {
                sheet.write_string_with_format(r, c, cell, &bold)
            } else {
                sheet.write_string(r, c, cell)
            };
            written.map_err(|e| e.to_string())?;
        }
    }
    book.save_to_buffer().map_err(|e| e.to_string())
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
        let xlsx = to_xlsx(&rows).unwrap();
        assert_eq!(&xlsx[..2], b"PK", "an xlsx file is a zip");
    }
}
