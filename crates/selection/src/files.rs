//! The CSV shapes the Sortition Foundation's tools use, so organisations can bring their
//! files: quotas as `feature,value,min,max` (or the older `category,feature,min,max`), and
//! a pool with an id column (or none, numbering rows from 1) and a column per category.

use std::collections::HashMap;
use std::io::Read;

use crate::instance::{Category, Instance, Person, Value};

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("the {file} file could not be read: {reason}")]
    Unreadable { file: &'static str, reason: String },
    #[error(
        "the quotas file needs the columns feature,value,min,max (or category,feature,min,max)"
    )]
    QuotaColumns,
    #[error("quotas file, line {line}: {field} must be a whole number, not \"{found}\"")]
    NotANumber {
        line: usize,
        field: &'static str,
        found: String,
    },
    #[error("the pool file has no column named \"{0}\", which the quotas use")]
    MissingColumn(String),
    #[error("pool file, line {line}: {category} is \"{found}\", which has no quota row")]
    UnknownValue {
        line: usize,
        category: String,
        found: String,
    },
    #[error("pool file, line {line}: the id \"{id}\" is used twice")]
    DuplicateId { line: usize, id: String },
}

fn unreadable(file: &'static str) -> impl Fn(csv::Error) -> FileError {
    move |e| FileError::Unreadable {
        file,
        reason: e.to_string(),
    }
}

/// Reads a quotas file into categories, in the order they first appear.
pub fn read_quotas(input: impl Read) -> Result<Vec<Category>, FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let headers: Vec<String> = reader
        .headers()
        .map_err(unreadable("quotas"))?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (category_at, value_at) = match (column("feature"), column("value"), column("category")) {
        (Some(f), Some(v), _) => (f, v),
        (Some(f), None, Some(c)) => (c, f),
        _ => return Err(FileError::QuotaColumns),
    };
    let (Some(min_at), Some(max_at)) = (column("min"), column("max")) else {
        return Err(FileError::QuotaColumns);
    };
    let mut categories: Vec<Category> = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(unreadable("quotas"))?;
        let line = n + 2;
        let field = |at: usize| record.get(at).unwrap_or("").to_string();
        let number = |at: usize, name: &'static str| {
            let found = field(at);
            found.parse::<usize>().map_err(|_| FileError::NotANumber {
                line,
                field: name,
                found,
            })
        };
        let (category, value) = (field(category_at), field(value_at));
        let value = Value {
            label: format!("people with {category} \"{value}\""),
            name: value,
            min: number(min_at, "min")?,
            max: number(max_at, "max")?,
        };
        match categories.iter_mut().find(|c| c.name == category) {
            Some(c) => c.values.push(value),
            None => categories.push(Category {
                name: category,
                values: vec![value],
            }),
        }
    }
    Ok(categories)
}

/// Reads a pool file against `categories`. The id column is the first whose name is "id"
/// or ends in "id" and is not a category; without one, people are numbered from 1.
pub fn read_pool(
    input: impl Read,
    categories: Vec<Category>,
    size: usize,
) -> Result<Instance, FileError> {
    read_pool_with_households(input, categories, size, None)
}

/// As `read_pool`, and people who share a value in `household` (an address, say) form a
/// household: at most one of them can be on the panel. Empty values share nothing.
pub fn read_pool_with_households(
    input: impl Read,
    categories: Vec<Category>,
    size: usize,
    household: Option<&str>,
) -> Result<Instance, FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let headers: Vec<String> = reader
        .headers()
        .map_err(unreadable("pool"))?
        .iter()
        .map(str::to_string)
        .collect();
    let id_at = headers.iter().position(|h| {
        let h = h.to_lowercase();
        h.ends_with("id") && !categories.iter().any(|c| c.name.eq_ignore_ascii_case(&h))
    });
    let columns = categories
        .iter()
        .map(|c| {
            headers
                .iter()
                .position(|h| h == &c.name)
                .ok_or_else(|| FileError::MissingColumn(c.name.clone()))
        })
        .collect::<Result<Vec<usize>, FileError>>()?;
    let household_at = match household {
        Some(name) => Some(
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| FileError::MissingColumn(name.to_string()))?,
        ),
        None => None,
    };
    let mut shared: HashMap<String, Vec<usize>> = HashMap::new();
    let mut people = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(unreadable("pool"))?;
        let line = n + 2;
        let id = match id_at {
            Some(at) => record.get(at).unwrap_or("").to_string(),
            None => (n + 1).to_string(),
        };
        if ids.insert(id.clone(), line).is_some() {
            return Err(FileError::DuplicateId { line, id });
        }
        let mut values = Vec::with_capacity(categories.len());
        for (category, &at) in categories.iter().zip(&columns) {
            let found = record.get(at).unwrap_or("");
            let v = category
                .values
                .iter()
                .position(|v| v.name == found)
                .ok_or_else(|| FileError::UnknownValue {
                    line,
                    category: category.name.clone(),
                    found: found.to_string(),
                })?;
            values.push(v);
        }
        if let Some(at) = household_at {
            let key = record.get(at).unwrap_or("").trim().to_lowercase();
            if !key.is_empty() {
                shared.entry(key).or_default().push(people.len());
            }
        }
        people.push(Person { id, values });
    }
    let mut households: Vec<Vec<usize>> = shared.into_values().filter(|h| h.len() > 1).collect();
    households.sort();
    Ok(Instance {
        categories,
        people,
        households,
        size,
    })
}
