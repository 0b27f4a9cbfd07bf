//! Meeting papers: each uploaded (or typed) in one or more formats, checked for plain
//! language where the words can be read, sent when ready, and downloaded by the people
//! expected in the format they asked for.

use std::io::Read;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter};
use withus_db::entities::{meeting, meeting_paper};
use withus_db::sea_orm;

use super::{load, moment, queries, send, views};
use crate::AppState;
use crate::kit::components::{Input, Select, Textarea, escape, render};
use crate::kit::error::{AppError, AppResult, html_status};
use crate::kit::forms::Errors;
use crate::kit::forms::parse_id;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::plain;

pub const MAX_BYTES: usize = 10 * 1024 * 1024;

pub const FORMATS: &[(&str, &str)] = &[
    ("standard", "format-standard"),
    ("easy_read", "need-easy-read"),
    ("large_print", "need-large-print"),
    ("braille", "need-braille"),
    ("audio", "need-audio"),
];

/// The words in a file, if we can read them: plain text and Markdown as they are, Word
/// documents from their document part. Anything else (PDF, audio) is not checked, and the
/// page says so.
pub fn words_of(filename: &str, data: &[u8]) -> Option<String> {
    let lower = filename.to_ascii_lowercase();
    if lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".markdown") {
        return String::from_utf8(data.to_vec()).ok();
    }
    if lower.ends_with(".docx") {
        return docx_text(data);
    }
    None
}

/// A Word document's text: the runs of each paragraph, a paragraph a line.
fn docx_text(data: &[u8]) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(data)).ok()?;
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .ok()?
        .read_to_string(&mut xml)
        .ok()?;
    let mut text = String::new();
    let mut rest = xml.as_str();
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        let after = &rest[open + close + 1..];
        if tag == "w:t" || tag.starts_with("w:t ") {
            let end = after.find("</w:t>").unwrap_or(after.len());
            text.push_str(&unescape(&after[..end]));
            rest = &after[end..];
        } else {
            if tag == "/w:p" {
                text.push('\n');
            }
            rest = after;
        }
    }
    Some(text)
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// What was typed into the paper form, kept when it fails.
#[derive(Default)]
pub struct Typed {
    pub title: String,
    pub format: String,
    pub text: String,
}

pub async fn section(
    tenant: &Tenant,
    m: &meeting::Model,
    papers: &[meeting_paper::Model],
    csrf: &str,
    typed: Option<(&Typed, &Errors)>,
) -> AppResult<String> {
    let blank = (Typed::default(), Errors::default());
    let (typed, errors) = typed.unwrap_or((&blank.0, &blank.1));
    let options = plain::options(&tenant.scope).await?;
    let mut html = String::new();
    if papers.is_empty() {
        html.push_str(&format!(
            "<p class=\"govuk-body\">{}</p>",
            escape(&t("paper-none"))
        ));
    }
    for p in papers {
        let sent = p.sent_at.map_or_else(
            || t("paper-not-sent"),
            |at| t_args("paper-sent", &[("when", &moment(at))]),
        );
        html.push_str(&format!(
            "<h3 class=\"govuk-heading-s\">{} <span class=\"govuk-caption-m govuk-!-display-inline\">{}</span></h3>\
<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/meetings/{}/papers/{}\">{}</a> · {}</p>",
            escape(&p.title),
            escape(&label(FORMATS, &p.format)),
            m.id,
            p.id,
            escape(&p.filename),
            escape(&sent),
        ));
        match &p.text {
            Some(text) => {
                html.push_str(&plain::findings_html(
                    &plain::checked(text, &options),
                    &p.title,
                ));
            }
            None => html.push_str(&format!(
                "<p class=\"govuk-body govuk-hint\">{}</p>",
                escape(&t("paper-not-checked"))
            )),
        }
    }
    if papers.iter().any(|p| p.sent_at.is_none()) {
        html.push_str(&format!(
            "<form method=\"post\" action=\"/meetings/{}/papers/send\" novalidate>\
<input type=\"hidden\" name=\"csrf_token\" value=\"{}\">\
<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">{}</button></form>",
            m.id,
            escape(csrf),
            escape(&t("paper-send")),
        ));
    }
    let formats: Vec<(&str, String)> = FORMATS.iter().map(|(v, k)| (*v, t(k))).collect();
    let formats: Vec<(&str, &str)> = formats.iter().map(|(a, b)| (*a, b.as_str())).collect();
    html.push_str(&format!(
        "<h3 class=\"govuk-heading-s\">{}</h3>\
<form method=\"post\" action=\"/meetings/{}/papers?csrf_token={}\" enctype=\"multipart/form-data\" novalidate>\
<input type=\"hidden\" name=\"csrf_token\" value=\"{}\">{}{}\
<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"file\">{}</label><div class=\"govuk-hint\" id=\"file-hint\">{}</div>\
<input class=\"govuk-file-upload\" id=\"file\" name=\"file\" type=\"file\" aria-describedby=\"file-hint\"></div>{}\
<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">{}</button></form>",
        escape(&t("paper-add")),
        m.id,
        escape(csrf),
        escape(csrf),
        render(
            &Input::new("title", t("paper-title"))
                .id("paper-title")
                .value(&typed.title)
                .error(errors.get("paper-title"))
        ),
        render(&Select::new(
            "format",
            t("paper-format"),
            &formats,
            if typed.format.is_empty() { "standard" } else { &typed.format }
        )),
        escape(&t("paper-file")),
        escape(&t("paper-file-hint")),
        render(
            &Textarea::new("text", t("paper-text"))
                .value(&typed.text)
                .rows(6)
                .hint(t("paper-text-hint"))
                .error(errors.get("file"))
        ),
        escape(&t("paper-upload")),
    ));
    Ok(html)
}

