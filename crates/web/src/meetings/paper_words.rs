//! The words in an uploaded paper, for the plain-language check: no I/O, so it can be tested
//! on bytes alone.

use std::io::Read;

/// The words in a file, if we can read them: plain text and Markdown as they are, Word
/// documents from their document part. Anything else (PDF, audio) is not checked, and the
/// page says so.
pub fn words_of(filename: &str, data: &[u8]) -> Option<String> {
    let lower = filename.to_ascii_lowercase();
    if lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".markdown") {
        return String::from_utf8(data.to_vec()).ok();
    }
    if lower.ends_with(".docx") {
        return docx_text(data);
    }
    None
}

/// A Word document's text: the runs of each paragraph, a paragraph a line.
fn docx_text(data: &[u8]) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(data)).ok()?;
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .ok()?
        .read_to_string(&mut xml)
        .ok()?;
    let mut text = String::new();
    let mut rest = xml.as_str();
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        let after = &rest[open + close + 1..];
        if tag == "w:t" || tag.starts_with("w:t ") {
            let end = after.find("</w:t>").unwrap_or(after.len());
            text.push_str(&unescape(&after[..end]));
            rest = &after[end..];
        } else {
            if tag == "/w:p" {
                text.push('\n');
            }
            rest = after;
        }
    }
    Some(text)
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn word_documents_give_their_paragraphs_and_pdfs_nothing() {
        let mut file = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        file.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        file.write_all(
            br#"<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Breaks &amp; care</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">The ICB </w:t></w:r><w:r><w:t>pays.</w:t></w:r></w:p></w:body></w:document>"#,
        )
        .unwrap();
        let bytes = file.finish().unwrap().into_inner();
        assert_eq!(
            words_of("Budget.DOCX", &bytes).as_deref(),
            Some("Breaks & care\nThe ICB pays.\n")
        );
        assert_eq!(words_of("notes.md", b"# Notes").as_deref(), Some("# Notes"));
        assert_eq!(words_of("minutes.pdf", b"%PDF-1.4"), None);
    }
}
