//! Markdown typed into Withus (a meeting paper, say) read as a page: headings, paragraphs,
//! lists, emphasis and links in GOV.UK typography, larger for easy read. Raw HTML in the text
//! is shown as text, never run. The same text as the blocks of a tagged PDF, to print.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use withus_reports::pdf::Block;

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

/// Markdown as the blocks of a tagged PDF: headings, paragraphs, and each list item as a
/// paragraph with its bullet or number; emphasis is dropped and a link keeps its address in
/// brackets, so a printed copy still says where it goes.
pub fn to_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut text = String::new();
    // Each list open: its next number, or None for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut in_item = 0usize;
    let mut link: Option<String> = None;
    let flush = |text: &mut String, blocks: &mut Vec<Block>, heading: bool| {
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        text.clear();
        if !words.is_empty() {
            blocks.push(if heading {
                Block::Heading(words)
            } else {
                Block::Paragraph(words)
            });
        }
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::List(first)) => {
                flush(&mut text, &mut blocks, false);
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut text, &mut blocks, false);
                in_item += 1;
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_owned(),
                };
                text.push_str(&marker);
            }
            Event::End(TagEnd::Item) => {
                in_item = in_item.saturating_sub(1);
                flush(&mut text, &mut blocks, false);
            }
            Event::End(TagEnd::Heading(_)) => flush(&mut text, &mut blocks, true),
            Event::End(TagEnd::Paragraph | TagEnd::CodeBlock) if in_item == 0 => {
                flush(&mut text, &mut blocks, false)
            }
            Event::Start(Tag::Link { dest_url, .. }) if safe_link(&dest_url) => {
                link = Some(dest_url.to_string());
            }
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take() {
                    text.push_str(&format!(" ({url})"));
                }
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                text.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    flush(&mut text, &mut blocks, false);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paper_becomes_the_blocks_of_a_pdf() {
        let blocks = to_blocks(
            "# Carers' breaks\n\nWe want to **hear**\nfrom *you*.\n\n- one\n- two\n\n\
             3. third\n4. fourth\n\nSee [our page](https://example.org) or [this](javascript:x).",
        );
        let shown: Vec<String> = blocks
            .iter()
            .map(|b| match b {
                Block::Heading(t) => format!("H {t}"),
                Block::Paragraph(t) => format!("P {t}"),
                Block::Table { caption, .. } => format!("T {caption}"),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "H Carers' breaks",
                "P We want to hear from you.",
                "P • one",
                "P • two",
                "P 3. third",
                "P 4. fourth",
                "P See our page (https://example.org) or this.",
            ]
        );
    }

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