struct Upload {
    title: String,
    format: String,
    filename: String,
    content_type: String,
    data: Vec<u8>,
    text: String,
}

async fn read_upload(mut multipart: Multipart) -> AppResult<Upload> {
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

pub async fn upload(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    // Whose meeting it is comes first: another organisation's id is "not found" whatever
    // was sent.
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let multipart = multipart.map_err(|e| AppError::BadRequest(e.to_string()))?;
    let mut u = read_upload(multipart).await?;
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
    if !errors.is_empty() {
        let typed = Typed {
            title: u.title,
            format: u.format,
            text: u.text,
        };
        let summary = errors.summary();
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::meeting_page_with(
                &tenant,
                page,
                &loaded,
                summary,
                Some(views::Kept::Paper(&typed, &errors)),
            )
            .await?,
        );
    }
    let paper = queries::NewPaper {
        title: &u.title,
        format: &u.format,
        filename: &u.filename,
        content_type: &u.content_type,
        data: u.data,
        sent_at: None,
    };
    queries::insert_paper(&tenant.scope, m.id, paper).await?;
    tenant
        .audit("added paper", "meeting", Some(m.id), Some(&u.title))
        .await?;
    Ok(Redirect::to(&format!("/meetings/{}#papers", m.id)).into_response())
}

pub fn file_response(p: &meeting_paper::Model) -> Response {
    let safe: String = p
        .filename
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    (
        [
            (header::CONTENT_TYPE, p.content_type.clone()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            ),
        ],
        p.data.clone(),
    )
        .into_response()
}

pub async fn download(
    tenant: Tenant,
    Path((id, paper_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let paper = queries::paper(&tenant.scope, loaded.meeting.id, parse_id(&paper_id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(file_response(&paper))
}

/// Marks every paper not yet sent as sent now, and tells the people expected.
pub async fn send_all(
    State(state): State<AppState>,
    tenant: Tenant,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let loaded = load(&tenant, &id).await?;
    let m = &loaded.meeting;
    let result = tenant
        .scope
        .update_many::<meeting_paper::Entity>()
        .col_expr(meeting_paper::Column::SentAt, Expr::value(Utc::now()))
        .filter(meeting_paper::Column::MeetingId.eq(m.id))
        .filter(meeting_paper::Column::SentAt.is_null())
        .exec(tenant.scope.db())
        .await?;
    if result.rows_affected > 0 {
        let written = send::papers_ready(&state, &tenant, &loaded).await?;
        tenant
            .audit(
                "sent papers",
                "meeting",
                Some(m.id),
                Some(&written.to_string()),
            )
            .await?;
    }
    Ok(Redirect::to(&format!("/meetings/{}#papers", m.id)).into_response())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::words_of;

    #[test]
    fn word_documents_give_their_paragraphs_and_pdfs_nothing() {
        let mut file = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        file.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        file.write_all(
            br#"<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Breaks &amp; care</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">The ICB </w:t></w:r><w:r><w:t>pays.</w:t></w:r></w:p></w:body></w:document>"#,
        )
        .unwrap();
        let bytes = file.finish().unwrap().into_inner();
        assert_eq!(
            words_of("Budget.DOCX", &bytes).as_deref(),
            Some("Breaks & care\nThe ICB pays.\n")
        );
        assert_eq!(words_of("notes.md", b"# Notes").as_deref(), Some("# Notes"));
        assert_eq!(words_of("minutes.pdf", b"%PDF-1.4"), None);
    }
}
