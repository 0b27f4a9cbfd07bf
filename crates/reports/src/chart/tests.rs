//! Charts checked whole: every number in the SVG is worked out by hand from the layout
//! (labels end at 222, bars start at 230 and the longest is 330; each line is 22 a series
//! plus 10 high, after 22 a series plus 6 of legend when there are two series; 4 at the foot).

use super::*;

const BLUE: &str = "#1d70b8";
const GREY: &str = "#505a5f";

fn head(id: &str, height: &str, title: &str, summary: &str) -> String {
    format!(
        r##"<svg class="withus-chart" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 640 {height}" xmlns="http://www.w3.org/2000/svg" font-family="Arial, sans-serif" font-size="15"><title id="{id}-title">{title}</title><desc id="{id}-desc">{summary}</desc><defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#505a5f"/></pattern></defs>"##
    )
}

fn label(y: &str, text: &str) -> String {
    format!(r##"<text x="222" y="{y}" text-anchor="end" fill="#0b0c0c">{text}</text>"##)
}

/// A bar at `y` and its value beside it, at `(x, text_y)`.
fn bar(
    y: &str,
    width: &str,
    fill: &str,
    stroke: &str,
    (x, text_y): (&str, &str),
    text: &str,
) -> String {
    format!(
        r##"<rect x="230" y="{y}" width="{width}" height="18" fill="{fill}" stroke="{stroke}"/><text x="{x}" y="{text_y}" fill="#0b0c0c">{text}</text>"##
    )
}

fn key(y: &str, fill: &str, stroke: &str, text_y: &str, text: &str) -> String {
    format!(
        r##"<rect x="230" y="{y}" width="16" height="16" fill="{fill}" stroke="{stroke}"/><text x="252" y="{text_y}" fill="#0b0c0c">{text}</text>"##
    )
}

fn line(label: &str, values: &[(f64, &str)]) -> Line {
    Line {
        label: label.into(),
        values: values.iter().map(|&(v, t)| (v, t.to_owned())).collect(),
    }
}

#[test]
fn one_series_draws_each_bar_to_scale() {
    let svg = bars(
        "people",
        "People by \"area\"",
        "Most people took part in teaching.",
        &["People"],
        &[
            line("Teaching", &[(40.0, "40")]),
            line("Research & <evaluation>", &[(10.0, "10")]),
        ],
    );
    // Lines 32 high: 2 × 32 + 4. The largest value fills the 330; a quarter of it, 82.5.
    let expected = [
        head(
            "people",
            "68",
            "People by &quot;area&quot;",
            "Most people took part in teaching.",
        ),
        label("16", "Teaching"),
        bar("2", "330.0", BLUE, BLUE, ("566.0", "16"), "40"),
        label("48", "Research &amp; &lt;evaluation&gt;"),
        bar("34", "82.5", BLUE, BLUE, ("318.5", "48"), "10"),
        "</svg>".into(),
    ]
    .concat();
    assert_eq!(svg, expected);
}

#[test]
fn two_series_have_a_legend_and_the_second_is_hatched() {
    let svg = bars(
        "p",
        "t",
        "s",
        &["Involved", "Population"],
        &[
            // 31 characters: cut to 27 and an ellipsis.
            line(
                "Mixed or Multiple ethnic groups",
                &[(20.0, "20%"), (40.0, "40%")],
            ),
            // 28: whole.
            line(
                "Twenty-eight characters long",
                &[(0.0, "0%"), (10.0, "10%")],
            ),
        ],
    );
    // Legend 2 × 22 + 6 = 50; lines 2 × 22 + 10 = 54; 50 + 2 × 54 + 4 = 162.
    let hatch = "url(#p-hatch)";
    let expected = [
        head("p", "162", "t", "s"),
        key("4", BLUE, BLUE, "17", "Involved"),
        key("26", hatch, GREY, "39", "Population"),
        label("66", "Mixed or Multiple ethnic gr…"),
        bar("52", "165.0", BLUE, BLUE, ("401.0", "66"), "20%"),
        bar("74", "330.0", hatch, GREY, ("566.0", "88"), "40%"),
        label("120", "Twenty-eight characters long"),
        bar("106", "0.0", BLUE, BLUE, ("236.0", "120"), "0%"),
        bar("128", "82.5", hatch, GREY, ("318.5", "142"), "10%"),
        "</svg>".into(),
    ]
    .concat();
    assert_eq!(svg, expected);
}

#[test]
fn nothing_to_show_draws_no_bar_at_all() {
    // All zero: no scale to draw to, so every bar is empty rather than undefined.
    let svg = bars(
        "z",
        "Nobody",
        "None yet.",
        &["People"],
        &[line("A", &[(0.0, "0")])],
    );
    let expected = [
        head("z", "36", "Nobody", "None yet."),
        label("16", "A"),
        bar("2", "0.0", BLUE, BLUE, ("236.0", "16"), "0"),
        "</svg>".into(),
    ]
    .concat();
    assert_eq!(svg, expected);
    // No lines: only the frame, 4 high.
    let svg = bars("e", "T", "S", &["People"], &[]);
    assert_eq!(svg, head("e", "4", "T", "S") + "</svg>");
}

#[test]
fn labels_are_cut_only_when_too_long() {
    assert_eq!(shorten("Teaching"), "Teaching");
    assert_eq!(
        shorten("Twenty-eight characters long"),
        "Twenty-eight characters long"
    );
    assert_eq!(
        shorten("Twenty-nine characters, long!"),
        "Twenty-nine characters, lon…"
    );
    // A cut that ends in a space loses it.
    assert_eq!(
        shorten("A very long label that will not fit beside its bar"),
        "A very long label that will…"
    );
}

#[test]
fn the_second_series_is_hatched_and_the_first_is_not() {
    assert_eq!(fill("p", 0), BLUE);
    assert_eq!(fill("p", 1), "url(#p-hatch)");
    assert_eq!(fill("p", 2), BLUE);
    assert_eq!(escape(r#"a & "b" <c>"#), "a &amp; &quot;b&quot; &lt;c&gt;");
}
