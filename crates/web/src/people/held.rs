//! Everything we hold about one person, read from the one map of personal data: the person's
//! own download and page (`/my/data`), and the staff download and page for a request made by
//! phone or letter (`/people/{id}/data`). Both list every row the map ties to them.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde_json::{Value, json};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::personal::Section;

use crate::kit::components::{SummaryList, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::{Sections, heading_m, paragraph};
use crate::people::queries;

/// Every row the map ties to the person, or `None` when the organisation has no such person;
/// for the pages, whose errors are the kit's.
pub async fn held(scope: &OrgScope, person_id: Uuid) -> AppResult<Option<Vec<Section>>> {
    Ok(queries::everything_held(scope, person_id).await?)
}

/// The download: what each part is in plain words, and its rows as they are stored.
pub fn document(organisation: &str, sections: &[Section]) -> Value {
    json!({
        "about": t("my-data-about"),
        "made_at": Utc::now(),
        "organisation": organisation,
        "held": sections.iter().map(|s| json!({
            "table": s.table,
            "what": t(s.about),
            "rows": s.rows,
        })).collect::<Vec<_>>(),
    })
}

/// The download as a file to keep.
pub fn download(organisation: &str, sections: &[Section], filename: &str) -> AppResult<Response> {
    let body = serde_json::to_string_pretty(&document(organisation, sections))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let disposition = format!("attachment; filename=\"{filename}\"");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

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

/// For a request made by phone or letter: the same page, for staff who may erase.
pub async fn staff_page(
    tenant: crate::kit::tenancy::Tenant,
    page: crate::kit::page::Page,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> AppResult<Response> {
    let id = crate::kit::forms::parse_id(&id)?;
    let sections = held(&tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    tenant
        .audit("viewed", "person", Some(id), Some("everything held"))
        .await?;
    let page = Sections::new(page, t("held-staff-title"))
        .back(format!("/people/{id}"))
        .paragraph(&t("held-staff-intro"))
        .paragraph(&t("held-staff-what"));
    self::page(page, &sections, &format!("/people/{id}/data.json")).respond()
}

/// The staff download, to send to the person.
pub async fn staff_download(
    tenant: crate::kit::tenancy::Tenant,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> AppResult<Response> {
    let id = crate::kit::forms::parse_id(&id)?;
    let sections = held(&tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    tenant
        .audit("downloaded", "person", Some(id), Some("everything held"))
        .await?;
    download(
        &tenant.user.organisation_name,
        &sections,
        "withus-everything-held.json",
    )
}

#[cfg(test)]
mod tests {
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
