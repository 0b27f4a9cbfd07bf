//! Personal data: the one map of where a person's data lives (`map`), and the two things that
//! read it: erasure (`erase`) and everything we hold about someone (`export`). Nothing else
//! keeps a list of a person's tables, so the two cannot drift apart from each other or from
//! the schema (a test reads the columns from the database and compares).

mod erase;
mod export;
mod links;
mod map;
mod rows;

pub use erase::erase;
pub use export::{Section, export};
pub use links::Subject;
pub use map::{NOT_PERSONAL, TABLES};

/// How a table's rows are tied to one person.
#[derive(Clone, Copy, Debug)]
pub enum Link {
    /// The row is the person (`people.id`).
    Itself,
    /// The column holds the person's id.
    Person(&'static str),
    /// The column holds the id of the person's sign-in.
    Account(&'static str),
    /// The column holds the id of a row of `parent` that is tied to the person.
    Parent {
        column: &'static str,
        parent: &'static str,
    },
    /// The column holds one of the person's email addresses.
    Address(&'static str),
    /// The column holds the person's id as text (the audit trail's subject).
    Subject(&'static str),
    /// The column is a stored document that holds the person's id among others'.
    Contains(&'static str),
    /// These columns are free text that may name the person.
    Mentions(&'static [&'static str]),
    /// The row's id is listed in `column` of the person's rows of `child` (a contribution
    /// they are named on).
    Listed {
        child: &'static str,
        column: &'static str,
    },
}

/// What happens to the person's rows of a table when they are erased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    /// The rows go.
    Delete,
    /// The rows stay, so counts and the finance record still add up; their columns are
    /// changed as the map says.
    Keep,
}

/// What erasure does to one column of a row that stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Erase {
    /// Left as it is, for the reason given.
    Keep(&'static str),
    /// The row is deleted, and the column with it.
    WithRow,
    /// Set to NULL (the column must allow it).
    Blank,
    /// Set to the empty text (for columns that must hold something).
    Empty,
    /// Replaced by these words, so pages that show it still read.
    Placeholder(&'static str),
    /// Set to false (a yes/no about how to reach them).
    False,
    /// Set to the moment of erasure.
    Now,
    /// The person's id inside the document is replaced by a new, random one: the draw keeps
    /// its result and can be checked again, and nobody can tell who it was.
    Token,
    /// Their names and addresses inside the text are replaced by "someone who has left".
    Names,
    /// The whole text is replaced by these words when it names them (a file of many people).
    WholeIfNamed(&'static str),
}

/// One column the map knows, and what erasure does to it.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub erase: Erase,
}

/// A table that can hold something about one person.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    pub name: &'static str,
    /// Any one of these makes a row the person's.
    pub links: &'static [Link],
    pub rows: Rows,
    /// Every text and file column, and any other column erasure changes.
    pub columns: &'static [Column],
    /// The translation key of what these rows are, in the person's words ("personal-…").
    pub about: &'static str,
    /// Columns never shown in a download: secrets, file bytes, other people's data.
    pub private: &'static [&'static str],
}

/// The map's entry for a table.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// Every text or file column the map knows of a table, personal or not.
pub fn known_columns(table_name: &str) -> Vec<&'static str> {
    if let Some(t) = table(table_name) {
        return t.columns.iter().map(|c| c.name).collect();
    }
    NOT_PERSONAL
        .iter()
        .find(|(name, _, _)| *name == table_name)
        .map(|(_, columns, _)| columns.to_vec())
        .unwrap_or_default()
}

/// Whether the map names the table at all.
pub fn knows_table(table_name: &str) -> bool {
    table(table_name).is_some() || NOT_PERSONAL.iter().any(|(name, _, _)| *name == table_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_comes_before_the_tables_its_rows_are_found_through() {
        for (at, t) in TABLES.iter().enumerate() {
            for link in t.links {
                if let Link::Parent { parent, .. } = link {
                    let parent_at = TABLES.iter().position(|p| p.name == *parent);
                    assert!(
                        parent_at.is_some_and(|p| p > at),
                        "{} before {parent}",
                        t.name
                    );
                }
            }
        }
        let last: Vec<&str> = TABLES.iter().rev().take(2).map(|t| t.name).collect();
        assert_eq!(
            last,
            ["accounts", "people"],
            "the ids other links need go last"
        );
    }

    #[test]
    fn tables_are_named_once_and_deleted_rows_change_nothing_else() {
        let mut names: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
        names.extend(NOT_PERSONAL.iter().map(|(name, _, _)| *name));
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "a table named twice");
        for t in TABLES {
            for c in t.columns {
                let deleted = c.erase == Erase::WithRow;
                assert_eq!(deleted, t.rows == Rows::Delete, "{}.{}", t.name, c.name);
            }
            assert!(t.about.starts_with("personal-"), "{}", t.about);
        }
    }

    #[test]
    fn every_table_is_found_by_its_own_name_and_no_other() {
        for t in TABLES {
            assert_eq!(table(t.name).map(|found| found.name), Some(t.name));
            assert!(knows_table(t.name));
            let names: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
            assert_eq!(known_columns(t.name), names, "{}", t.name);
        }
        for (name, columns, _) in NOT_PERSONAL {
            assert!(table(name).is_none(), "{name} is not personal");
            assert!(knows_table(name));
            assert_eq!(known_columns(name), columns.to_vec(), "{name}");
        }
        assert!(table("no_such_table").is_none());
        assert!(!knows_table("no_such_table"));
        assert!(known_columns("no_such_table").is_empty());
    }
}
