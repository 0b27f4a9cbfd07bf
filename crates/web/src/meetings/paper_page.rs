//! A paper typed into Withus (kept as Markdown) is read as a page rather than downloaded as a
//! file nobody who needs easy read could open; `kit::markdown` turns it into GOV.UK markup.

/// Whether a paper is one typed into Withus, so it is read as a page.
pub fn is_typed(filename: &str) -> bool {
    filename.to_ascii_lowercase().ends_with(".md")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_markdown_papers_are_read_as_pages() {
        assert!(is_typed("booking-form-easy-read.md"));
        assert!(is_typed("NOTES.MD"));
        assert!(!is_typed("budget.pdf"));
        assert!(!is_typed("budget.docx"));
    }
}
