//! Markdown typed into Withus (a meeting paper, say) read as a page: headings, paragraphs,
//! lists, emphasis and links in GOV.UK typography, larger for easy read. Raw HTML in the text
//! is shown as text, never run.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag};

use crate::kit::components::escape;

/// Only links a reader can follow safely: the web, email and our own pages.
fn safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
        || (url.starts_with('/') && !url.starts_with("//"))
}

/// The page has its own h1 (the document's title), so the text's headings start one lower.
fn heading(level: HeadingLevel, large: bool) -> (String, String) {
    let (tag, size) = match level {
        HeadingLevel::H1 => ("h2", if large { "l" } else { "m" }),
        HeadingLevel::H2 => ("h3", if large { "m" } else { "s" }),
        HeadingLevel::H3 => ("h4", "s"),
        HeadingLevel::H4 => ("h5", "s"),
        HeadingLevel::H5 | HeadingLevel::H6 => ("h6", "s"),
    };
    (
        format!("<{tag} class=\"govuk-heading-{size}\">"),
        format!("</{tag}>"),
    )
}

/// The opening and closing markup for one Markdown element.
fn element(tag: &Tag<'_>, large: bool) -> (String, String) {
    let body = if large { "govuk-body-l" } else { "govuk-body" };
    let list_size = if large { " govuk-!-font-size-24" } else { "" };
    let pair = |open: String, close: &str| (open, close.to_owned());
    match tag {
        Tag::Paragraph => pair(format!("<p class=\"{body}\">"), "</p>"),
        Tag::Heading { level, .. } => heading(*level, large),
        Tag::List(None) => pair(
            format!("<ul class=\"govuk-list govuk-list--bullet{list_size}\">"),
            "</ul>",
        ),
        Tag::List(Some(first)) => pair(
            format!("<ol class=\"govuk-list govuk-list--number{list_size}\" start=\"{first}\">"),
            "</ol>",
        ),
        Tag::Item => pair("<li>".into(), "</li>"),
        Tag::Emphasis => pair("<em>".into(), "</em>"),
        Tag::Strong => pair("<strong>".into(), "</strong>"),
        Tag::Link { dest_url, .. } if safe_link(dest_url) => pair(
            format!("<a class=\"govuk-link\" href=\"{}\">", escape(dest_url)),
            "</a>",
        ),
        Tag::CodeBlock(_) => pair(format!("<pre class=\"{body}\">"), "</pre>"),
        // Images show their description; anything else shows its words without markup.
        _ => (String::new(), String::new()),
    }
}

/// Markdown as GOV.UK markup; `large` for easy read.
pub fn to_html(markdown: &str, large: bool) -> String {
    let mut out = String::new();
    let mut closing: Vec<String> = Vec::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Start(tag) => {
                let (open, close) = element(&tag, large);
                out.push_str(&open);
                closing.push(close);
            }
            Event::End(_) => out.push_str(&closing.pop().unwrap_or_default()),
            Event::Text(text) | Event::Code(text) => out.push_str(&escape(&text)),
            Event::Html(text) | Event::InlineHtml(text) => out.push_str(&escape(&text)),
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br>"),
            Event::Rule => out.push_str(
                "<hr class=\"govuk-section-break govuk-section-break--m govuk-section-break--visible\">",
            ),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_and_emphasis_become_govuk_markup() {
        let html = to_html(
            "# Carers' breaks\n\nWe want to **hear** from *you*.\n\n- one\n- two\n\n1. first",
            false,
        );
        assert!(
            html.contains("<h2 class=\"govuk-heading-m\">Carers&#39; breaks</h2>"),
            "{html}"
        );
        assert!(
            html.contains(
                "<p class=\"govuk-body\">We want to <strong>hear</strong> from <em>you</em>.</p>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<ul class=\"govuk-list govuk-list--bullet\"><li>one</li><li>two</li></ul>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<ol class=\"govuk-list govuk-list--number\" start=\"1\"><li>first</li></ol>"
            ),
            "{html}"
        );
    }

    #[test]
    fn easy_read_is_larger() {
        let html = to_html("# Big\n\nWords.\n\n- a", true);
        assert!(
            html.contains("<h2 class=\"govuk-heading-l\">Big</h2>"),
            "{html}"
        );
        assert!(
            html.contains("<p class=\"govuk-body-l\">Words.</p>"),
            "{html}"
        );
        assert!(html.contains("govuk-!-font-size-24"), "{html}");
    }

    #[test]
    fn html_and_unsafe_links_are_shown_as_text() {
        let html = to_html(
            "<script>alert(1)</script>\n\nSee [this](javascript:alert(1)) and [us](https://example.org).",
            false,
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(
            html.contains("<a class=\"govuk-link\" href=\"https://example.org\">us</a>"),
            "{html}"
        );
    }
}
