//! Reading the text of an uploaded spreadsheet the way spreadsheets write it: which character
//! set, which separator, and where each row starts. Pure, and free of messages: the import
//! turns what goes wrong here into words.

use std::collections::HashSet;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Excel's "Unicode Text", which starts with a byte order mark, so is never a guess.
    Utf16,
    /// What Excel's plain "CSV" writes in the UK: a guess, made only when the file is not UTF-8.
    Windows1252,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

/// Windows-1252 is Latin-1 except for 0x80 to 0x9F, which hold these. The five bytes it leaves
/// unused read as the control character of the same number, as browsers read them.
const HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]))
        .collect();
    String::from_utf16_lossy(&units)
}

/// The file's text, without a byte order mark. Every byte means something in Windows-1252, so
/// only a file holding a NUL cannot be read: no CSV file does, and a workbook (.xlsx, .xls) or
/// other binary file always does (PostgreSQL could not store it either).
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(rest, u16::from_le_bytes), Encoding::Utf16)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(rest, u16::from_be_bytes), Encoding::Utf16)
    } else {
        let rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(rest) {
            Ok(text) => (text.to_owned(), Encoding::Utf8),
            Err(_) => (
                rest.iter().map(|&b| windows_1252(b)).collect::<String>(),
                Encoding::Windows1252,
            ),
        }
    };
    (!text.contains('\0')).then_some(Decoded { text, encoding })
}

/// One row of the file.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// The line of the file the row starts on, counting from 1.
    pub line: usize,
    pub cells: Vec<String>,
}

/// Reads rows one at a time: cells split by the separator; a cell that starts with a double
/// quote may hold separators, line breaks and doubled quotes (""); blank lines are not rows.
/// A quote that is never closed is an error naming the line its cell began on, where a
/// forgiving reader would take the rest of the file as one cell.
pub struct Records<'a> {
    chars: Peekable<Chars<'a>>,
    separator: char,
    line: usize,
}

impl<'a> Records<'a> {
    pub fn new(text: &'a str, separator: char) -> Self {
        Records {
            chars: text.chars().peekable(),
            separator,
            line: 1,
        }
    }

    /// Takes a line break ("\n", "\r\n" or a lone "\r") if one is next.
    fn line_break(&mut self) -> bool {
        match self.chars.peek() {
            Some('\n') => {
                self.chars.next();
            }
            Some('\r') => {
                self.chars.next();
                if self.chars.peek() == Some(&'\n') {
                    self.chars.next();
                }
            }
            _ => return false,
        }
        self.line += 1;
        true
    }

    /// Reads a quoted cell's text up to its closing quote; false when the file ends first.
    fn quoted(&mut self, cell: &mut String) -> bool {
        loop {
            let Some(c) = self.chars.next() else {
                return false;
            };
            if c == '"' {
                if self.chars.next_if_eq(&'"').is_none() {
                    return true;
                }
            } else if c == '\n' || (c == '\r' && self.chars.peek() != Some(&'\n')) {
                self.line += 1;
            }
            cell.push(c);
        }
    }
}

impl Iterator for Records<'_> {
    /// A row, or the line where a quote that is never closed began.
    type Item = Result<Record, usize>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.line_break() {}
        self.chars.peek()?;
        let mut record = Record {
            line: self.line,
            cells: vec![],
        };
        let mut cell = String::new();
        let mut cell_start = true;
        while !self.line_break() {
            let Some(c) = self.chars.next() else { break };
            if c == '"' && cell_start {
                let opened = self.line;
                if !self.quoted(&mut cell) {
                    return Some(Err(opened));
                }
                cell_start = false;
            } else if c == self.separator {
                record.cells.push(std::mem::take(&mut cell));
                cell_start = true;
            } else {
                cell.push(c);
                cell_start = false;
            }
        }
        record.cells.push(cell);
        Some(Ok(record))
    }
}

pub const SEPARATORS: [char; 3] = [',', ';', '\t'];

/// The separator that splits the first row into the most column names we know (`known`), then
/// into the most cells, so a file with names we do not know still shows its columns. A comma
/// wins a tie.
pub fn separator(text: &str, known: impl Fn(&str) -> bool) -> char {
    let mut best = (',', 0, 0);
    for separator in SEPARATORS {
        let Some(Ok(first)) = Records::new(text, separator).next() else {
            continue;
        };
        let names = first.cells.iter().filter(|c| known(c.as_str())).count();
        let cells = first.cells.iter().filter(|c| !c.trim().is_empty()).count();
        if (names, cells) > (best.1, best.2) {
            best = (separator, names, cells);
        }
    }
    best.0
}

