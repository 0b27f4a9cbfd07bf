//! What a person adds when they say they are interested: a note and their access needs.

use crate::kit::forms::FormData;

#[derive(Clone, Debug, Default)]
pub struct InterestForm {
    pub note: Option<String>,
    pub access_needs: Option<String>,
}

impl InterestForm {
    pub fn from_form(data: &FormData) -> Self {
        Self {
            note: limited(data.one("note"), 2000),
            access_needs: limited(data.one("access_needs"), 2000),
        }
    }
}

fn limited(text: String, max: usize) -> Option<String> {
    let trimmed: String = text.trim().chars().take(max).collect();
    (!trimmed.is_empty()).then_some(trimmed)
}
