//! Every text and file column of every table, read straight from the database, and the
//! places a value is found in them.

use super::*;

/// A stored value that holds what was looked for: where it is, and the text around it.
pub struct Found {
    pub table: String,
    pub column: String,
    pub excerpt: String,
}

impl std::fmt::Debug for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}: …{}…", self.table, self.column, self.excerpt)
    }
}

/// One stored value of a text or file column, as bytes.
pub struct Cell {
    pub table: String,
    pub column: String,
    pub value: Vec<u8>,
}

/// Every value of every text and file column of every table that holds `needle` (ignoring
/// case), read straight from the database whatever the map of personal data says.
pub async fn cells_containing(db: &DatabaseConnection, needle: &str) -> Vec<Found> {
    every_cell(db)
        .await
        .into_iter()
        .filter_map(|c| {
            around(&c.value, needle).map(|excerpt| Found {
                table: c.table,
                column: c.column,
                excerpt,
            })
        })
        .collect()
}

/// Every non-empty value of every text and file column of every table. Ids, times, numbers
/// and yes/no columns are left out, whatever SQLite calls them.
pub async fn every_cell(db: &DatabaseConnection) -> Vec<Cell> {
    let backend = db.get_database_backend();
    let (schema, bytes) = match backend {
        DatabaseBackend::Sqlite => (
            "SELECT m.name AS t, p.name AS c, lower(p.type) AS ty \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
            "BLOB",
        ),
        _ => (
            "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS ty \
             FROM information_schema.columns WHERE table_schema = current_schema()",
            "BYTEA",
        ),
    };
    let mut columns = Vec::new();
    for row in db
        .query_all_raw(Statement::from_string(backend, schema))
        .await
        .expect("read the schema")
    {
        let table: String = row.try_get("", "t").expect("table");
        let column: String = row.try_get("", "c").expect("column");
        let ty: String = row.try_get("", "ty").expect("type");
        let ty = ty.to_ascii_lowercase();
        let is_bytes = ty.contains("blob") || ty == "bytea";
        let not_words = ["uuid", "date", "time", "timestamp"]
            .iter()
            .any(|p| ty.starts_with(p));
        let words = ["text", "char", "clob", "json", "string"]
            .iter()
            .any(|k| ty.contains(k));
        if table != "seaql_migrations" && (is_bytes || (words && !not_words)) {
            columns.push((table, column, is_bytes));
        }
    }
    let mut cells = Vec::new();
    for (table, column, is_bytes) in columns {
        let cast = if is_bytes { bytes } else { "TEXT" };
        let sql = format!(
            "SELECT CAST(\"{column}\" AS {cast}) AS v FROM \"{table}\" WHERE \"{column}\" IS NOT NULL"
        );
        let rows = db
            .query_all_raw(Statement::from_string(backend, sql))
            .await
            .unwrap_or_else(|e| panic!("read {table}.{column}: {e}"));
        for row in rows {
            let value = if is_bytes {
                row.try_get::<Option<Vec<u8>>>("", "v")
            } else {
                row.try_get::<Option<String>>("", "v")
                    .map(|v| v.map(String::into_bytes))
            };
            let value = value.unwrap_or_else(|e| panic!("{table}.{column}: {e}"));
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                cells.push(Cell {
                    table: table.clone(),
                    column: column.clone(),
                    value,
                });
            }
        }
    }
    cells
}

/// The text around the first place `value` holds `needle`, ignoring case; `None` if nowhere.
pub fn around(value: &[u8], needle: &str) -> Option<String> {
    let needle = needle.to_ascii_lowercase().into_bytes();
    assert!(!needle.is_empty(), "looking for nothing");
    let lower = value.to_ascii_lowercase();
    let at = lower
        .windows(needle.len())
        .position(|w| w == needle.as_slice())?;
    let start = at.saturating_sub(40);
    let end = (at + needle.len() + 40).min(value.len());
    Some(String::from_utf8_lossy(&value[start..end]).into_owned())
}
