//! Just enough of a PDF reader to check what `render` writes by its structure: the
//! cross-reference table, each object, each stream's bytes, the structure tree and what each
//! page draws. Written for pdf-writer's output only (no compression, no object streams).

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Num(f32),
    Name(String),
    Str(Vec<u8>),
    DictOpen,
    DictClose,
    ArrOpen,
    ArrClose,
    Word(String),
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// A literal string from just after its `(`: its bytes and where it ends.
fn literal(bytes: &[u8], mut i: usize) -> (Vec<u8>, usize) {
    let mut out = Vec::new();
    let mut depth = 0;
    loop {
        let b = bytes[i];
        i += 1;
        match b {
            b'\\' => {
                let e = bytes[i];
                i += 1;
                match e {
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'0'..=b'7' => {
                        let mut value = u32::from(e - b'0');
                        for _ in 0..2 {
                            match bytes[i] {
                                d @ b'0'..=b'7' => {
                                    value = value * 8 + u32::from(d - b'0');
                                    i += 1;
                                }
                                _ => break,
                            }
                        }
                        out.push(value as u8);
                    }
                    other => out.push(other),
                }
            }
            b'(' => {
                depth += 1;
                out.push(b);
            }
            b')' if depth == 0 => return (out, i),
            b')' => {
                depth -= 1;
                out.push(b);
            }
            _ => out.push(b),
        }
    }
}

pub fn tokens(bytes: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if is_space(b) {
            i += 1;
            continue;
        }
        match b {
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'/' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && !is_space(bytes[i]) && !is_delimiter(bytes[i]) {
                    i += 1;
                }
                out.push(Tok::Name(
                    String::from_utf8_lossy(&bytes[start..i]).into_owned(),
                ));
            }
            b'(' => {
                let (text, end) = literal(bytes, i + 1);
                out.push(Tok::Str(text));
                i = end;
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                out.push(Tok::DictOpen);
                i += 2;
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                out.push(Tok::DictClose);
                i += 2;
            }
            b'<' => {
                let end = i + 1 + bytes[i + 1..].iter().position(|&c| c == b'>').unwrap();
                let digits: Vec<u8> = bytes[i + 1..end]
                    .iter()
                    .copied()
                    .filter(|c| !is_space(*c))
                    .collect();
                let text = digits
                    .chunks(2)
                    .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
                    .collect();
                out.push(Tok::Str(text));
                i = end + 1;
            }
            b'[' => {
                out.push(Tok::ArrOpen);
                i += 1;
            }
            b']' => {
                out.push(Tok::ArrClose);
                i += 1;
            }
            _ => {
                let start = i;
                while i < bytes.len() && !is_space(bytes[i]) && !is_delimiter(bytes[i]) {
                    i += 1;
                }
                assert!(i > start, "unexpected byte {b} at {start}");
                let word = std::str::from_utf8(&bytes[start..i]).unwrap();
                if matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.') {
                    out.push(Tok::Num(word.parse().unwrap()));
                } else {
                    out.push(Tok::Word(word.to_owned()));
                }
            }
        }
    }
    out
}

/// How many tokens the value at the start of `toks` takes.
fn value_len(toks: &[Tok]) -> usize {
    match &toks[0] {
        Tok::DictOpen | Tok::ArrOpen => {
            let mut depth = 0;
            for (n, t) in toks.iter().enumerate() {
                match t {
                    Tok::DictOpen | Tok::ArrOpen => depth += 1,
                    Tok::DictClose | Tok::ArrClose => {
                        depth -= 1;
                        if depth == 0 {
                            return n + 1;
                        }
                    }
                    _ => {}
                }
            }
            panic!("unclosed dictionary or array: {toks:?}");
        }
        Tok::Num(_) if matches!(toks.get(2), Some(Tok::Word(w)) if w == "R") => 3,
        _ => 1,
    }
}

/// The value of `key` in a dictionary (`None` for a key it lacks, or for something else).
pub fn entry<'a>(dict: &'a [Tok], key: &str) -> Option<&'a [Tok]> {
    if dict.first() != Some(&Tok::DictOpen) {
        return None;
    }
    let mut i = 1;
    while dict[i] != Tok::DictClose {
        let Tok::Name(name) = &dict[i] else {
            panic!("a key expected at {i}: {dict:?}");
        };
        let len = value_len(&dict[i + 1..]);
        if name == key {
            return Some(&dict[i + 1..i + 1 + len]);
        }
        i += 1 + len;
    }
    None
}

pub fn items(array: &[Tok]) -> Vec<&[Tok]> {
    assert_eq!(array.first(), Some(&Tok::ArrOpen), "{array:?}");
    let mut out = Vec::new();
    let mut i = 1;
    while array[i] != Tok::ArrClose {
        let len = value_len(&array[i..]);
        out.push(&array[i..i + len]);
        i += len;
    }
    out
}

