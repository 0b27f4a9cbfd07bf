//! The annual report's PDF and spreadsheet read back as tables of text, with no reader for
//! either format: the PDF's content streams are not compressed, and the workbook's parts are
//! plain XML.

use std::io::Read;

/// A PDF's text, line by line, as its content streams draw it: the structure tag marking each
/// line (TD, TH, Caption, P…), where it starts across the page, and the words.
pub fn pdf_lines(raw: &[u8]) -> Vec<(String, f32, String)> {
    let mut out = Vec::new();
    let (mut tag, mut x) = (String::new(), 0.0f32);
    let mut operands: Vec<Token> = Vec::new();
    let mut i = 0;
    while let Some((tok, next)) = token(raw, i) {
        i = next;
        let Token::Operator(op) = tok else {
            operands.push(tok);
            continue;
        };
        match op.as_str() {
            "BDC" => {
                if let Some(Token::Name(name)) = operands.first() {
                    tag = name.clone();
                }
            }
            "Td" => {
                if let [.., Token::Number(at), Token::Number(_)] = operands.as_slice() {
                    x = *at;
                }
            }
            "Tj" => {
                if let Some(Token::Text(bytes)) = operands.last() {
                    out.push((tag.clone(), x, win_ansi(bytes)));
                }
            }
            _ => {}
        }
        operands.clear();
    }
    out
}

/// The PDF's tables: caption and body rows (the header row left out). A row starts again
/// at the left edge; the lines of one cell start at the same place.
pub fn pdf_tables(lines: &[(String, f32, String)]) -> Vec<(String, Vec<Vec<String>>)> {
    let left = lines.iter().map(|l| l.1).fold(f32::MAX, f32::min);
    let near = |a: f32, b: f32| (a - b).abs() < 0.5;
    let mut tables: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    let (mut last_tag, mut last_x) = ("", f32::MAX);
    // Where each table's header row is, to leave it out at the end.
    let mut headers: Vec<(usize, usize)> = Vec::new();
    for (tag, x, text) in lines {
        let x = *x;
        match tag.as_str() {
            "Caption" if last_tag == "Caption" => {
                if let Some(table) = tables.last_mut() {
                    table.0 = format!("{} {text}", table.0);
                }
            }
            "Caption" => tables.push((text.clone(), Vec::new())),
            "TH" | "TD" => {
                let t = tables.len().saturating_sub(1);
                let Some((_, rows)) = tables.last_mut() else {
                    continue;
                };
                let starts_row = near(x, left) && (!near(last_x, left) || last_tag == "Caption");
                if starts_row || rows.is_empty() {
                    if tag == "TH" {
                        headers.push((t, rows.len()));
                    }
                    rows.push(vec![text.clone()]);
                } else if let Some(row) = rows.last_mut() {
                    match row.last_mut() {
                        Some(cell) if near(last_x, x) => *cell = format!("{cell} {text}"),
                        _ => row.push(text.clone()),
                    }
                }
            }
            _ => {}
        }
        last_tag = tag.as_str();
        last_x = x;
    }
    for &(t, r) in headers.iter().rev() {
        tables[t].1.remove(r);
    }
    for (_, rows) in &mut tables {
        for row in rows.iter_mut() {
            for cell in row.iter_mut() {
                *cell = cell.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
    }
    tables
}

enum Token {
    Name(String),
    Number(f32),
    Text(Vec<u8>),
    Operator(String),
    Other,
}

fn delimiter(b: u8) -> bool {
    b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b)
}

/// The token starting at or after `i`, and where the next one may start.
fn token(raw: &[u8], mut i: usize) -> Option<(Token, usize)> {
    while i < raw.len() && raw[i].is_ascii_whitespace() {
        i += 1;
    }
    let start = i;
    let word_end = |from: usize| {
        (from..raw.len())
            .find(|&j| delimiter(raw[j]))
            .unwrap_or(raw.len())
    };
    match *raw.get(i)? {
        b'%' => {
            let end = (i..raw.len())
                .find(|&j| raw[j] == b'\n')
                .unwrap_or(raw.len());
            Some((Token::Other, end))
        }
        b'/' => {
            let end = word_end(i + 1);
            Some((
                Token::Name(String::from_utf8_lossy(&raw[i + 1..end]).into_owned()),
                end,
            ))
        }
        b'(' => {
            let (mut depth, mut bytes) = (1, Vec::new());
            i += 1;
            while i < raw.len() {
                match raw[i] {
                    b'\\' => {
                        i += 1;
                        let octal: String = raw[i..]
                            .iter()
                            .take(3)
                            .take_while(|b| (b'0'..=b'7').contains(*b))
                            .map(|&b| b as char)
                            .collect();
                        if octal.is_empty() {
                            bytes.push(match raw[i] {
                                b'n' => b'\n',
                                b'r' => b'\r',
                                b't' => b'\t',
                                other => other,
                            });
                        } else {
                            bytes.push(u8::from_str_radix(&octal, 8).unwrap_or(b'?'));
                            i += octal.len() - 1;
                        }
                    }
                    b'(' => {
                        depth += 1;
                        bytes.push(b'(');
                    }
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some((Token::Text(bytes), i + 1));
                        }
                        bytes.push(b')');
                    }
                    other => bytes.push(other),
                }
                i += 1;
            }
            None
        }
        b'<' if raw.get(i + 1) == Some(&b'<') => Some((Token::Other, i + 2)),
        b'<' => {
            let end = (i..raw.len()).find(|&j| raw[j] == b'>')?;
            let hex: Vec<u8> = raw[i + 1..end]
                .iter()
                .copied()
                .filter(u8::is_ascii_hexdigit)
                .collect();
            let bytes = hex
                .chunks(2)
                .filter_map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
                .collect();
            Some((Token::Text(bytes), end + 1))
        }
        b'>' | b'[' | b']' | b'{' | b'}' | b')' => {
            let step = if raw.get(i + 1) == Some(&b'>') && raw[i] == b'>' {
                2
            } else {
                1
            };
            Some((Token::Other, i + step))
        }
        _ => {
            let end = word_end(start).max(start + 1);
            let word = String::from_utf8_lossy(&raw[start..end]).into_owned();
            let token = match word.parse::<f32>() {
                Ok(n) => Token::Number(n),
                Err(_) => Token::Operator(word),
            };
            Some((token, end))
        }
    }
}

