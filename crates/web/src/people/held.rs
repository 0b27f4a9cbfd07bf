//! Everything we hold about one person, read from the one map of personal data: the person's
//! own download and page (`/my/data`), and the staff download and page for a request made by
//! phone or letter (`/people/{id}/data`). Both list every row the map ties to them. Here what
//! is held and the download; the page is `views/held.rs`, the staff handlers `routes/held.rs`.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde_json::{Value, json};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::personal::Section;

use crate::kit::error::{AppError, AppResult};
use crate::kit::i18n::t;
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
