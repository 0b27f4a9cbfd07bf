//! What the export page asked for, read from the file's address.

use crate::people::export::{COLUMNS, DEFAULT_COLUMNS};

/// The columns chosen (only ones we know, the usual ones when none is left) and the format.
pub struct ExportChoice {
    pub columns: Vec<String>,
    pub xlsx: bool,
}

impl ExportChoice {
    pub fn from_query(query: Option<String>) -> Self {
        let pairs: Vec<(String, String)> =
            url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
                .into_owned()
                .collect();
        let mut columns: Vec<String> = pairs
            .iter()
            .filter(|(k, _)| k == "columns")
            .map(|(_, v)| v.clone())
            .collect();
        columns.retain(|c| COLUMNS.iter().any(|(known, _)| known == c));
        if columns.is_empty() {
            columns = DEFAULT_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
        }
        let xlsx = pairs.iter().any(|(k, v)| k == "format" && v == "xlsx");
        ExportChoice { columns, xlsx }
    }
}
