//! Bar charts as SVG, drawn on the server so they need no JavaScript. A chart is a picture
//! of a table that is always shown beside it; its title and summary are its text
//! alternative.

/// GOV.UK blue and dark grey: the second series must differ by more than colour alone, so it
/// is drawn hatched.
const COLOURS: [&str; 2] = ["#1d70b8", "#505a5f"];
const LABEL_WIDTH: f64 = 230.0;
const BAR_SPACE: f64 = 330.0;
const WIDTH: f64 = 640.0;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One line of the chart: its label and one value per series, with the value as it should
/// be read (e.g. "42%").
pub struct Line {
    pub label: String,
    pub values: Vec<(f64, String)>,
}

/// A horizontal bar chart of `lines`, one bar per series in `series`.
pub fn bars(id: &str, title: &str, summary: &str, series: &[&str], lines: &[Line]) -> String {
    let max = lines
        .iter()
        .flat_map(|l| l.values.iter().map(|(v, _)| *v))
        .fold(0.0_f64, f64::max);
    let per_line = 22.0 * series.len().max(1) as f64 + 10.0;
    // One line of legend a series, when there is more than one.
    let legend = if series.len() > 1 {
        22.0 * series.len() as f64 + 6.0
    } else {
        0.0
    };
    let height = legend + per_line * lines.len() as f64 + 4.0;
    let mut svg = format!(
        "<svg class=\"withus-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"Arial, sans-serif\" font-size=\"15\">\
<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>\
<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"{}\"/></pattern></defs>",
        escape(title),
        escape(summary),
        COLOURS[1]
    );
    if series.len() > 1 {
        for (i, name) in series.iter().enumerate() {
            let y = 4.0 + i as f64 * 22.0;
            svg.push_str(&format!(
                "<rect x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"16\" height=\"16\" fill=\"{}\" stroke=\"{}\"/><text x=\"{}\" y=\"{}\" fill=\"#0b0c0c\">{}</text>",
                fill(id, i),
                COLOURS[i % 2],
                LABEL_WIDTH + 22.0,
                y + 13.0,
                escape(name)
            ));
        }
    }
    for (n, line) in lines.iter().enumerate() {
        let top = legend + n as f64 * per_line;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#0b0c0c\">{}</text>",
            LABEL_WIDTH - 8.0,
            top + 16.0,
            escape(&shorten(&line.label))
        ));
        for (i, (value, text)) in line.values.iter().enumerate() {
            let y = top + i as f64 * 22.0;
            let width = if max > 0.0 {
                value / max * BAR_SPACE
            } else {
                0.0
            };
            svg.push_str(&format!(
                "<rect x=\"{LABEL_WIDTH}\" y=\"{}\" width=\"{width:.1}\" height=\"18\" fill=\"{}\" stroke=\"{}\"/><text x=\"{:.1}\" y=\"{}\" fill=\"#0b0c0c\">{}</text>",
                y + 2.0,
                fill(id, i),
                COLOURS[i % 2],
                LABEL_WIDTH + width + 6.0,
                y + 16.0,
                escape(text)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

fn fill(id: &str, series: usize) -> String {
    if series.is_multiple_of(2) {
        COLOURS[0].to_owned()
    } else {
        format!("url(#{id}-hatch)")
    }
}

/// Labels longer than the space for them are cut; the table beside the chart has them whole.
fn shorten(label: &str) -> String {
    const MOST: usize = 28;
    if label.chars().count() <= MOST {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(MOST - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests;
