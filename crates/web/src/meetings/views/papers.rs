//! The papers part of the meeting page: each paper with its plain-language findings, the
//! button to send them, and the form to add one.

use withus_db::entities::{meeting, meeting_paper};

use crate::kit::components::{Input, Select, Textarea, escape, render};
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::label;
use crate::meetings::moment;
use crate::plain;

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
