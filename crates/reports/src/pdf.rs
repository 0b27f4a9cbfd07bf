//! The board's report as a tagged PDF: headings, paragraphs and tables carry their structure
//! (H1, H2, P, Table, TR, TH, TD) so a screen reader can move through them, the language is
//! set, the title shows instead of the file name, and rules between rows are artifacts. The
//! text is Helvetica, one of the fonts every PDF reader has, so nothing is embedded.

use pdf_writer::types::StructRole;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

pub enum Block {
    Heading(String),
    Paragraph(String),
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

const PAGE: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 56.0;
const BODY: f32 = 11.0;

enum Kid {
    Node(usize),
    Mark { page: usize, mcid: i32 },
}

struct Node {
    role: StructRole,
    parent: Option<usize>,
    kids: Vec<Kid>,
}

struct Layout {
    pages: Vec<Content>,
    /// For each page, the node of each marked-content id in order.
    marks: Vec<Vec<usize>>,
    nodes: Vec<Node>,
    y: f32,
}

/// Helvetica's advance widths, near enough to break lines (thousandths of the font size).
fn width(text: &str, size: f32, bold: bool) -> f32 {
    let units: u32 = text
        .chars()
        .map(|c| match c {
            ' ' | ',' | '.' | ':' | ';' | 'i' | 'j' | 'l' | '\'' | '!' | '|' => 278,
            'f' | 't' | 'I' | '/' => 278,
            'r' | '-' | '(' | ')' | '–' => 333,
            'm' | 'M' => 833,
            'w' => 722,
            'W' => 944,
            '%' => 889,
            '—' => 1000,
            'A'..='Z' => 667,
            _ => 556,
        })
        .sum();
    let scale = if bold { 1.06 } else { 1.0 };
    units as f32 / 1000.0 * size * scale
}

/// Words into lines no wider than `room`.
fn wrap(text: &str, size: f32, bold: bool, room: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate, size, bold) > room && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = word.to_owned();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// WinAnsiEncoding, the encoding the standard fonts use.
fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            _ => b'?',
        })
        .collect()
}

fn tag(role: StructRole) -> &'static [u8] {
    match role {
        StructRole::H1 => b"H1",
        StructRole::H2 => b"H2",
        StructRole::TH => b"TH",
        StructRole::TD => b"TD",
        StructRole::Caption => b"Caption",
        _ => b"P",
    }
}

impl Layout {
    fn new() -> Self {
        let mut layout = Layout {
            pages: Vec::new(),
            marks: Vec::new(),
            nodes: vec![Node {
                role: StructRole::Document,
                parent: None,
                kids: Vec::new(),
            }],
            y: 0.0,
        };
        layout.new_page();
        layout
    }

    fn new_page(&mut self) {
        self.pages.push(Content::new());
        self.marks.push(Vec::new());
        self.y = PAGE.1 - MARGIN;
    }

    fn room_for(&mut self, height: f32) {
        if self.y - height < MARGIN {
            self.new_page();
        }
    }

    fn node(&mut self, role: StructRole, parent: usize) -> usize {
        self.nodes.push(Node {
            role,
            parent: Some(parent),
            kids: Vec::new(),
        });
        let id = self.nodes.len() - 1;
        self.nodes[parent].kids.push(Kid::Node(id));
        id
    }

    /// One line of text at `x`, the top of it at the current height, marked as `node`'s.
    fn line(&mut self, node: usize, text: &str, x: f32, top: f32, size: f32, bold: bool) {
        let page = self.pages.len() - 1;
        let mcid = self.marks[page].len() as i32;
        self.marks[page].push(node);
        self.nodes[node].kids.push(Kid::Mark { page, mcid });
        let font = if bold { Name(b"F2") } else { Name(b"F1") };
        let content = &mut self.pages[page];
        content
            .begin_marked_content_with_properties(Name(tag(self.nodes[node].role)))
            .properties()
            .identify(mcid);
        content
            .begin_text()
            .set_font(font, size)
            .next_line(x, top - size)
            .show(Str(&encode(text)))
            .end_text()
            .end_marked_content();
    }

    fn text(&mut self, role: StructRole, text: &str, size: f32, bold: bool, after: f32) {
        let node = self.node(role, 0);
        let leading = size * 1.35;
        for line in wrap(text, size, bold, PAGE.0 - 2.0 * MARGIN) {
            self.room_for(leading);
            let top = self.y;
            self.line(node, &line, MARGIN, top, size, bold);
            self.y -= leading;
        }
        self.y -= after;
    }

    fn rule(&mut self, y: f32) {
        let Some(content) = self.pages.last_mut() else {
            return;
        };
        content.begin_marked_content(Name(b"Artifact"));
        content
            .set_fill_rgb(0.69, 0.71, 0.72)
            .rect(MARGIN, y, PAGE.0 - 2.0 * MARGIN, 0.6)
            .fill_nonzero();
        content.end_marked_content();
    }

