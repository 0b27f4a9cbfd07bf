//! The PDF writer checked by what it writes: the file is read back through its
//! cross-reference table, and every line of text is checked for its tag, font, size and
//! place, worked out by hand from the layout's rules (page 595 × 842, margins 56, so lines
//! 483 wide starting 786 from the foot; leading 1.35 × the size; table rows 6 taller than
//! their lines, with a rule 2 above their foot).

mod draw;
mod layout;
mod read;
mod tree;

use super::*;
use draw::{Text, draws};
use read::{Tok, entry, is_type, items, name, number, parse, reference};
use tree::{Child, Element, elements, parent_tree};

/// Ten m's: 8.33 em, 91.63 wide at 11 points.
const M10: &str = "mmmmmmmmmm";

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 0.005
}

fn text(tag: &str, mcid: i32, font: &str, size: f32, (x, y): (f32, f32), text: &str) -> Text {
    Text {
        tag: tag.into(),
        mcid,
        font: font.into(),
        size,
        x,
        y,
        text: text.as_bytes().to_vec(),
    }
}

fn assert_texts(actual: &[Text], expected: &[Text]) {
    assert_eq!(actual.len(), expected.len(), "{actual:#?}");
    for (a, e) in actual.iter().zip(expected) {
        let same = a.tag == e.tag
            && a.mcid == e.mcid
            && a.font == e.font
            && close(a.size, e.size)
            && close(a.x, e.x)
            && close(a.y, e.y)
            && a.text == e.text;
        assert!(same, "expected {e:?}\n     got {a:?}");
    }
}

fn element(role: &str, parent: Option<usize>, kids: Vec<Child>) -> Element {
    Element {
        role: role.into(),
        parent,
        kids,
    }
}

fn node(i: usize) -> Child {
    Child::Node(i)
}

fn mark(page: usize, mcid: i32) -> Child {
    Child::Mark(page, mcid)
}

fn report(rows: usize) -> Vec<u8> {
    render(&Document {
        title: "Involvement report – 2026".into(),
        blocks: vec![
            Block::Heading("Activity".into()),
            Block::Paragraph("People took part in 12 activities and 40 meetings.".into()),
            Block::Table {
                caption: "Meetings by area".into(),
                head: vec!["Area".into(), "Meetings".into()],
                rows: (0..rows)
                    .map(|i| vec![format!("Area {i}"), i.to_string()])
                    .collect(),
            },
        ],
    })
}

/// Sized so that each wrap point sits between the room the layout gives (483, or 233.5 in
/// a cell of a two-column table) and any other room a slip in its sums would give.
fn sample() -> Document {
    Document {
        title: "Report".into(),
        blocks: vec![
            Block::Heading("Costs".into()),
            // Five words are 470.382 wide, six 491.766.
            Block::Paragraph(format!("{M10} {M10} {M10} {M10} {M10} mm")),
            Block::Table {
                // Bold: four words are 398.236 wide, five 498.605.
                caption: format!("{M10} {M10} {M10} {M10} {M10}"),
                head: vec!["Item".into(), "Pence".into()],
                rows: vec![
                    vec!["Tea (hot)".into(), "150".into()],
                    // Two words are 186.318 wide, three 235.191.
                    vec![format!("{M10} {M10} mmmmm"), r"2 \ 3)".into()],
                ],
            },
            Block::Paragraph("End £5 – ’".into()),
        ],
    }
}

