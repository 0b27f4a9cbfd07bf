//! The consents on a person's page: the table of what they gave and withdrew, and the fields
//! to record another.

use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::consent;

use crate::kit::components::{Cell, Choices, Fieldset, Table, render};
use crate::kit::form_parts::link_button;
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::vocab;
use crate::people::consents::{HOW, PURPOSES};

pub fn table(consents: &[consent::Model], person: Uuid, csrf: &str) -> Option<Table> {
    let london = |at: chrono::DateTime<Utc>| crate::kit::dates::london(at);
    let rows: Vec<Vec<Cell>> = consents
        .iter()
        .map(|c| {
            let purpose = vocab::label(PURPOSES, &c.purpose);
            let state = match c.withdrawn_at {
                Some(at) => Cell::text(format!("{} {}", t("consent-withdrawn-on"), london(at))),
                None => Cell::html(link_button(
                    csrf,
                    &format!("/people/{person}/consents/{}/withdraw", c.id),
                    &t("consent-withdraw"),
                    &purpose,
                )),
            };
            vec![
                Cell::text(purpose),
                Cell::text(format!(
                    "{} ({})",
                    london(c.given_at),
                    vocab::label(HOW, &c.how)
                )),
                state,
            ]
        })
        .collect();
    (!rows.is_empty()).then(|| Table {
        caption: Some(t("consents-caption")),
        caption_classes: Some("govuk-table__caption--s".into()),
        head: vec![
            Cell::text(t("consent-what")),
            Cell::text(t("consent-given")),
            Cell::text(t("field-status")),
        ],
        rows,
        ..Table::default()
    })
}

fn as_refs<'a>(options: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    options.iter().map(|(v, l)| (*v, l.as_str())).collect()
}

pub fn fields(errors: &Errors) -> Vec<String> {
    let (purposes, how) = (vocab::options(PURPOSES), vocab::options(HOW));
    let legend = |key: &str| Fieldset::legend(t(key), "govuk-fieldset__legend--s", false);
    vec![
        render(
            &Choices::radios("purpose", legend("consent-what"), &as_refs(&purposes), &[])
                .error(errors.get("purpose")),
        ),
        render(
            &Choices::radios("how", legend("consent-how"), &as_refs(&how), &[])
                .error(errors.get("how")),
        ),
    ]
}