    fn table(&mut self, caption: &str, head: &[String], rows: &[Vec<String>]) {
        let table = self.node(StructRole::Table, 0);
        let caption_node = self.node(StructRole::Caption, table);
        let leading = BODY * 1.35;
        for line in wrap(caption, BODY, true, PAGE.0 - 2.0 * MARGIN) {
            self.room_for(leading * 2.0);
            let top = self.y;
            self.line(caption_node, &line, MARGIN, top, BODY, true);
            self.y -= leading;
        }
        let columns = head.len().max(1);
        let column = (PAGE.0 - 2.0 * MARGIN) / columns as f32;
        let all = std::iter::once((head, true)).chain(rows.iter().map(|r| (r.as_slice(), false)));
        for (cells, header) in all {
            let wrapped: Vec<Vec<String>> = cells
                .iter()
                .map(|c| wrap(c, BODY, header, column - 8.0))
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1);
            let height = lines as f32 * leading + 6.0;
            self.room_for(height);
            let row = self.node(StructRole::TR, table);
            let role = if header {
                StructRole::TH
            } else {
                StructRole::TD
            };
            let top = self.y - 3.0;
            for (i, cell_lines) in wrapped.iter().enumerate() {
                let cell = self.node(role, row);
                for (n, text) in cell_lines.iter().enumerate() {
                    let x = MARGIN + i as f32 * column;
                    self.line(cell, text, x, top - n as f32 * leading, BODY, header);
                }
            }
            self.y -= height;
            self.rule(self.y + 2.0);
        }
        self.y -= 12.0;
    }
}

/// The type sizes of headings and paragraphs (tables keep the body size).
struct Sizes {
    heading: f32,
    body: f32,
}

/// The document as PDF bytes.
pub fn render(document: &Document) -> Vec<u8> {
    render_with(
        document,
        &Sizes {
            heading: 16.0,
            body: BODY,
        },
    )
}

/// The document in larger type, for easy read: headings at 20 points, paragraphs at 14.
pub fn render_large(document: &Document) -> Vec<u8> {
    render_with(
        document,
        &Sizes {
            heading: 20.0,
            body: 14.0,
        },
    )
}

fn render_with(document: &Document, sizes: &Sizes) -> Vec<u8> {
    let mut layout = Layout::new();
    layout.text(StructRole::H1, &document.title, 22.0, true, 8.0);
    for block in &document.blocks {
        match block {
            Block::Heading(text) => {
                layout.room_for(60.0);
                layout.text(StructRole::H2, text, sizes.heading, true, 4.0);
            }
            Block::Paragraph(text) => layout.text(StructRole::P, text, sizes.body, false, 6.0),
            Block::Table {
                caption,
                head,
                rows,
            } => layout.table(caption, head, rows),
        }
    }
    write(document, layout)
}

fn write(document: &Document, layout: Layout) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut next = Ref::new(1);
    let mut alloc = || next.bump();
    let (catalog, tree, root, info, regular, bold) =
        (alloc(), alloc(), alloc(), alloc(), alloc(), alloc());
    let node_refs: Vec<Ref> = layout.nodes.iter().map(|_| alloc()).collect();
    let page_refs: Vec<Ref> = layout.pages.iter().map(|_| alloc()).collect();
    let content_refs: Vec<Ref> = layout.pages.iter().map(|_| alloc()).collect();
    let parent_refs: Vec<Ref> = layout.pages.iter().map(|_| alloc()).collect();

    let mut cat = pdf.catalog(catalog);
    cat.pages(tree)
        .lang(TextStr("en-GB"))
        .pair(Name(b"StructTreeRoot"), root);
    cat.mark_info().marked(true);
    cat.viewer_preferences().display_doc_title(true);
    cat.finish();
    let mut about = pdf.document_info(info);
    about.title(TextStr(&document.title));
    about.producer(TextStr("Withus"));
    about.finish();
    pdf.pages(tree)
        .kids(page_refs.iter().copied())
        .count(page_refs.len() as i32);
    for (font, name) in [(regular, &b"Helvetica"[..]), (bold, b"Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (i, content) in layout.pages.into_iter().enumerate() {
        let mut page = pdf.page(page_refs[i]);
        page.media_box(Rect::new(0.0, 0.0, PAGE.0, PAGE.1))
            .parent(tree)
            .contents(content_refs[i])
            .struct_parents(i as i32)
            .pair(Name(b"Tabs"), Name(b"S"));
        let mut resources = page.resources();
        let mut fonts = resources.fonts();
        fonts.pair(Name(b"F1"), regular).pair(Name(b"F2"), bold);
        fonts.finish();
        resources.finish();
        page.finish();
        pdf.stream(content_refs[i], &content.finish());
        pdf.indirect(parent_refs[i])
            .array()
            .items(layout.marks[i].iter().map(|&n| node_refs[n]));
    }
    let mut tree_root = pdf
        .indirect(root)
        .start::<pdf_writer::writers::StructTreeRoot>();
    tree_root.child(node_refs[0]);
    let mut numbers = tree_root.parent_tree();
    let mut nums = numbers.nums();
    for (i, r) in parent_refs.iter().enumerate() {
        nums.insert(i as i32, *r);
    }
    nums.finish();
    numbers.finish();
    tree_root.parent_tree_next_key(page_refs.len() as i32);
    tree_root.finish();
    for (i, node) in layout.nodes.iter().enumerate() {
        let mut element = pdf.struct_element(node_refs[i]);
        element
            .kind(node.role)
            .parent(node.parent.map_or(root, |p| node_refs[p]));
        let mut kids = element.children();
        for kid in &node.kids {
            match kid {
                Kid::Node(n) => {
                    kids.struct_element(node_refs[*n]);
                }
                Kid::Mark { page, mcid } => {
                    kids.marked_content_ref()
                        .page(page_refs[*page])
                        .marked_content_id(*mcid);
                }
            }
        }
    }
    pdf.finish()
}

#[cfg(test)]
mod tests;