#[test]
fn every_line_is_where_the_layout_puts_it() {
    let pdf = parse(&render(&sample()));
    let pages = pdf.pages();
    assert_eq!(pages.len(), 1);
    let (texts, fills) = draws(pdf.content(pages[0]));
    let four = format!("{M10} {M10} {M10} {M10}");
    assert_texts(
        &texts[..13],
        &[
            // Title at 22: its top at 786, then 29.7 and 8 below.
            text("H1", 0, "F2", 22.0, (56.0, 764.0), "Report"),
            // 748.3: heading at 16, then 21.6 and 4.
            text("H2", 1, "F2", 16.0, (56.0, 732.3), "Costs"),
            // 722.7: paragraph at 11, lines 14.85 apart, then 6.
            text("P", 2, "F1", 11.0, (56.0, 711.7), &format!("{four} {M10}")),
            text("P", 3, "F1", 11.0, (56.0, 696.85), "mm"),
            // 687: the caption, bold.
            text("Caption", 4, "F2", 11.0, (56.0, 676.0), &four),
            text("Caption", 5, "F2", 11.0, (56.0, 661.15), M10),
            // 657.3: rows start 3 down; columns 241.5 wide.
            text("TH", 6, "F2", 11.0, (56.0, 643.3), "Item"),
            text("TH", 7, "F2", 11.0, (297.5, 643.3), "Pence"),
            // 636.45 (a row of one line is 20.85).
            text("TD", 8, "F1", 11.0, (56.0, 622.45), "Tea (hot)"),
            text("TD", 9, "F1", 11.0, (297.5, 622.45), "150"),
            // 615.6: a row of two lines is 35.7.
            text("TD", 10, "F1", 11.0, (56.0, 601.6), &format!("{M10} {M10}")),
            text("TD", 11, "F1", 11.0, (56.0, 586.75), "mmmmm"),
            text("TD", 12, "F1", 11.0, (297.5, 601.6), r"2 \ 3)"),
        ],
    );
    // 579.9, then 12 below the table. WinAnsi bytes for £, – and ’.
    let last = &texts[13];
    assert_eq!(last.text, b"End \xa35 \x96 \x92");
    assert_eq!(
        (last.tag.as_str(), last.mcid, last.font.as_str()),
        ("P", 13, "F1")
    );
    assert!(close(last.x, 56.0) && close(last.y, 556.9), "{last:?}");
    assert_eq!(texts.len(), 14);

    // A rule under each row, 2 above its foot, across the text's width; an artifact.
    let rules: Vec<f32> = fills.iter().map(|f| f.rect[1]).collect();
    assert_eq!(rules.len(), 3, "{fills:?}");
    for (fill, y) in fills.iter().zip([638.45, 617.6, 581.9]) {
        assert_eq!(fill.tag, "Artifact");
        let expected = [56.0, y, 483.0, 0.6];
        assert!(
            fill.rect.iter().zip(expected).all(|(&a, b)| close(a, b)),
            "{fill:?} not at {expected:?}"
        );
        assert!(
            fill.rgb
                .iter()
                .zip([0.69, 0.71, 0.72])
                .all(|(&a, b)| close(a, b))
        );
    }

    // Brackets and backslashes are escaped (balanced brackets need not be); other
    // bytes go as hex.
    let raw = String::from_utf8_lossy(pdf.content(pages[0]));
    for written in [
        "(Tea (hot)) Tj",
        r"(2 \\ 3\)) Tj",
        "<456E6420A33520962092> Tj",
        "/F2 22 Tf",
    ] {
        assert!(raw.contains(written), "{written} in {raw}");
    }
}

#[test]
fn easy_read_is_set_larger_but_the_title_is_not() {
    let document = Document {
        title: "Report".into(),
        blocks: vec![
            Block::Heading("Costs".into()),
            Block::Paragraph("Tea".into()),
        ],
    };
    let pdf = parse(&render_large(&document));
    let (texts, _) = draws(pdf.content(pdf.pages()[0]));
    assert_texts(
        &texts,
        &[
            text("H1", 0, "F2", 22.0, (56.0, 764.0), "Report"),
            // 748.3: heading at 20, then 27 and 4.
            text("H2", 1, "F2", 20.0, (56.0, 728.3), "Costs"),
            // 717.3: paragraph at 14.
            text("P", 2, "F1", 14.0, (56.0, 703.3), "Tea"),
        ],
    );
}

