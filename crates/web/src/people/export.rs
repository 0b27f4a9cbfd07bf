//! Exporting the register with the columns a coordinator picks, as CSV or a spreadsheet.
//! Cells that a spreadsheet would run as a formula are escaped with a leading apostrophe.
//!
//! The register is read a page at a time in name order (`next_page`), keyed on family name,
//! given name and id, so nobody is skipped or repeated wherever a page ends, and each page
//! becomes rows here; `export_stream` writes them out. An export of any size holds one page.

use std::collections::HashMap;

use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_choice};
use withus_db::sea_orm::{ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder, QuerySelect};

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

/// People read from the database at a time: enough that a page is one round trip among
/// many rows, few enough that memory stays small and the choices' `IN` list stays short.
pub const PAGE_SIZE: u64 = 1000;

/// (person, list) → the values they chose from it.
pub type Choices = HashMap<(Uuid, String), Vec<String>>;

/// A cell a spreadsheet would treat as a formula gets a leading apostrophe, so it stays text.
pub fn escape_formula(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Where a page of people in name order ended: the next page starts after this person.
#[derive(Clone, Debug)]
pub struct After {
    family: String,
    given: String,
    id: Uuid,
}

impl After {
    pub fn of(p: &person::Model) -> Self {
        Self {
            family: p.family_name.clone(),
            given: p.given_name.clone(),
            id: p.id,
        }
    }

    /// People after this one in the order (family name, given name, id). The plain
    /// `family_name >=` lets both databases start from this place in the name index rather
    /// than walk it from the beginning.
    pub fn condition(&self) -> Condition {
        use person::Column::{FamilyName, GivenName, Id};
        let same_given_later_id = Condition::all()
            .add(GivenName.eq(self.given.clone()))
            .add(Id.gt(self.id));
        let same_family_later = Condition::all()
            .add(FamilyName.eq(self.family.clone()))
            .add(
                Condition::any()
                    .add(GivenName.gt(self.given.clone()))
                    .add(same_given_later_id),
            );
        Condition::all()
            .add(FamilyName.gte(self.family.clone()))
            .add(
                Condition::any()
                    .add(FamilyName.gt(self.family.clone()))
                    .add(same_family_later),
            )
    }
}

/// One page of the register in name order, with its people's choices.
pub struct Page {
    pub people: Vec<person::Model>,
    pub choices: Choices,
    /// Where the next page starts; none when this page was the last.
    pub next: Option<After>,
}

/// The page of the register that follows `after` (the first page when none).
pub async fn next_page(scope: &OrgScope, after: Option<&After>) -> Result<Page, DbErr> {
    let mut query = scope.find::<person::Entity>();
    if let Some(after) = after {
        query = query.filter(after.condition());
    }
    let people = query
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .order_by_asc(person::Column::Id)
        .limit(PAGE_SIZE)
        .all(scope.db())
        .await?;
    let mut choices = Choices::new();
    if !people.is_empty() {
        for choice in scope
            .find::<person_choice::Entity>()
            .filter(person_choice::Column::PersonId.is_in(people.iter().map(|p| p.id)))
            .all(scope.db())
            .await?
        {
            choices
                .entry((choice.person_id, choice.list))
                .or_default()
                .push(choice.value);
        }
    }
    let next = if people.len() as u64 == PAGE_SIZE {
        people.last().map(After::of)
    } else {
        None
    };
    Ok(Page {
        people,
        choices,
        next,
    })
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
