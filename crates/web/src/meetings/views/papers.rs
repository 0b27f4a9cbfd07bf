//! The papers part of the meeting page: each paper with its plain-language findings, the
//! button to send them, and the form to add one; and a paper as a file to download.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use withus_db::entities::{meeting, meeting_paper};

use crate::kit::blocks::{heading, heading_of, hint_paragraph, paragraph_of, span};
use crate::kit::components::{Input, Select, Textarea, escape, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::form_parts::{FileUpload, button, post_form, upload_form};
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::{link, paragraph};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::meetings::forms::papers::{FORMATS, Typed};
use crate::meetings::moment;
use crate::meetings::paper_page::is_typed;
use crate::plain;

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
        html.push_str(&paragraph(&t("paper-none")));
    }
    for p in papers {
        let sent = p.sent_at.map_or_else(
            || t("paper-not-sent"),
            |at| t_args("paper-sent", &[("when", &moment(at))]),
        );
        html.push_str(&heading_of(
            3,
            "s",
            &format!(
                "{} {}",
                escape(&p.title),
                span(
                    "govuk-caption-m govuk-!-display-inline",
                    &label(FORMATS, &p.format)
                )
            ),
        ));
        html.push_str(&paragraph_of(
            "govuk-body",
            &format!(
                "{} · {}",
                link(
                    &format!("/meetings/{}/papers/{}", m.id, p.id),
                    &link_text(p)
                ),
                escape(&sent)
            ),
        ));
        match &p.text {
            Some(text) => {
                html.push_str(&plain::findings_html(
                    &plain::checked(text, &options),
                    &p.title,
                ));
            }
            None => html.push_str(&hint_paragraph(&t("paper-not-checked"))),
        }
    }
    if papers.iter().any(|p| p.sent_at.is_none()) {
        html.push_str(&post_form(
            csrf,
            &format!("/meetings/{}/papers/send", m.id),
            "",
            &button(&t("paper-send"), ""),
        ));
    }
    let formats: Vec<(&str, String)> = FORMATS.iter().map(|(v, k)| (*v, t(k))).collect();
    let formats: Vec<(&str, &str)> = formats.iter().map(|(a, b)| (*a, b.as_str())).collect();
    html.push_str(&heading(3, "s", &t("paper-add")));
    let fields = [
        render(
            &Input::new("title", t("paper-title"))
                .id("paper-title")
                .value(&typed.title)
                .error(errors.get("paper-title")),
        ),
        render(&Select::new(
            "format",
            t("paper-format"),
            &formats,
            if typed.format.is_empty() {
                "standard"
            } else {
                &typed.format
            },
        )),
        FileUpload::new("file", &t("paper-file"))
            .hint(&t("paper-file-hint"))
            .html(),
        render(
            &Textarea::new("text", t("paper-text"))
                .value(&typed.text)
                .rows(6)
                .hint(t("paper-text-hint"))
                .error(errors.get("file")),
        ),
    ];
    html.push_str(&upload_form(
        csrf,
        &format!("/meetings/{}/papers", m.id),
        &fields.concat(),
        &button(&t("paper-upload"), "govuk-button--secondary"),
    ));
    Ok(html)
}

/// A typed paper is read as a page, so it is offered by its title rather than as a Markdown file.
fn link_text(p: &meeting_paper::Model) -> String {
    if is_typed(&p.filename) {
        t_args("paper-read", &[("title", &p.title)])
    } else {
        p.filename.clone()
    }
}

/// A paper as a file to download, under a name that is safe in a header.
pub fn file_response(p: &meeting_paper::Model) -> Response {
    download(&p.filename, &p.content_type, p.data.clone())
}

/// A paper as a file: an uploaded one as it was sent, a typed one as a PDF when `as_pdf`;
/// None for a typed paper to read as a page. An uploaded paper has no PDF of ours.
pub fn as_file(paper: &meeting_paper::Model, as_pdf: bool) -> AppResult<Option<Response>> {
    match (is_typed(&paper.filename), as_pdf) {
        (false, false) => Ok(Some(file_response(paper))),
        (true, true) => Ok(Some(pdf_response(paper))),
        (false, true) => Err(AppError::NotFound),
        (true, false) => Ok(None),
    }
}

/// A typed paper as a tagged PDF to print, in larger type for easy read; named as the paper
/// is, ending .pdf.
pub fn pdf_response(p: &meeting_paper::Model) -> Response {
    let words = String::from_utf8_lossy(&p.data);
    let document = withus_reports::pdf::Document {
        title: p.title.clone(),
        blocks: crate::kit::markdown::to_blocks(&words),
    };
    let bytes = if p.format == "easy_read" {
        withus_reports::pdf::render_large(&document)
    } else {
        withus_reports::pdf::render(&document)
    };
    let stem = p
        .filename
        .rsplit_once('.')
        .map_or(p.filename.as_str(), |(s, _)| s);
    download(&format!("{stem}.pdf"), "application/pdf", bytes)
}

fn download(filename: &str, content_type: &str, data: Vec<u8>) -> Response {
    let safe: String = filename
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            ),
        ],
        data,
    )
        .into_response()
}
