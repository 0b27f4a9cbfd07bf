//! Closing the loop's handlers, one file per group of pages: "you said, we did", the
//! evaluation, feedback (owed, sent and the letters), the questionnaire, and the member's own
//! page. Each reads the request, calls forms, queries and rules, and answers with a view.

pub mod contributions;
pub mod evaluation;
pub mod feedback;
pub mod member;
pub mod questionnaire;