/// WinAnsiEncoding, as the standard fonts' text is written.
fn win_ansi(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80 => '€',
            0x85 => '…',
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x95 => '•',
            0x96 => '–',
            0x97 => '—',
            other => other as char,
        })
        .collect()
}

/// Each sheet of a workbook by name, its rows as text (numbers written as whole numbers).
pub fn xlsx_sheets(raw: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(raw)).expect("a workbook");
    let mut part = |name: &str| {
        let mut text = String::new();
        if let Ok(mut file) = zip.by_name(name) {
            file.read_to_string(&mut text).expect("xml");
        }
        text
    };
    let strings: Vec<String> = pieces(&part("xl/sharedStrings.xml"), "<si>", "</si>")
        .iter()
        .map(|si| {
            pieces(si, "<t", "</t>")
                .iter()
                .map(|t| unescape(t.split_once('>').map_or("", |(_, v)| v)))
                .collect()
        })
        .collect();
    let names: Vec<String> = pieces(&part("xl/workbook.xml"), "<sheet ", ">")
        .iter()
        .map(|s| unescape(&attribute(s, "name")))
        .collect();
    names
        .into_iter()
        .enumerate()
        .map(|(n, name)| {
            let sheet = part(&format!("xl/worksheets/sheet{}.xml", n + 1));
            let rows: Vec<Vec<String>> = pieces(&sheet, "<row ", "</row>")
                .iter()
                .map(|row| {
                    let mut cells: Vec<String> = Vec::new();
                    for c in pieces(row, "<c ", "</c>") {
                        let column = attribute(&c, "r")
                            .chars()
                            .take_while(char::is_ascii_uppercase)
                            .fold(0, |at, ch| at * 26 + (ch as usize - 'A' as usize + 1));
                        let value = pieces(&c, "<v>", "</v>").pop().unwrap_or_default();
                        let text = match attribute(&c, "t").as_str() {
                            "s" => strings[value.parse::<usize>().expect("index")].clone(),
                            "str" => unescape(&value),
                            _ => value
                                .parse::<f64>()
                                .map_or(value.clone(), |v| format!("{v}")),
                        };
                        cells.resize(column.max(cells.len()), String::new());
                        cells[column - 1] = text;
                    }
                    cells
                })
                .collect();
            (name, rows)
        })
        .collect()
}

/// The text between each `open` and the `close` after it.
fn pieces(text: &str, open: &str, close: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(open) {
        let after = &rest[at + open.len()..];
        let Some(end) = after.find(close) else { break };
        out.push(after[..end].to_owned());
        rest = &after[end + close.len()..];
    }
    out
}

fn attribute(tag: &str, name: &str) -> String {
    pieces(&format!(" {tag}"), &format!(" {name}=\""), "\"")
        .pop()
        .unwrap_or_default()
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
