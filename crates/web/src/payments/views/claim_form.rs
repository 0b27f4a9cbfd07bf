//! The claim form's fields, the same for the person and for staff claiming for them: each
//! cost the policy covers with its limit, the receipts already sent, how to be paid.

use withus_payments::{Limit, pounds};

use crate::kit::components::{Choices, Fieldset, Input, Textarea, render};
use crate::kit::form_parts::FileUpload;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::label;
use crate::payments::forms::claim::Context;
use crate::payments::queries::Waiting;
use crate::payments::{EXPENSES, METHODS};

/// The form's fields, filled with what was typed and the receipts already sent.
pub fn fields(ctx: &Context, data: &FormData, errors: &Errors, waiting: &[Waiting]) -> Vec<String> {
    let legend = |key: &str| Fieldset::legend(t(key), "govuk-fieldset__legend--m", false);
    let mut out = Vec::new();
    for rule in &ctx.policy.expenses {
        let kind = rule.kind.as_str();
        let (hint, classes) = match rule.limit {
            Limit::PerMile(p) => (
                t_args("claim-miles-hint", &[("rate", &pounds(p))]),
                "govuk-input--width-4",
            ),
            Limit::IfAgreed(_) if !ctx.travel_agreed => {
                (t("claim-taxi-not-agreed"), "govuk-input--width-5")
            }
            Limit::AtCost(Some(cap)) | Limit::IfAgreed(Some(cap)) => (
                t_args("claim-cap-hint", &[("cap", &pounds(cap))]),
                "govuk-input--width-5",
            ),
            _ => (t("claim-amount-hint"), "govuk-input--width-5"),
        };
        let key = if kind == "mileage" {
            "claim-miles"
        } else {
            "claim-amount"
        };
        out.push(render(
            &Input::new(kind, t_args(key, &[("what", &label(EXPENSES, kind))]))
                .value(&data.one(kind))
                .classes(classes)
                .hint(hint)
                .error(errors.get(kind)),
        ));
    }
    if !waiting.is_empty() {
        let sent: Vec<(String, &str)> = waiting
            .iter()
            .map(|w| (w.id.to_string(), w.filename.as_str()))
            .collect();
        let sent: Vec<(&str, &str)> = sent.iter().map(|(id, name)| (id.as_str(), *name)).collect();
        let ticked: Vec<&str> = sent.iter().map(|(id, _)| *id).collect();
        out.push(render(
            &Choices::checkboxes("waiting", legend("claim-receipts-sent"), &sent, &ticked)
                .hint(t("claim-receipts-sent-hint")),
        ));
    }
    out.push(
        FileUpload::new("receipts", &t("claim-receipts"))
            .hint(&t("claim-receipts-hint"))
            .error(errors.get("receipts"))
            .multiple()
            .accept(".pdf,.jpg,.jpeg,.png,.webp,.heic,application/pdf,image/*")
            .html(),
    );
    let offered: Vec<(&str, String)> = ctx
        .policy
        .methods
        .iter()
        .map(|m| (m.as_str(), label(METHODS, m.as_str())))
        .collect();
    let offered: Vec<(&str, &str)> = offered.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let chosen = data.one("method");
    out.push(render(
        &Choices::radios(
            "method",
            legend("claim-method"),
            &offered,
            &[chosen.as_str()],
        )
        .hint(t("claim-method-hint"))
        .error(errors.get("method")),
    ));
    out.push(render(
        &Textarea::new("note", t("claim-note"))
            .value(&data.one("note"))
            .rows(3)
            .hint(t("claim-note-hint")),
    ));
    out
}