#[test]
fn every_line_is_tagged_and_in_the_structure_tree() {
    let pdf = parse(&render(&sample()));
    assert_eq!(
        elements(&pdf),
        [
            element(
                "Document",
                None,
                vec![node(1), node(2), node(3), node(4), node(15)]
            ),
            element("H1", Some(0), vec![mark(0, 0)]),
            element("H2", Some(0), vec![mark(0, 1)]),
            element("P", Some(0), vec![mark(0, 2), mark(0, 3)]),
            element("Table", Some(0), vec![node(5), node(6), node(9), node(12)]),
            element("Caption", Some(4), vec![mark(0, 4), mark(0, 5)]),
            element("TR", Some(4), vec![node(7), node(8)]),
            element("TH", Some(6), vec![mark(0, 6)]),
            element("TH", Some(6), vec![mark(0, 7)]),
            element("TR", Some(4), vec![node(10), node(11)]),
            element("TD", Some(9), vec![mark(0, 8)]),
            element("TD", Some(9), vec![mark(0, 9)]),
            element("TR", Some(4), vec![node(13), node(14)]),
            element("TD", Some(12), vec![mark(0, 10), mark(0, 11)]),
            element("TD", Some(12), vec![mark(0, 12)]),
            element("P", Some(0), vec![mark(0, 13)]),
        ]
    );
    assert_eq!(
        parent_tree(&pdf),
        [vec![1usize, 2, 3, 3, 5, 5, 7, 8, 10, 11, 13, 13, 14, 15]]
    );
}

#[test]
fn the_catalog_page_and_fonts_say_what_a_reader_needs() {
    let bytes = render(&sample());
    let pdf = parse(&bytes);
    // Catalog, pages, structure root, information, two fonts, 16 elements, and one each of
    // page, content and parent array.
    assert_eq!(pdf.objects.len(), 25);
    assert_eq!(pdf.streams.len(), 1);
    let catalog = pdf.catalog();
    assert!(is_type(catalog, "Catalog"));
    let string = |s: &str| vec![Tok::Str(s.as_bytes().to_vec())];
    let yes = [Tok::Word("true".into())];
    assert_eq!(entry(catalog, "Lang"), Some(&string("en-GB")[..]));
    assert_eq!(
        entry(entry(catalog, "MarkInfo").unwrap(), "Marked"),
        Some(&yes[..])
    );
    let preferences = entry(catalog, "ViewerPreferences").unwrap();
    assert_eq!(entry(preferences, "DisplayDocTitle"), Some(&yes[..]));
    assert!(is_type(pdf.get(pdf.struct_tree_root()), "StructTreeRoot"));
    let info = pdf.get(reference(entry(&pdf.trailer, "Info").unwrap()));
    assert_eq!(entry(info, "Title"), Some(&string("Report")[..]));
    assert_eq!(entry(info, "Producer"), Some(&string("Withus")[..]));

    let tree = reference(entry(catalog, "Pages").unwrap());
    assert!(is_type(pdf.get(tree), "Pages"));
    assert_eq!(number(entry(pdf.get(tree), "Count").unwrap()), 1.0);
    let page = pdf.get(pdf.pages()[0]);
    assert!(is_type(page, "Page"));
    assert_eq!(reference(entry(page, "Parent").unwrap()), tree);
    let media: Vec<f32> = items(entry(page, "MediaBox").unwrap())
        .into_iter()
        .map(number)
        .collect();
    assert_eq!(media, [0.0, 0.0, 595.0, 842.0]);
    assert_eq!(number(entry(page, "StructParents").unwrap()), 0.0);
    assert_eq!(name(entry(page, "Tabs").unwrap()), "S");
    let fonts = entry(entry(page, "Resources").unwrap(), "Font").unwrap();
    for (key, base) in [("F1", "Helvetica"), ("F2", "Helvetica-Bold")] {
        let font = pdf.get(reference(entry(fonts, key).unwrap()));
        assert!(is_type(font, "Font"));
        assert_eq!(name(entry(font, "Subtype").unwrap()), "Type1");
        assert_eq!(name(entry(font, "BaseFont").unwrap()), base);
        assert_eq!(name(entry(font, "Encoding").unwrap()), "WinAnsiEncoding");
    }
}

