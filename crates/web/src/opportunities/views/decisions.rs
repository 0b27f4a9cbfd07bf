//! The page for deciding on someone's interest: the decision and its reason.

use askama::Template;
use uuid::Uuid;

use crate::kit::components::{
    Button, ChoiceKind, Choices, ErrorSummary, Fieldset, Textarea, render,
};
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::opportunities::queries::Full;
use crate::opportunities::vocab::{self, DECISIONS};

#[derive(Template)]
#[template(path = "opportunities/decide.html")]
pub struct DecidePage {
    page: Page,
    errors: Option<ErrorSummary>,
    action: String,
    back: String,
    name: String,
    fields: Vec<String>,
    button: Button,
}

pub fn decide_page(
    page: Page,
    full: &Full,
    interest_id: Uuid,
    name: &str,
    chosen: &str,
    reason: &str,
    errors: &Errors,
) -> DecidePage {
    let options = vocab::options(DECISIONS);
    let pairs: Vec<(&str, &str)> = options.iter().map(|(v, l)| (*v, l.as_str())).collect();
    let o = &full.opportunity;
    DecidePage {
        page: page.titled(t("opp-decide-title")),
        errors: errors.summary(),
        action: format!("/opportunities/{}/interest/{interest_id}", o.id),
        back: format!("/opportunities/{}/interest", o.id),
        name: name.to_owned(),
        fields: vec![
            render(
                &Choices::new(
                    ChoiceKind::Radios,
                    "decision",
                    Fieldset::legend(t("opp-decide-legend"), "govuk-fieldset__legend--m", false),
                    &pairs,
                    &[chosen],
                )
                .error(errors.get("decision")),
            ),
            render(
                &Textarea::new("reason", t("opp-reason"))
                    .hint(t("opp-reason-hint"))
                    .value(reason)
                    .error(errors.get("reason")),
            ),
        ],
        button: Button::submit(t("opp-decide-button")),
    }
}
