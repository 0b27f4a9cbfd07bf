//! The questionnaire's page, for the involved person and for staff alike.

use axum::response::Response;
use withus_db::entities::opportunity;

use crate::impact::forms::Answers;
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::Sections;

pub fn form_page(
    page: Page,
    o: &opportunity::Model,
    action: &str,
    back: &str,
    answers: &Answers,
    errors: &Errors,
) -> AppResult<Response> {
    let mut sections = Sections::new(page, t("questionnaire-title"))
        .caption(o.title.clone())
        .back(back)
        .errors(errors)
        .paragraph(&t("questionnaire-intro"));
    if o.status == "closed" {
        return sections.paragraph(&t("questionnaire-closed")).respond();
    }
    sections = sections.form(action, &answers.fields(errors), &t("questionnaire-send"));
    sections.respond()
}