#[test]
fn a_long_paragraph_runs_onto_a_second_page() {
    // 52 m's are 476.476 wide at 11: a line each. After the title, lines start at 748.3 and
    // 46 fit above the margin (the 47th would reach down to 50.35).
    let word = "m".repeat(52);
    let pdf = parse(&render(&Document {
        title: "Report".into(),
        blocks: vec![Block::Paragraph(vec![word.as_str(); 48].join(" "))],
    }));
    let pages = pdf.pages();
    assert_eq!(pages.len(), 2);
    let tree = pdf.get(reference(entry(pdf.catalog(), "Pages").unwrap()));
    assert_eq!(number(entry(tree, "Count").unwrap()), 2.0);
    for (i, &page) in pages.iter().enumerate() {
        assert_eq!(
            number(entry(pdf.get(page), "StructParents").unwrap()),
            i as f32
        );
    }
    let (first, _) = draws(pdf.content(pages[0]));
    let mut expected = vec![text("H1", 0, "F2", 22.0, (56.0, 764.0), "Report")];
    for k in 0..46 {
        let y = 737.3 - 14.85 * k as f32;
        expected.push(text("P", k + 1, "F1", 11.0, (56.0, y), &word));
    }
    assert_texts(&first, &expected);
    let (second, _) = draws(pdf.content(pages[1]));
    assert_texts(
        &second,
        &[
            text("P", 0, "F1", 11.0, (56.0, 775.0), &word),
            text("P", 1, "F1", 11.0, (56.0, 760.15), &word),
        ],
    );
    let paragraph: Vec<Child> = (1..=46)
        .map(|m| mark(0, m))
        .chain([mark(1, 0), mark(1, 1)])
        .collect();
    assert_eq!(
        elements(&pdf),
        [
            element("Document", None, vec![node(1), node(2)]),
            element("H1", Some(0), vec![mark(0, 0)]),
            element("P", Some(0), paragraph),
        ]
    );
    let mut first_page: Vec<usize> = vec![1];
    first_page.extend([2; 46]);
    assert_eq!(parent_tree(&pdf), [first_page, vec![2, 2]]);
}

#[test]
fn long_tables_run_onto_more_pages() {
    // The table's header row ends at 666.15 on the first page: 29 rows of 20.85 fit there,
    // then 35 a page from 786, so 200 rows take six pages, the last with 31.
    let pdf = parse(&report(200));
    let pages = pdf.pages();
    assert_eq!(pages.len(), 6);
    assert_eq!(
        number(entry(pdf.get(pages[5]), "StructParents").unwrap()),
        5.0
    );
    let marks: Vec<usize> = parent_tree(&pdf).iter().map(Vec::len).collect();
    assert_eq!(marks, [64, 70, 70, 70, 70, 62]);
    let (second, _) = draws(pdf.content(pages[1]));
    assert_texts(
        &second[..2],
        &[
            text("TD", 0, "F1", 11.0, (56.0, 772.0), "Area 29"),
            text("TD", 1, "F1", 11.0, (297.5, 772.0), "29"),
        ],
    );
}

#[test]
fn a_report_is_a_tagged_pdf_with_its_text_readable() {
    let bytes = report(3);
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.starts_with("%PDF-"));
    for needle in [
        "/StructTreeRoot",
        "/MarkInfo",
        "/Marked true",
        "/Lang (en-GB)",
        "/S /H1",
        "/S /Table",
        "/S /TH",
        "/S /TD",
        "/StructParents 0",
        "(Meetings by area)",
        "/Artifact",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
    assert_eq!(encode("– £5 ’"), [0x96, b' ', 0xa3, b'5', b' ', 0x92]);
}
