//! Everything held about one person, table by table as the map lists them: what the person's
//! download, the staff download and the "what we hold" pages show.

use sea_orm::{ConnectionTrait, DbErr, JsonValue};

use super::TABLES;
use super::links::{Subject, rows_of};
use super::rows::rows_json;

/// One table's rows about the person, without the columns the map keeps private.
#[derive(Clone, Debug)]
pub struct Section {
    pub table: &'static str,
    /// The translation key of what these rows are.
    pub about: &'static str,
    pub rows: Vec<serde_json::Map<String, JsonValue>>,
}

/// Every row the map ties to the person, in the map's order; tables with no rows left out.
pub async fn export<C: ConnectionTrait>(db: &C, s: &Subject) -> Result<Vec<Section>, DbErr> {
    let mut sections = Vec::new();
    for t in TABLES {
        let Some(condition) = rows_of(t, s) else {
            continue;
        };
        let rows = rows_json(db, t.name, condition)
            .await?
            .ok_or_else(|| DbErr::Custom(format!("no entity for the table {}", t.name)))?;
        let rows: Vec<_> = rows
            .into_iter()
            .filter_map(|row| match row {
                JsonValue::Object(mut fields) => {
                    fields.remove("organisation_id");
                    for private in t.private {
                        fields.remove(*private);
                    }
                    Some(fields)
                }
                _ => None,
            })
            .collect();
        if !rows.is_empty() {
            sections.push(Section {
                table: t.name,
                about: t.about,
                rows,
            });
        }
    }
    Ok(sections)
}
