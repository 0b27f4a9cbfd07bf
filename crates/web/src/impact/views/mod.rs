//! Closing the loop's pages and the parts other pages show: "you said, we did", the evaluation
//! and its summary, feedback and its tables, the questionnaire, and the member's own page.

pub mod contributions;
pub mod evaluation;
pub mod feedback;
pub mod member;
pub mod questionnaire;
pub mod summary;
pub mod tables;
