//! The paper form: a title, a format, and a file or words typed into Withus, read from a
//! multipart upload and checked.

use axum::extract::Multipart;

use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::Errors;
use crate::kit::i18n::t;

pub const FORMATS: &[(&str, &str)] = &[
    ("standard", "format-standard"),
    ("easy_read", "need-easy-read"),
    ("large_print", "need-large-print"),
    ("braille", "need-braille"),
    ("audio", "need-audio"),
];

/// What was typed into the paper form, kept when it fails.
#[derive(Default)]
pub struct Typed {
    pub title: String,
    pub format: String,
    pub text: String,
}

pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// What the paper form sent: its fields, and the file or the words typed.
pub struct Upload {
    pub title: String,
    pub format: String,
    pub filename: String,
    pub content_type: String,
    pub data: Vec<u8>,
    pub text: String,
}

pub async fn read(mut multipart: Multipart) -> AppResult<Upload> {
    let mut upload = Upload {
        title: String::new(),
        format: String::new(),
        filename: String::new(),
        content_type: String::new(),
        data: Vec::new(),
        text: String::new(),
    };
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(AppError::BadRequest(e.to_string())),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            upload.filename = field.file_name().unwrap_or_default().to_owned();
            upload.content_type = field
                .content_type()
                .unwrap_or("application/octet-stream")
                .to_owned();
            upload.data = field
                .bytes()
                .await
                .map_err(|e| AppError::BadRequest(e.to_string()))?
                .to_vec();
        } else {
            let value = field
                .text()
                .await
                .map_err(|e| AppError::BadRequest(e.to_string()))?;
            crate::kit::forms::refuse_what_no_field_keeps(&[(name.clone(), value.clone())], None)?;
            match name.as_str() {
                "title" => upload.title = value.trim().to_owned(),
                "format" => upload.format = value.trim().to_owned(),
                "text" => upload.text = value.trim().to_owned(),
                _ => {}
            }
        }
    }
    Ok(upload)
}

fn slug(title: &str) -> String {
    let s: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Checks what was sent, putting right what can be: an unknown format is standard, and words
/// typed without a file become the paper.
pub fn check(u: &mut Upload) -> Errors {
    let mut errors = Errors::default();
    if u.title.is_empty() {
        errors.add("paper-title", t("paper-error-title"));
    }
    if !FORMATS.iter().any(|(f, _)| *f == u.format) {
        u.format = "standard".into();
    }
    if u.data.is_empty() && u.filename.is_empty() && !u.text.is_empty() {
        // Typed papers are kept as Markdown files, so everyone downloads the same thing.
        u.filename = format!("{}.md", slug(&u.title));
        u.content_type = "text/markdown; charset=utf-8".into();
        u.data = u.text.clone().into_bytes();
    }
    if u.data.is_empty() {
        errors.add("file", t("paper-error-file"));
    }
    if u.data.len() > MAX_BYTES {
        errors.add("file", t("paper-error-size"));
    }
    errors
}
