//! The small pieces of GOV.UK typography and layout that pages put together around the
//! components: headings, paragraphs, lists, spans, inset text, summary cards and columns.
//! Features build their blocks from these so that no feature writes markup itself.
//!
//! Functions taking `text` escape it; those taking `inner` or `items` take markup already
//! built here or by a component.

use crate::kit::components::escape;

/// A heading at `level` (2 for h2) in a GOV.UK size (`"m"`, `"s"`…).
pub fn heading(level: u8, size: &str, text: &str) -> String {
    heading_of(level, size, &escape(text))
}

/// A heading holding markup, such as a link or a tag after its words.
pub fn heading_of(level: u8, size: &str, inner: &str) -> String {
    format!(
        "<h{level} class=\"govuk-heading-{}\">{inner}</h{level}>",
        escape(size)
    )
}

/// A paragraph in the given classes holding markup, such as words after a `strong`.
pub fn paragraph_of(classes: &str, inner: &str) -> String {
    format!("<p class=\"{}\">{inner}</p>", escape(classes))
}

/// A paragraph set back in the hint colour.
pub fn hint_paragraph(text: &str) -> String {
    paragraph_of("govuk-body govuk-hint", &escape(text))
}

/// Text as typed, in the small body size, its line breaks kept.
pub fn small_words(text: &str) -> String {
    paragraph_of("govuk-body-s withus-pre-line", &escape(text))
}

pub fn strong(text: &str) -> String {
    format!("<strong>{}</strong>", escape(text))
}

/// Inline text in the given classes (`govuk-hint`, `govuk-body-s`, `withus-pre-line`…).
pub fn span(classes: &str, text: &str) -> String {
    format!(
        "<span class=\"{}\">{}</span>",
        escape(classes),
        escape(text)
    )
}

/// Words only screen readers hear, such as the name of a table's column of buttons.
pub fn visually_hidden(text: &str) -> String {
    span("govuk-visually-hidden", text)
}

/// Pieces of markup, one a line.
pub fn on_lines(items: &[String]) -> String {
    items.join("<br>")
}

/// Text as typed with each line break shown, where a paragraph's `pre-line` would not fit,
/// as in a summary list's value.
pub fn text_lines(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

fn list_items(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("<li>{item}</li>"))
        .collect()
}

/// A bulleted list of markup items.
pub fn bullets(items: &[String]) -> String {
    format!(
        "<ul class=\"govuk-list govuk-list--bullet\">{}</ul>",
        list_items(items)
    )
}

/// A numbered list of markup items.
pub fn numbered(items: &[String]) -> String {
    format!(
        "<ol class=\"govuk-list govuk-list--number\">{}</ol>",
        list_items(items)
    )
}

/// The GOV.UK inset text around markup.
pub fn inset(inner: &str) -> String {
    format!("<div class=\"govuk-inset-text\">{inner}</div>")
}

/// Inset text that a link can point at (`#id`).
pub fn inset_with_id(id: &str, inner: &str) -> String {
    format!(
        "<div class=\"govuk-inset-text\" id=\"{}\">{inner}</div>",
        escape(id)
    )
}

/// Markup grouped under our own class (and an id a link can point at), for a style such as
/// `withus-no-print` that the GOV.UK classes do not give.
pub fn div(classes: &str, id: Option<&str>, inner: &str) -> String {
    let id = id.map_or_else(String::new, |id| format!(" id=\"{}\"", escape(id)));
    format!("<div class=\"{}\"{id}>{inner}</div>", escape(classes))
}

/// The GOV.UK summary card: a title over markup.
pub fn summary_card(title: &str, inner: &str) -> String {
    format!(
        "<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h3 class=\"govuk-summary-card__title\">{}</h3></div><div class=\"govuk-summary-card__content\">{inner}</div></div>",
        escape(title)
    )
}

/// Two columns side by side, each half the width.
pub fn two_halves(left: &str, right: &str) -> String {
    format!(
        "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-one-half\">{left}</div><div class=\"govuk-grid-column-one-half\">{right}</div></div>"
    )
}

/// A link in a row of a table or list; `whose` names the row for screen readers, who would
/// otherwise hear the same words on every row.
pub fn row_link(href: &str, text: &str, whose: &str) -> String {
    format!(
        "<a class=\"govuk-link\" href=\"{}\">{}<span class=\"govuk-visually-hidden\"> {}</span></a>",
        escape(href),
        escape(text),
        escape(whose)
    )
}

/// A letter to print and post: who it is to, then the words as written, larger for large
/// print.
pub fn letter(heading_text: &str, text: &str, large_print: bool) -> String {
    let class = if large_print {
        "withus-letter withus-large-print"
    } else {
        "withus-letter"
    };
    format!(
        "<section class=\"{class}\">{}{}</section>",
        heading(2, "m", heading_text),
        crate::kit::sections::words(text)
    )
}

/// A chart drawn by our own code (`svg`) under its heading, scrolling in its own box on a
/// narrow screen, with a caption saying what it shows.
pub fn chart(level: u8, title: &str, svg: &str, caption: &str) -> String {
    format!(
        "{}<figure class=\"withus-figure\"><div class=\"withus-chart-scroll\" tabindex=\"0\">{svg}</div><figcaption class=\"govuk-body-s\">{}</figcaption></figure>",
        heading(level, "m", title),
        escape(caption)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_markup_is_kept() {
        assert_eq!(
            heading(3, "s", "Fish & chips"),
            "<h3 class=\"govuk-heading-s\">Fish &amp; chips</h3>"
        );
        assert_eq!(
            paragraph_of(
                "govuk-body",
                &format!("{} {}", strong("Said:"), escape("<b>"))
            ),
            "<p class=\"govuk-body\"><strong>Said:</strong> &lt;b&gt;</p>"
        );
        assert_eq!(text_lines("1 High St\n<Town>"), "1 High St<br>&lt;Town&gt;");
        assert_eq!(
            bullets(&[strong("a"), "b".into()]),
            "<ul class=\"govuk-list govuk-list--bullet\"><li><strong>a</strong></li><li>b</li></ul>"
        );
    }

    #[test]
    fn a_div_has_an_id_only_when_given_one() {
        assert_eq!(
            div("withus-no-print", None, "x"),
            "<div class=\"withus-no-print\">x</div>"
        );
        assert_eq!(
            div("withus-check", Some("check-a"), ""),
            "<div class=\"withus-check\" id=\"check-a\"></div>"
        );
    }

    #[test]
    fn a_row_link_names_its_row_for_screen_readers() {
        assert_eq!(
            row_link("/people/1/keep", "Keep", "Ann <Lee>"),
            "<a class=\"govuk-link\" href=\"/people/1/keep\">Keep<span class=\"govuk-visually-hidden\"> Ann &lt;Lee&gt;</span></a>"
        );
    }
}
