//! The map of personal data against the schema the migrations really build: a new text or
//! file column that the map does not list fails here, on both databases.

use std::collections::BTreeMap;

use withus_db::personal::{self, Erase, Link, NOT_PERSONAL, TABLES};
use withus_db::sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use crate::both_databases;
use crate::harness::TestApp;

/// A column as the database describes it.
#[derive(Debug)]
pub struct DbColumn {
    pub name: String,
    /// Holds text or file bytes (ids, times and dates are not counted, whatever SQLite calls them).
    pub text: bool,
    pub nullable: bool,
}

/// Every table and its columns, read from the database itself.
pub async fn schema(db: &impl ConnectionTrait) -> BTreeMap<String, Vec<DbColumn>> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DatabaseBackend::Sqlite => {
            "SELECT m.name AS t, p.name AS c, lower(p.type) AS ty, p.\"notnull\" = 0 AS nullable \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
        }
        _ => {
            "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS ty, \
             is_nullable = 'YES' AS nullable FROM information_schema.columns \
             WHERE table_schema = current_schema()"
        }
    };
    let rows = db
        .query_all_raw(Statement::from_string(backend, sql))
        .await
        .expect("read the schema");
    let mut tables: BTreeMap<String, Vec<DbColumn>> = BTreeMap::new();
    for row in rows {
        let table: String = row.try_get("", "t").expect("table");
        let name: String = row.try_get("", "c").expect("column");
        let ty: String = row.try_get("", "ty").expect("type");
        let nullable: bool = row.try_get("", "nullable").expect("nullable");
        if table == "seaql_migrations" {
            continue;
        }
        let text = is_text(&ty);
        tables.entry(table).or_default().push(DbColumn {
            name,
            text,
            nullable,
        });
    }
    tables
}

/// Text and bytes on either database; SQLite's declared types for ids and times end in
/// "_text" but hold no one's words.
fn is_text(ty: &str) -> bool {
    let ty = ty.to_ascii_lowercase();
    let not_words = ["uuid", "date", "time", "timestamp"]
        .iter()
        .any(|prefix| ty.starts_with(prefix));
    !not_words
        && ["text", "char", "clob", "blob", "bytea", "json", "string"]
            .iter()
            .any(|kind| ty.contains(kind))
}

both_databases!(
    every_text_and_file_column_is_on_the_map_of_personal_data,
    map_matches_schema
);
async fn map_matches_schema(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let tables = schema(&app.state.db).await;
    assert!(tables.len() > 50, "the schema was read: {}", tables.len());
    let mut missing = Vec::new();
    for (table, columns) in &tables {
        if !personal::knows_table(table) {
            missing.push(format!("table {table}"));
        }
        let known = personal::known_columns(table);
        for c in columns.iter().filter(|c| c.text) {
            if !known.contains(&c.name.as_str()) {
                missing.push(format!("{table}.{}", c.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not on the map of personal data (crates/db/src/personal/map.rs): {missing:?}"
    );

    // And nothing on the map that the schema does not have, or that erasure could not do.
    let column = |table: &str, name: &str| {
        tables
            .get(table)
            .and_then(|cs| cs.iter().find(|c| c.name == name))
            .unwrap_or_else(|| panic!("the map names {table}.{name}, which does not exist"))
    };
    for (table, columns, _) in NOT_PERSONAL {
        for name in *columns {
            column(table, name);
        }
    }
    for t in TABLES {
        column(t.name, "organisation_id");
        for c in t.columns {
            let db_column = column(t.name, c.name);
            match c.erase {
                Erase::Blank => {
                    assert!(db_column.nullable, "{}.{} is not nullable", t.name, c.name)
                }
                Erase::Empty | Erase::Placeholder(_) | Erase::Token | Erase::Names => {
                    assert!(db_column.text, "{}.{} holds no text", t.name, c.name)
                }
                _ => {}
            }
        }
        for link in t.links {
            match *link {
                Link::Person(c)
                | Link::Account(c)
                | Link::Address(c)
                | Link::Subject(c)
                | Link::Contains(c)
                | Link::Parent { column: c, .. } => {
                    column(t.name, c);
                }
                Link::Mentions(cs) => cs.iter().for_each(|c| {
                    column(t.name, c);
                }),
                Link::Itself => {
                    column(t.name, "id");
                }
                Link::Listed { child, column: c } => {
                    column(child, c);
                }
            }
        }
    }
}
