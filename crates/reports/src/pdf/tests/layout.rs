//! The writer's parts on their own: Helvetica's widths, line breaking, the WinAnsi
//! encoding, the tag each role marks its content with, and where pages end.

use super::close;
use crate::pdf::*;

#[test]
fn widths_are_helvetica_advances() {
    for (text, units) in [
        (" ", 278.0),
        (",", 278.0),
        ("i", 278.0),
        ("|", 278.0),
        ("f", 278.0),
        ("t", 278.0),
        ("I", 278.0),
        ("/", 278.0),
        ("r", 333.0),
        ("-", 333.0),
        (")", 333.0),
        ("–", 333.0),
        ("m", 833.0),
        ("M", 833.0),
        ("w", 722.0),
        ("W", 944.0),
        ("%", 889.0),
        ("—", 1000.0),
        ("A", 667.0),
        ("Z", 667.0),
        ("a", 556.0),
        ("0", 556.0),
        ("£", 556.0),
    ] {
        let got = width(text, 1000.0, false);
        assert!(close(got, units), "{text}: {got}");
    }
    assert!(close(width("Wm", 10.0, false), 17.77));
    // Bold is 6% wider.
    assert!(close(width("m", 1000.0, true), 882.98));
}

#[test]
fn lines_break_only_when_the_next_word_would_not_fit() {
    // A line exactly as wide as the room fits.
    let room = width("one two", 11.0, false);
    assert_eq!(
        wrap("one two three", 11.0, false, room),
        ["one two", "three"]
    );
    assert_eq!(
        wrap("one two three", 11.0, false, room - 0.01),
        ["one", "two", "three"]
    );
    // A word wider than the room has a line to itself, with no empty line before it.
    assert_eq!(wrap("mmmm a", 11.0, false, 10.0), ["mmmm", "a"]);
    assert_eq!(wrap("  a   b ", 11.0, false, 100.0), ["a b"]);
    // No words still make one, empty, line.
    assert_eq!(wrap("", 11.0, false, 100.0), [""]);
    // Bold words are wider, so they break sooner.
    let room = width("mmmm mmmm", 11.0, false);
    assert_eq!(wrap("mmmm mmmm", 11.0, false, room), ["mmmm mmmm"]);
    assert_eq!(wrap("mmmm mmmm", 11.0, true, room), ["mmmm", "mmmm"]);
}

#[test]
fn text_is_encoded_as_win_ansi() {
    assert_eq!(
        encode("Az~ \u{a0}ÿ€…‘’“”•–—→"),
        [
            b'A', b'z', b'~', b' ', 0xa0, 0xff, 0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
            0x97, b'?'
        ]
    );
}

#[test]
fn each_role_marks_its_content_with_its_own_tag() {
    for (role, name) in [
        (StructRole::H1, "H1"),
        (StructRole::H2, "H2"),
        (StructRole::TH, "TH"),
        (StructRole::TD, "TD"),
        (StructRole::Caption, "Caption"),
        (StructRole::P, "P"),
        (StructRole::Table, "P"),
    ] {
        assert_eq!(tag(role), name.as_bytes(), "{role:?}");
    }
}

#[test]
fn a_page_ends_only_where_the_next_height_would_cross_the_margin() {
    let mut layout = Layout::new();
    assert_eq!(layout.y, 786.0);
    layout.y = 100.0;
    // Down to the margin exactly: fits.
    layout.room_for(44.0);
    layout.room_for(10.0);
    assert_eq!(
        (layout.pages.len(), layout.marks.len(), layout.y),
        (1, 1, 100.0)
    );
    layout.room_for(44.5);
    assert_eq!(
        (layout.pages.len(), layout.marks.len(), layout.y),
        (2, 2, 786.0)
    );
}

#[test]
fn a_caption_goes_to_a_new_page_unless_two_of_its_lines_fit() {
    let head = ["Item".to_owned()];
    // 80 − 2 × 14.85 = 50.3, under the margin: caption (node 2) and header cell (node 4)
    // both start the next page.
    let mut layout = Layout::new();
    layout.y = 80.0;
    layout.table("Money", &head, &[]);
    assert_eq!(layout.marks, [Vec::<usize>::new(), vec![2, 4]]);
    // 86 − 29.7 = 56.3: the caption fits, and the header row (20.85) then does not.
    let mut layout = Layout::new();
    layout.y = 86.0;
    layout.table("Money", &head, &[]);
    assert_eq!(layout.marks, [vec![2usize], vec![4]]);
    let roles: Vec<StructRole> = layout.nodes.iter().map(|n| n.role).collect();
    assert_eq!(
        roles,
        [
            StructRole::Document,
            StructRole::Table,
            StructRole::Caption,
            StructRole::TR,
            StructRole::TH
        ]
    );
}
