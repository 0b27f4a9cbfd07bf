//! A report as headings, paragraphs and tables, made once and shown three ways: a GOV.UK page
//! (tables with their charts), a tagged PDF and a spreadsheet with one sheet per table.

use withus_reports::chart::{self, Line};
use withus_reports::pdf;

use crate::kit::blocks::{chart, heading};
use crate::kit::components::{Cell, Table, render};

pub enum Item {
    Heading(String),
    Paragraph(String),
    Table(Grid),
}

/// A table of words and numbers as shown; `chart` draws the numbers of those columns.
pub struct Grid {
    pub id: String,
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub numeric: bool,
    pub chart: Vec<usize>,
    pub summary: String,
    /// The level of the heading above a chart, under the page's own section headings.
    pub heading_level: u8,
}

impl Grid {
    pub fn new(id: &str, caption: String, head: Vec<String>, rows: Vec<Vec<String>>) -> Self {
        Grid {
            id: id.to_owned(),
            caption,
            head,
            rows,
            numeric: true,
            chart: Vec::new(),
            summary: String::new(),
            heading_level: 3,
        }
    }

    /// A chart of `columns`, read by screen readers as `summary`.
    pub fn chart(mut self, columns: &[usize], summary: String) -> Self {
        self.chart = columns.to_vec();
        self.summary = summary;
        self
    }

    /// A chart's heading at `level`: 2 on a page where no section heading comes above it.
    pub fn heading_level(mut self, level: u8) -> Self {
        self.heading_level = level;
        self
    }

    /// The columns after the first are words, not numbers.
    pub fn words(mut self) -> Self {
        self.numeric = false;
        self
    }

    pub fn html(&self) -> String {
        let head = self
            .head
            .iter()
            .enumerate()
            .map(|(i, h)| self.cell(i, h))
            .collect();
        let rows = self
            .rows
            .iter()
            .map(|r| r.iter().enumerate().map(|(i, c)| self.cell(i, c)).collect())
            .collect();
        let svg = self.svg();
        let charted = svg.is_some();
        // A charted table is named by the heading above its chart; its caption stays for
        // screen readers moving by table.
        let table = render(&Table {
            caption: Some(self.caption.clone()),
            caption_classes: Some(
                if charted {
                    "govuk-visually-hidden"
                } else {
                    "govuk-table__caption--m"
                }
                .into(),
            ),
            first_cell_is_header: true,
            head,
            rows,
        });
        let chart = svg.map_or_else(String::new, |svg| {
            chart(self.heading_level, &self.caption, &svg, &self.summary)
        });
        // The table scrolls in its own box (the table component's), labelled by its caption.
        format!("{chart}{table}")
    }

    fn cell(&self, column: usize, text: &str) -> Cell {
        let cell = Cell::text(text.to_owned());
        if self.numeric && column > 0 {
            cell.numeric()
        } else {
            cell
        }
    }

    fn svg(&self) -> Option<String> {
        if self.chart.is_empty() || self.rows.is_empty() {
            return None;
        }
        let series: Vec<&str> = self.chart.iter().map(|&c| self.head[c].as_str()).collect();
        // Lines with nothing to draw (no share for "prefer not to say", the total) are left to
        // the table.
        let lines: Vec<Line> = self
            .rows
            .iter()
            .filter(|r| self.chart.iter().any(|&c| drawn(&r[c])))
            .map(|r| Line {
                label: r[0].clone(),
                values: self
                    .chart
                    .iter()
                    .map(|&c| (number(&r[c]), r[c].clone()))
                    .collect(),
            })
            .collect();
        if lines.is_empty() {
            return None;
        }
        Some(chart::bars(
            &format!("chart-{}", self.id),
            &self.caption,
            &self.summary,
            &series,
            &lines,
        ))
    }
}

/// Whether a shown figure is a number to draw ("42%", "1,200", "£3.50"), not words such as
/// "fewer than 5".
fn drawn(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '£')
}

fn number(text: &str) -> f64 {
    text.chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect::<String>()
        .parse()
        .ok()
        .filter(|_| drawn(text))
        .unwrap_or(0.0)
}

pub struct Document {
    pub title: String,
    pub items: Vec<Item>,
}

impl Document {
    pub fn html(&self) -> Vec<String> {
        self.items
            .iter()
            .map(|item| match item {
                Item::Heading(text) => heading(2, "l", text),
                Item::Paragraph(text) => crate::kit::sections::paragraph(text),
                Item::Table(grid) => grid.html(),
            })
            .collect()
    }

    pub fn pdf(&self) -> Vec<u8> {
        pdf::render(&pdf::Document {
            title: self.title.clone(),
            blocks: self
                .items
                .iter()
                .map(|item| match item {
                    Item::Heading(text) => pdf::Block::Heading(text.clone()),
                    Item::Paragraph(text) => pdf::Block::Paragraph(text.clone()),
                    Item::Table(grid) => pdf::Block::Table {
                        caption: grid.caption.clone(),
                        head: grid.head.clone(),
                        rows: grid.rows.clone(),
                    },
                })
                .collect(),
        })
    }

    /// One sheet per table, named from its caption (Excel allows 31 characters, no "/").
    pub fn xlsx(&self) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let mut names: Vec<String> = Vec::new();
        for item in &self.items {
            let Item::Table(grid) = item else { continue };
            let mut name: String = grid
                .caption
                .chars()
                .filter(|c| !"[]:*?/\\".contains(*c))
                .take(28)
                .collect();
            name = name.trim().to_owned();
            while names.contains(&name) {
                name.push('+');
            }
            names.push(name.clone());
            let sheet = book.add_worksheet();
            sheet.set_name(&name)?;
            for (c, h) in grid.head.iter().enumerate() {
                sheet.write_with_format(0, c as u16, h, &bold)?;
            }
            for (r, row) in grid.rows.iter().enumerate() {
                for (c, value) in row.iter().enumerate() {
                    let (r, c) = (r as u32 + 1, c as u16);
                    match value.replace(',', "").parse::<f64>() {
                        Ok(n) if c > 0 && grid.numeric => sheet.write(r, c, n)?,
                        _ => sheet.write(r, c, value)?,
                    };
                }
            }
            sheet.autofit();
        }
        book.save_to_buffer()
    }
}