pub fn reference(value: &[Tok]) -> u32 {
    match value {
        [Tok::Num(n), Tok::Num(g), Tok::Word(r)] if *g == 0.0 && r == "R" => *n as u32,
        other => panic!("not a reference: {other:?}"),
    }
}

pub fn number(value: &[Tok]) -> f32 {
    match value {
        [Tok::Num(n)] => *n,
        other => panic!("not a number: {other:?}"),
    }
}

pub fn name(value: &[Tok]) -> &str {
    match value {
        [Tok::Name(n)] => n.as_str(),
        other => panic!("not a name: {other:?}"),
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

pub struct Pdf {
    /// Each object's tokens (a stream's dictionary only), by number.
    pub objects: BTreeMap<u32, Vec<Tok>>,
    /// Each stream's bytes, as many as its `/Length` says, by number.
    pub streams: BTreeMap<u32, Vec<u8>>,
    pub trailer: Vec<Tok>,
}

/// Reads the file through its cross-reference table, checking that every entry points at
/// the object it names and that every stream is as long as its `/Length`.
pub fn parse(bytes: &[u8]) -> Pdf {
    assert!(bytes.starts_with(b"%PDF-1.7\n"));
    assert!(bytes.ends_with(b"\n%%EOF"));
    let startxref = bytes
        .windows(10)
        .rposition(|w| w == b"startxref\n")
        .unwrap();
    let xref: usize = std::str::from_utf8(&bytes[startxref + 10..bytes.len() - 6])
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        bytes[xref..].starts_with(b"xref\n0 "),
        "startxref points at the table"
    );
    let head = xref + 7;
    let head_end = head + bytes[head..].iter().position(|&b| b == b'\n').unwrap();
    let size: usize = std::str::from_utf8(&bytes[head..head_end])
        .unwrap()
        .parse()
        .unwrap();
    let entries = head_end + 1;
    let (mut objects, mut streams) = (BTreeMap::new(), BTreeMap::new());
    for n in 0..size {
        let entry_text =
            std::str::from_utf8(&bytes[entries + 20 * n..entries + 20 * (n + 1)]).unwrap();
        if n == 0 {
            assert_eq!(entry_text, "0000000000 65535 f\r\n");
            continue;
        }
        assert!(entry_text.ends_with(" 00000 n\r\n"), "{entry_text:?}");
        let offset: usize = entry_text[..10].parse().unwrap();
        let open = format!("{n} 0 obj\n");
        assert!(
            bytes[offset..].starts_with(open.as_bytes()),
            "the table's entry {n} points at {offset}, not at its object"
        );
        let body = offset + open.len();
        let end = find(bytes, b"\nendobj\n", body).unwrap();
        let text = &bytes[body..end];
        let n = u32::try_from(n).unwrap();
        match find(text, b"\nstream\n", 0) {
            Some(at) => {
                let dict = tokens(&text[..at]);
                let length = number(entry(&dict, "Length").unwrap()) as usize;
                let data = &text[at + 8..];
                assert_eq!(data.len(), length + 10, "/Length of object {n}");
                assert!(data.ends_with(b"\nendstream"));
                streams.insert(n, data[..length].to_vec());
                objects.insert(n, dict);
            }
            None => {
                objects.insert(n, tokens(text));
            }
        }
    }
    let written = bytes.windows(7).filter(|w| *w == b" 0 obj\n").count();
    assert_eq!(written, size - 1, "every object is in the table");
    let trailer = entries + 20 * size;
    assert!(bytes[trailer..].starts_with(b"trailer\n"));
    let trailer_end = find(bytes, b"\nstartxref\n", trailer).unwrap();
    let trailer = tokens(&bytes[trailer + 8..trailer_end]);
    assert_eq!(number(entry(&trailer, "Size").unwrap()) as usize, size);
    Pdf {
        objects,
        streams,
        trailer,
    }
}

pub fn is_type(object: &[Tok], kind: &str) -> bool {
    matches!(entry(object, "Type"), Some([Tok::Name(n)]) if n == kind)
}

impl Pdf {
    pub fn get(&self, n: u32) -> &[Tok] {
        &self.objects[&n]
    }

    pub fn catalog(&self) -> &[Tok] {
        self.get(reference(entry(&self.trailer, "Root").unwrap()))
    }

    /// The page objects, in order.
    pub fn pages(&self) -> Vec<u32> {
        let tree = self.get(reference(entry(self.catalog(), "Pages").unwrap()));
        items(entry(tree, "Kids").unwrap())
            .into_iter()
            .map(reference)
            .collect()
    }

    pub fn content(&self, page: u32) -> &[u8] {
        &self.streams[&reference(entry(self.get(page), "Contents").unwrap())]
    }

    pub fn struct_tree_root(&self) -> u32 {
        reference(entry(self.catalog(), "StructTreeRoot").unwrap())
    }
}