/// The first column name that appears again, in any case. Blank names do not count: a
/// spreadsheet leaves them on columns nobody named.
pub fn repeated(headers: &[String]) -> Option<&str> {
    let mut seen = HashSet::new();
    headers
        .iter()
        .filter(|h| !h.is_empty())
        .find(|h| !seen.insert(h.to_lowercase()))
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, separator: char) -> Vec<(usize, Vec<String>)> {
        Records::new(text, separator)
            .map(|r| r.expect("closed quotes"))
            .map(|r| (r.line, r.cells))
            .collect()
    }

    fn row(line: usize, cells: &[&str]) -> (usize, Vec<String>) {
        (line, cells.iter().map(|c| (*c).to_owned()).collect())
    }

    #[test]
    fn utf8_is_read_as_it_is_without_its_byte_order_mark() {
        let decoded = decode("\u{feff}Siân,£5".as_bytes()).unwrap();
        assert_eq!(decoded.text, "Siân,£5");
        assert_eq!(decoded.encoding, Encoding::Utf8);
    }

    #[test]
    fn excel_csv_from_a_uk_computer_is_read_as_windows_1252() {
        let decoded = decode(b"Si\xe2n,\xa35,\x93quoted\x94,caf\xe9,\x80,\x92").unwrap();
        assert_eq!(
            decoded.text,
            "Siân,£5,\u{201C}quoted\u{201D},café,€,\u{2019}"
        );
        assert_eq!(decoded.encoding, Encoding::Windows1252);
        let every_byte: Vec<u8> = (1..=255).collect();
        let text = decode(&every_byte).unwrap().text;
        assert_eq!(text.chars().count(), 255, "one character for every byte");
    }

    #[test]
    fn unicode_text_is_read_as_utf16_both_ways_round() {
        let little: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Siân\tLee".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let big: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Siân\tLee".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [little, big] {
            let decoded = decode(&bytes).unwrap();
            assert_eq!(decoded.text, "Siân\tLee");
            assert_eq!(decoded.encoding, Encoding::Utf16);
        }
    }

    #[test]
    fn workbooks_and_other_binary_files_are_not_text() {
        assert_eq!(decode(b"PK\x03\x04\x14\x00\x06\x00"), None);
        assert_eq!(decode(b"First name\0,Last name"), None);
    }

    #[test]
    fn rows_know_their_line_in_the_file() {
        let text = "First,Last\r\n\r\nJo,\"Ben, \"\"BJ\"\" nett\"\n\"Two\nlines\",Lee\rSam,\n";
        assert_eq!(
            rows(text, ','),
            [
                row(1, &["First", "Last"]),
                row(3, &["Jo", "Ben, \"BJ\" nett"]),
                row(4, &["Two\nlines", "Lee"]),
                row(6, &["Sam", ""]),
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_cell_is_just_a_quote() {
        assert_eq!(
            rows("a,Jo \"JB\" Bennett,\"x\"y\n", ','),
            [row(1, &["a", "Jo \"JB\" Bennett", "xy"])]
        );
    }

    #[test]
    fn a_quote_never_closed_names_the_line_its_cell_began_on() {
        let text = "First,Last\nJo,Bennett\n\nSam,\"Lee\nAl,Ng\n";
        let read: Vec<_> = Records::new(text, ',').collect();
        assert_eq!(read.last(), Some(&Err(4)));
        assert_eq!(read.len(), 3, "nothing is read after it");
        assert_eq!(
            Records::new("\"First,Last\nJo,Bennett\n", ',').next(),
            Some(Err(1))
        );
    }

    #[test]
    fn the_separator_is_the_one_that_finds_our_column_names() {
        fn known(header: &str) -> bool {
            let header = header.trim().to_lowercase();
            ["first name", "last name", "email"].contains(&header.as_str())
        }
        assert_eq!(separator("First name,Last name\nJo,Lee", known), ',');
        assert_eq!(
            separator("First name;Last name;Email\nJo;Lee, Bennett;x", known),
            ';'
        );
        assert_eq!(separator("First name\tLast name\nJo\tLee", known), '\t');
        assert_eq!(
            separator("First name;Notes, more;Email\n", known),
            ';',
            "a comma in a name does not fool it"
        );
        assert_eq!(
            separator("Nom;Prénom;Adresse\n", known),
            ';',
            "then the most cells"
        );
        assert_eq!(
            separator("Name\nJo", known),
            ',',
            "a comma when nothing tells"
        );
        assert_eq!(separator("", known), ',');
    }

    #[test]
    fn a_repeated_column_name_is_found_in_any_case() {
        let twice: Vec<String> = ["First name", "Email", "email"].map(str::to_owned).into();
        assert_eq!(repeated(&twice), Some("email"));
        let blanks: Vec<String> = ["First name", "", "Email", ""].map(str::to_owned).into();
        assert_eq!(repeated(&blanks), None);
    }
}
