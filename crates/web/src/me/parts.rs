//! How to reach the person, how they take part, and the work they would like, each on a page
//! of its own (the GOV.UK "one thing per page" pattern): the "Change" link beside an answer on
//! their details opens the page that asks it, a few questions rather than the whole profile.

use axum::response::Response;

use super::record::{own, save_own};
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::people::{self, Part, PersonForm, Voice, part_fields};

/// Each part's address and the start of its text keys.
const PARTS: [(Part, &str, &str); 3] = [
    (Part::Contact, "/my/contact", "my-contact"),
    (Part::Ways, "/my/ways", "my-ways"),
    (Part::Choices, "/my/choices", "my-choices"),
];

fn about(part: Part) -> (&'static str, &'static str) {
    PARTS
        .iter()
        .find(|(p, _, _)| *p == part)
        .map_or(("/my/details", "my-details"), |(_, url, key)| (*url, *key))
}

/// Where each field with a page of its own is changed, for the links on the details page.
pub fn pages() -> Vec<(&'static str, String)> {
    PARTS
        .iter()
        .flat_map(|(part, url, _)| part.names().iter().map(|f| (*f, (*url).to_owned())))
        .collect()
}

fn part_page(page: Page, part: Part, form: &PersonForm, errors: &Errors) -> Sections {
    let (url, key) = about(part);
    Sections::new(page, t(&format!("{key}-title")))
        .back("/my/details")
        .errors(errors)
        .paragraph(&t(&format!("{key}-intro")))
        .form(
            url,
            &part_fields(part, form, errors, Voice::Own),
            &t("save"),
        )
}

pub async fn show(tenant: Tenant, page: Page, part: Part) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = people::form_from(&details);
    part_page(page, part, &form, &Errors::default()).respond()
}

pub async fn update(tenant: Tenant, page: Page, part: Part, data: FormData) -> AppResult<Response> {
    let details = own(&tenant).await?;
    // Everything else stays as it is on the record; only this page's answers change.
    let mut form = people::form_from(&details);
    match part {
        Part::Contact => {
            form.email = data.one("email");
            form.phone = data.one("phone");
            form.postcode = data.one("postcode");
            form.contact = data.all("contact");
        }
        Part::Ways => {
            form.ways = data.all("ways");
            form.topics = data.all("topics");
        }
        Part::Choices => {
            form.areas = data.all("areas");
            form.roles = data.all("roles");
            form.levels = data.all("levels");
            form.time_commitment = data.one("time_commitment");
            form.paid_preference = data.one("paid_preference");
        }
    }
    let input = match form.check() {
        Ok(input) => input,
        // A 422 with the error summary: `respond` knows from the errors.
        Err(errors) => return part_page(page, part, &form, &errors).respond(),
    };
    let (_, key) = about(part);
    save_own(&tenant, &details, &input, &format!("own {key}"), key).await
}
