//! Markdown blanking, byte for byte: every branch of `block_marker`, `inline` and
//! `blank_markup` with the exact text left behind. Expected texts are written with `|` where
//! the block break goes (blanked text never keeps a `|`), so their columns line up with the input.

use super::{BREAK_STR, blank, blank_markup, block_marker, inline};

fn breaks(expected: &str) -> String {
    expected.replace('|', BREAK_STR)
}

#[test]
fn block_markers_are_measured_to_the_space_after_them() {
    let cases = [
        ("# A", 2),
        ("## A", 3),
        ("###### A", 7),
        ("####### A", 0),
        ("#A", 0),
        ("#", 0),
        ("", 0),
        ("- A", 2),
        ("* A", 2),
        ("+ A", 2),
        ("> A", 2),
        ("> ", 2),
        ("-A", 0),
        ("A b", 0),
        ("1. A", 3),
        ("12) A", 4),
        ("1.A", 0),
        ("1 A", 0),
        ("1x A", 0),
        (". A", 0),
        (") A", 0),
        ("2024 was", 0),
        ("Text", 0),
    ];
    for (line, marker) in cases {
        assert_eq!(block_marker(line), marker, "{line:?}");
    }
}

#[test]
fn emphasis_and_code_marks_become_spaces() {
    assert_eq!(inline("a **b** c"), "a   b   c");
    assert_eq!(inline("use `code` here"), "use  code  here");
    // Inside a code span the marks are blanked all the same.
    assert_eq!(inline("`a_b` and `2*3`"), " a_b  and  2 3 ");
    // A backslash escape is not understood: the backslash stays, the mark goes.
    assert_eq!(inline(r"2 \* 3"), r"2 \  3");
    assert_eq!(inline("café **ü** é_é"), "café   ü   é_é");
}

#[test]
fn underscores_mark_emphasis_only_at_a_words_edge() {
    assert_eq!(inline("_hi_ snake_case __x__"), " hi  snake_case   x  ");
}

#[test]
fn link_text_stays_and_its_target_goes() {
    assert_eq!(inline("see [the plan](u) now"), "see  the plan     now");
    assert_eq!(inline("[**x**](y)"), "   x      ");
    // A target's multi-byte letters become as many spaces as they have bytes.
    assert_eq!(inline("[a](é)"), " a     ");
    // Square brackets with no target: only the opening one goes.
    assert_eq!(inline("a [note] b"), "a  note] b");
}

#[test]
fn an_image_loses_its_mark_but_an_exclamation_stays() {
    assert_eq!(inline("![alt](p.png)"), "  alt        ");
    assert_eq!(inline("x ![a](b)"), "x   a    ");
    assert_eq!(inline("Hi! [x]"), "Hi!  x]");
    assert_eq!(inline("Hi!"), "Hi!");
}

#[test]
fn html_tags_go_but_a_less_than_sign_stays() {
    assert_eq!(inline("a <b>bold</b> and 3 < 4"), "a    bold     and 3 < 4");
    assert_eq!(inline("a <"), "a <");
    assert_eq!(inline("<é>"), "<é>");
}

#[test]
fn table_pipes_go() {
    assert_eq!(inline("| a | b |"), "  a   b  ");
}

#[test]
fn blanking_a_line_keeps_only_its_line_ending() {
    assert_eq!(blank("```rust\n", '\n'), "       \n");
    assert_eq!(blank("café", '\n'), "     ");
    assert_eq!(blank("a\nb", 'x'), "   ");
}

#[test]
fn headings_and_list_items_are_blocks_of_their_own() {
    assert_eq!(
        blank_markup("# Agenda\nText here\n"),
        breaks("| Agenda|Text here\n")
    );
    assert_eq!(blank_markup("- One\r\n- Two"), breaks("| One|\n| Two"));
    assert_eq!(blank_markup("  1. Step\n"), breaks("  |  Step|"));
    assert_eq!(
        blank_markup("> Say **hi** to _Sam_.\nNext"),
        breaks("| Say   hi   to  Sam .|Next")
    );
    // Only the first marker is taken; a second one is read as text.
    assert_eq!(
        blank_markup("> - **Bold** [link](u)\n"),
        breaks("| -   Bold    link    |")
    );
}

#[test]
fn table_rows_are_blocks_of_their_own() {
    assert_eq!(
        blank_markup("| a | b |\n|---|---|\n"),
        breaks("| a   b  ||--- --- |")
    );
    assert_eq!(blank_markup("  | a |"), breaks("  | a  "));
}

#[test]
fn lines_that_are_not_blocks_keep_their_endings() {
    for text in [
        "",
        "\n",
        "Just text.\nMore text",
        "Text\r\nMore",
        "  indented",
        "#hashtag and ####### seven\n",
    ] {
        assert_eq!(blank_markup(text), text, "{text:?}");
    }
}

#[test]
fn fenced_code_is_blanked_whatever_it_holds() {
    let text = "Before\n```rust\n# not a heading\n```\nAfter\n~~~\ncafé\n~~~\nEnd";
    let expected = [
        "Before\n".to_string(),
        format!("{}\n", " ".repeat(7)),
        format!("{}\n", " ".repeat(15)),
        format!("{}\n", " ".repeat(3)),
        "After\n".to_string(),
        format!("{}\n", " ".repeat(3)),
        format!("{}\n", " ".repeat(5)),
        format!("{}\n", " ".repeat(3)),
        "End".to_string(),
    ]
    .concat();
    assert_eq!(blank_markup(text), expected);
    // A fence left open runs to the end; an indented fence counts.
    assert_eq!(blank_markup("  ~~~\nText\n"), "     \n    \n");
}
